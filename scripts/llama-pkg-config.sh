# Sourced by the scripts that build txray: points pkg-config at the txray-llama.pc that
# scripts/setup-llama writes into txray's cache, so SwiftPM's CLlama target finds llama.cpp.
export PKG_CONFIG_PATH="${TXRAY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/txray}/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
