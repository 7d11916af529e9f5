// llama.cpp's C API, from the static build that scripts/setup-llama installs in txray's cache
// directory. Package.swift adds that prefix's include/ and lib/ directories and links the static
// libraries (llama, ggml, ggml-cpu, ggml-base, then stdc++ and m) to the Explain target.
#include <llama.h>
