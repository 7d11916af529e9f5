/* Contracts that misbehave, to show each is bounded and reported: a panic, a trap, an endless
 * loop, memory growth without end and a promise chain that never stops. */
#include "near.h"

EXPORT(panic_now) void panic_now(void) { fail("boom: deliberate failure"); }

EXPORT(trap_now) void trap_now(void) { __builtin_trap(); }

EXPORT(loop_forever) void loop_forever(void) {
  volatile u64 spins = 0;
  for (;;) spins++;
}

/* Grows memory a page at a time until refused, then returns how many pages it got. */
EXPORT(memory_bomb) void memory_bomb(void) {
  u64 pages = __builtin_wasm_memory_size(0);
  while (__builtin_wasm_memory_grow(0, 1) != (unsigned long)-1) pages++;
  builder out = start(24);
  add_u64(&out, pages);
  return_bytes(built(&out));
}

/* Calls itself again with all the gas it has left, forever. */
EXPORT(deep_chain) void deep_chain(void) {
  bytes self = current_account();
  const char *method = "deep_chain";
  u64 promise = promise_batch_create(self.len, (u64)(u32)self.data);
  promise_batch_action_function_call_weight(promise, length(method), (u64)(u32)method, 0, 0,
                                            (u64)(u32)zero_deposit, 0, 1);
}
