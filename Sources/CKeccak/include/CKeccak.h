#ifndef TXRAY_CKECCAK_H
#define TXRAY_CKECCAK_H

#include <stddef.h>
#include <stdint.h>

/// Bytes absorbed per Keccak-f[1600] permutation at Keccak-256's 1088-bit rate.
#define TXRAY_KECCAK256_RATE 136

/// XORs `count` consecutive 136-byte blocks at `blocks` into `lanes` (lane (x, y) at x + 5y,
/// little-endian byte order), applying Keccak-f[1600] after each.
void txray_keccak_f1600_absorb(uint64_t lanes[25], const uint8_t *blocks, size_t count);

#endif
