#include "CLibFuzzer.h"

#include <stddef.h>
#include <stdint.h>

// Both from libclang_rt.fuzzer and the fuzz target (`-sanitize=fuzzer`).
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int txray_fuzz_main(int argc, char **argv) {
  return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
