/* A minimal NEP-141 fungible token: balances under "b:<account>" as 8-byte little-endian u64,
 * ft_transfer, ft_transfer_call -> receiver's ft_on_transfer -> ft_resolve_transfer (refunds the
 * unused amount), NEP-297 events and ft_metadata. Enough to exercise receipts, not a real token. */
#include "near.h"

static bytes balance_key(bytes account) {
  builder key = start(account.len + 2);
  add_text(&key, "b:");
  add(&key, account);
  return built(&key);
}

static u64 balance_of(bytes account) {
  bytes key = balance_key(account);
  if (!storage_read(key.len, (u64)(u32)key.data, 1)) return 0;
  bytes value = take_register(1);
  if (value.len != 8) fail("corrupt balance");
  u64 v = 0;
  for (int i = 7; i >= 0; i--) v = v << 8 | value.data[i];
  return v;
}

static void set_balance(bytes account, u64 amount) {
  bytes key = balance_key(account);
  u8 value[8];
  for (int i = 0; i < 8; i++) value[i] = (u8)(amount >> (8 * i));
  storage_write(key.len, (u64)(u32)key.data, 8, (u64)(u32)value, 1);
}

static void log_transfer(bytes from, bytes to, u64 amount, const char *memo) {
  builder event = start(512);
  add_text(&event, "EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\",\"data\":[{\"old_owner_id\":\"");
  add(&event, from);
  add_text(&event, "\",\"new_owner_id\":\"");
  add(&event, to);
  add_text(&event, "\",\"amount\":\"");
  add_u64(&event, amount);
  add_text(&event, "\"");
  if (memo) {
    add_text(&event, ",\"memo\":\"");
    add_text(&event, memo);
    add_text(&event, "\"");
  }
  add_text(&event, "}]}");
  log_bytes(built(&event));
}

static void internal_transfer(bytes from, bytes to, u64 amount) {
  if (same(from, to)) fail("Sender and receiver should be different");
  if (amount == 0) fail("The amount should be a positive number");
  u64 from_balance = balance_of(from);
  if (from_balance < amount) fail("The account doesn't have enough balance");
  set_balance(from, from_balance - amount);
  u64 to_balance = balance_of(to);
  if (to_balance + amount < to_balance) fail("Balance overflow");
  set_balance(to, to_balance + amount);
}

EXPORT(ft_transfer) void ft_transfer(void) {
  assert_one_yocto();
  bytes args = read_input();
  bytes sender = predecessor();
  bytes receiver = json_string(args, "receiver_id", 1);
  u64 amount = parse_u64(json_string(args, "amount", 1));
  internal_transfer(sender, receiver, amount);
  log_transfer(sender, receiver, amount, 0);
}

EXPORT(ft_transfer_call) void ft_transfer_call(void) {
  assert_one_yocto();
  bytes args = read_input();
  bytes sender = predecessor();
  bytes receiver = json_string(args, "receiver_id", 1);
  bytes amount_text = json_string(args, "amount", 1);
  bytes msg = json_string(args, "msg", 1);
  u64 amount = parse_u64(amount_text);
  internal_transfer(sender, receiver, amount);
  log_transfer(sender, receiver, amount, 0);

  builder on_transfer = start(512);
  add_text(&on_transfer, "{\"sender_id\":\"");
  add(&on_transfer, sender);
  add_text(&on_transfer, "\",\"amount\":\"");
  add(&on_transfer, amount_text);
  add_text(&on_transfer, "\",\"msg\":\"");
  add(&on_transfer, msg);
  add_text(&on_transfer, "\"}");
  bytes call_args = built(&on_transfer);
  const char *method = "ft_on_transfer";
  u64 call = promise_create(receiver.len, (u64)(u32)receiver.data, length(method), (u64)(u32)method,
                            call_args.len, (u64)(u32)call_args.data, (u64)(u32)zero_deposit, 30 * TGAS);

  builder resolve = start(512);
  add_text(&resolve, "{\"sender_id\":\"");
  add(&resolve, sender);
  add_text(&resolve, "\",\"receiver_id\":\"");
  add(&resolve, receiver);
  add_text(&resolve, "\",\"amount\":\"");
  add(&resolve, amount_text);
  add_text(&resolve, "\"}");
  bytes resolve_args = built(&resolve);
  bytes self = current_account();
  const char *callback = "ft_resolve_transfer";
  u64 then = promise_then(call, self.len, (u64)(u32)self.data, length(callback), (u64)(u32)callback,
                          resolve_args.len, (u64)(u32)resolve_args.data, (u64)(u32)zero_deposit, 15 * TGAS);
  promise_return(then);
}

/* The receiver said (or by failing implied) how much it did not use; that part goes back. */
EXPORT(ft_resolve_transfer) void ft_resolve_transfer(void) {
  if (!same(predecessor(), current_account())) fail("Method ft_resolve_transfer is private");
  bytes args = read_input();
  bytes sender = json_string(args, "sender_id", 1);
  bytes receiver = json_string(args, "receiver_id", 1);
  u64 amount = parse_u64(json_string(args, "amount", 1));
  u64 unused = amount;
  if (promise_results_count() == 1 && promise_result(0, 2) == 1) {
    bytes result = take_register(2);
    if (result.len >= 2 && result.data[0] == '"' && result.data[result.len - 1] == '"') {
      bytes digits = {result.data + 1, result.len - 2};
      unused = parse_u64(digits);
      if (unused > amount) unused = amount;
    }
  }
  u64 refund = unused;
  u64 receiver_balance = balance_of(receiver);
  if (refund > receiver_balance) refund = receiver_balance;
  if (refund > 0) {
    set_balance(receiver, receiver_balance - refund);
    set_balance(sender, balance_of(sender) + refund);
    log_transfer(receiver, sender, refund, "refund");
  }
  builder used = start(24);
  add_text(&used, "\"");
  add_u64(&used, amount - refund);
  add_text(&used, "\"");
  return_bytes(built(&used));
}

EXPORT(ft_balance_of) void ft_balance_of(void) {
  bytes args = read_input();
  builder out = start(24);
  add_text(&out, "\"");
  add_u64(&out, balance_of(json_string(args, "account_id", 1)));
  add_text(&out, "\"");
  return_bytes(built(&out));
}

EXPORT(ft_metadata) void ft_metadata(void) {
  return_bytes(text("{\"spec\":\"ft-1.0.0\",\"name\":\"Test Dollar\",\"symbol\":\"TUSD\",\"decimals\":6}"));
}
