# Sourced by the scripts that build txray: points pkg-config at the .pc files that
# scripts/setup-llama and scripts/setup-kzg write into txray's cache (txray-llama, txray-kzg), so
# SwiftPM's CLlama and KZG targets find those libraries.
export PKG_CONFIG_PATH="${TXRAY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/txray}/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
