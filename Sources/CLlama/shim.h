// llama.cpp's C API, from the static build that scripts/setup-llama installs in txray's cache
// directory, reached through the txray-llama pkg-config file it writes (Package.swift, CLlama).
#include <llama.h>
