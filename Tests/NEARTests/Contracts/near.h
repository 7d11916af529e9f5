/* The slice of NEAR's host interface the test contracts use, and small helpers (JSON field
 * lookup, decimal u64, byte buffers) written for these contracts only: no libc. */
#ifndef NEAR_H
#define NEAR_H

typedef unsigned long long u64;
typedef unsigned int u32;
typedef unsigned char u8;

#define IMPORT(name) __attribute__((import_module("env"), import_name(#name)))
#define EXPORT(name) __attribute__((export_name(#name)))

IMPORT(read_register) void read_register(u64 register_id, u64 ptr);
IMPORT(register_len) u64 register_len(u64 register_id);
IMPORT(current_account_id) void current_account_id(u64 register_id);
IMPORT(predecessor_account_id) void predecessor_account_id(u64 register_id);
IMPORT(input) void input(u64 register_id);
IMPORT(attached_deposit) void attached_deposit(u64 balance_ptr);
IMPORT(prepaid_gas) u64 prepaid_gas(void);
IMPORT(used_gas) u64 used_gas(void);
IMPORT(value_return) void value_return(u64 value_len, u64 value_ptr);
IMPORT(panic_utf8) void panic_utf8(u64 len, u64 ptr);
IMPORT(log_utf8) void log_utf8(u64 len, u64 ptr);
IMPORT(storage_write) u64 storage_write(u64 key_len, u64 key_ptr, u64 value_len, u64 value_ptr, u64 register_id);
IMPORT(storage_read) u64 storage_read(u64 key_len, u64 key_ptr, u64 register_id);
IMPORT(promise_create) u64 promise_create(u64 account_id_len, u64 account_id_ptr, u64 function_name_len, u64 function_name_ptr, u64 arguments_len, u64 arguments_ptr, u64 amount_ptr, u64 gas);
IMPORT(promise_then) u64 promise_then(u64 promise_index, u64 account_id_len, u64 account_id_ptr, u64 function_name_len, u64 function_name_ptr, u64 arguments_len, u64 arguments_ptr, u64 amount_ptr, u64 gas);
IMPORT(promise_batch_create) u64 promise_batch_create(u64 account_id_len, u64 account_id_ptr);
IMPORT(promise_batch_action_function_call_weight) void promise_batch_action_function_call_weight(u64 promise_index, u64 function_name_len, u64 function_name_ptr, u64 arguments_len, u64 arguments_ptr, u64 amount_ptr, u64 gas, u64 gas_weight);
IMPORT(promise_results_count) u64 promise_results_count(void);
IMPORT(promise_result) u64 promise_result(u64 result_idx, u64 register_id);
IMPORT(promise_return) void promise_return(u64 promise_id);

#define TGAS 1000000000000ULL

void *memcpy(void *dst, const void *src, unsigned long n) {
  u8 *d = dst;
  const u8 *s = src;
  while (n--) *d++ = *s++;
  return dst;
}

void *memset(void *dst, int c, unsigned long n) {
  u8 *d = dst;
  while (n--) *d++ = (u8)c;
  return dst;
}

static u32 length(const char *text) {
  u32 n = 0;
  while (text[n]) n++;
  return n;
}

static void fail(const char *message) {
  panic_utf8(length(message), (u64)(u32)message);
  __builtin_unreachable();
}

/* A growable text buffer in a static arena: each contract call is short-lived. */
static u8 arena[65536];
static u32 arena_used;

typedef struct {
  u8 *data;
  u32 len;
} bytes;

static bytes alloc_bytes(u32 len) {
  if (arena_used + len > sizeof(arena)) fail("arena exhausted");
  bytes b = {arena + arena_used, len};
  arena_used += len;
  return b;
}

static bytes take_register(u64 id) {
  u64 len = register_len(id);
  if (len == ~0ULL) fail("register not set");
  bytes b = alloc_bytes((u32)len);
  read_register(id, (u64)(u32)b.data);
  return b;
}

static bytes read_input(void) {
  input(0);
  return take_register(0);
}

static bytes predecessor(void) {
  predecessor_account_id(0);
  return take_register(0);
}

static bytes current_account(void) {
  current_account_id(0);
  return take_register(0);
}

static int same(bytes a, bytes b) {
  if (a.len != b.len) return 0;
  for (u32 i = 0; i < a.len; i++)
    if (a.data[i] != b.data[i]) return 0;
  return 1;
}

static bytes text(const char *t) {
  bytes b = {(u8 *)t, length(t)};
  return b;
}

/* The string value of "key" in a flat JSON object (no escapes): enough for these tests. */
static bytes json_string(bytes json, const char *key, int required) {
  u32 klen = length(key);
  for (u32 i = 0; i + klen + 2 < json.len; i++) {
    if (json.data[i] != '"') continue;
    u32 j = 0;
    while (j < klen && json.data[i + 1 + j] == (u8)key[j]) j++;
    if (j != klen || json.data[i + 1 + klen] != '"') continue;
    u32 p = i + 2 + klen;
    while (p < json.len && (json.data[p] == ' ' || json.data[p] == ':')) p++;
    if (p >= json.len || json.data[p] != '"') break;
    u32 start = ++p;
    while (p < json.len && json.data[p] != '"') p++;
    bytes value = {json.data + start, p - start};
    return value;
  }
  if (required) fail("missing JSON argument");
  bytes none = {0, 0};
  return none;
}

static u64 parse_u64(bytes digits) {
  if (digits.len == 0) fail("amount is empty");
  u64 value = 0;
  for (u32 i = 0; i < digits.len; i++) {
    u8 c = digits.data[i];
    if (c < '0' || c > '9') fail("amount is not a decimal number");
    u64 next = value * 10 + (c - '0');
    if (next / 10 != value) fail("amount overflows u64");
    value = next;
  }
  return value;
}

/* Builds text by appending pieces into the arena. */
typedef struct {
  u8 *data;
  u32 len;
  u32 cap;
} builder;

static builder start(u32 cap) {
  bytes b = alloc_bytes(cap);
  builder out = {b.data, 0, cap};
  return out;
}

static void add(builder *out, bytes piece) {
  if (out->len + piece.len > out->cap) fail("text too long");
  memcpy(out->data + out->len, piece.data, piece.len);
  out->len += piece.len;
}

static void add_text(builder *out, const char *t) { add(out, text(t)); }

static void add_u64(builder *out, u64 value) {
  u8 digits[20];
  u32 n = 0;
  do {
    digits[n++] = (u8)('0' + value % 10);
    value /= 10;
  } while (value);
  while (n) {
    u8 c = digits[--n];
    bytes one = {&c, 1};
    add(out, one);
  }
}

static bytes built(builder *out) {
  bytes b = {out->data, out->len};
  return b;
}

static void log_bytes(bytes b) { log_utf8(b.len, (u64)(u32)b.data); }
static void return_bytes(bytes b) { value_return(b.len, (u64)(u32)b.data); }

static void assert_one_yocto(void) {
  u8 deposit[16];
  attached_deposit((u64)(u32)deposit);
  for (u32 i = 1; i < 16; i++)
    if (deposit[i]) fail("Requires attached deposit of exactly 1 yoctoNEAR");
  if (deposit[0] != 1) fail("Requires attached deposit of exactly 1 yoctoNEAR");
}

static u8 zero_deposit[16];

#endif
