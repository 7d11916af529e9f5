#ifndef TXRAY_CLIBFUZZER_H
#define TXRAY_CLIBFUZZER_H

/// Runs libFuzzer's driver on the target's `LLVMFuzzerTestOneInput`. SwiftPM links an executable
/// target's entry point as `<Target>_main`, which keeps libFuzzer's own `main` out, so each fuzz
/// target defines that entry point and hands its arguments here.
int txray_fuzz_main(int argc, char **argv);

#endif
