/* A NEP-141 receiver: ft_on_transfer keeps part of what it is sent and returns the rest as
 * unused. msg "refund:N" returns N; "panic" fails, which makes the token refund everything. */
#include "near.h"

EXPORT(ft_on_transfer) void ft_on_transfer(void) {
  bytes args = read_input();
  bytes msg = json_string(args, "msg", 1);
  u64 amount = parse_u64(json_string(args, "amount", 1));
  if (same(msg, text("panic"))) fail("receiver refuses the tokens");
  u64 unused = 0;
  if (msg.len > 7 && same((bytes){msg.data, 7}, text("refund:"))) {
    bytes digits = {msg.data + 7, msg.len - 7};
    unused = parse_u64(digits);
    if (unused > amount) unused = amount;
  }
  builder note = start(128);
  add_text(&note, "kept ");
  add_u64(&note, amount - unused);
  add_text(&note, ", returning ");
  add_u64(&note, unused);
  log_bytes(built(&note));
  builder out = start(24);
  add_text(&out, "\"");
  add_u64(&out, unused);
  add_text(&out, "\"");
  return_bytes(built(&out));
}
