// Keccak-f[1600] with lane complementing (the "bebigokimisa" transform of the Keccak team's
// implementation overview, section 2.2): six lanes are kept inverted, which turns 20 of the 25
// NOTs of each round's chi step into ANDs and ORs the CPU does anyway. The state stays in 25
// locals across all blocks and rounds so the compiler can keep as much as fits in registers.

#include "CKeccak.h"

#include <string.h>

#define ROL(lane, offset) (((lane) << (offset)) | ((lane) >> (64 - (offset))))

static const uint64_t round_constants[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808AULL, 0x8000000080008000ULL,
    0x000000000000808BULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008AULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000AULL,
    0x000000008000808BULL, 0x800000000000008BULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800AULL, 0x800000008000000AULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};

static inline uint64_t load_le(const uint8_t *bytes) {
  uint64_t lane;
  memcpy(&lane, bytes, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  lane = __builtin_bswap64(lane);
#endif
  return lane;
}

// The lanes kept complemented: (1,0), (2,0), (3,1), (2,2), (2,3), (0,4).
static inline void complement(uint64_t lanes[25]) {
  lanes[1] = ~lanes[1];
  lanes[2] = ~lanes[2];
  lanes[8] = ~lanes[8];
  lanes[12] = ~lanes[12];
  lanes[17] = ~lanes[17];
  lanes[20] = ~lanes[20];
}

// The whole sponge loop, inlined into each entry point below so each is compiled for its own
// instruction set.
static inline __attribute__((always_inline)) void absorb(
    uint64_t lanes[25], const uint8_t *blocks, size_t count) {
  complement(lanes);
  uint64_t a0 = lanes[0], a1 = lanes[1], a2 = lanes[2], a3 = lanes[3], a4 = lanes[4];
  uint64_t a5 = lanes[5], a6 = lanes[6], a7 = lanes[7], a8 = lanes[8], a9 = lanes[9];
  uint64_t a10 = lanes[10], a11 = lanes[11], a12 = lanes[12], a13 = lanes[13], a14 = lanes[14];
  uint64_t a15 = lanes[15], a16 = lanes[16], a17 = lanes[17], a18 = lanes[18], a19 = lanes[19];
  uint64_t a20 = lanes[20], a21 = lanes[21], a22 = lanes[22], a23 = lanes[23], a24 = lanes[24];
  for (size_t block = 0; block < count; block++) {
    const uint8_t *input = blocks + block * TXRAY_KECCAK256_RATE;
    a0 ^= load_le(input + 0);
    a1 ^= load_le(input + 8);
    a2 ^= load_le(input + 16);
    a3 ^= load_le(input + 24);
    a4 ^= load_le(input + 32);
    a5 ^= load_le(input + 40);
    a6 ^= load_le(input + 48);
    a7 ^= load_le(input + 56);
    a8 ^= load_le(input + 64);
    a9 ^= load_le(input + 72);
    a10 ^= load_le(input + 80);
    a11 ^= load_le(input + 88);
    a12 ^= load_le(input + 96);
    a13 ^= load_le(input + 104);
    a14 ^= load_le(input + 112);
    a15 ^= load_le(input + 120);
    a16 ^= load_le(input + 128);
    for (int round = 0; round < 24; round++) {
      // theta: each lane absorbs the parity of two neighbouring columns.
      const uint64_t c0 = a0 ^ a5 ^ a10 ^ a15 ^ a20;
      const uint64_t c1 = a1 ^ a6 ^ a11 ^ a16 ^ a21;
      const uint64_t c2 = a2 ^ a7 ^ a12 ^ a17 ^ a22;
      const uint64_t c3 = a3 ^ a8 ^ a13 ^ a18 ^ a23;
      const uint64_t c4 = a4 ^ a9 ^ a14 ^ a19 ^ a24;
      const uint64_t d0 = c4 ^ ROL(c1, 1);
      const uint64_t d1 = c0 ^ ROL(c2, 1);
      const uint64_t d2 = c1 ^ ROL(c3, 1);
      const uint64_t d3 = c2 ^ ROL(c4, 1);
      const uint64_t d4 = c3 ^ ROL(c0, 1);
      // rho and pi: rotate each lane and move lane (x, y) to (y, 2x + 3y).
      const uint64_t b0 = a0 ^ d0;
      const uint64_t b1 = ROL(a6 ^ d1, 44);
      const uint64_t b2 = ROL(a12 ^ d2, 43);
      const uint64_t b3 = ROL(a18 ^ d3, 21);
      const uint64_t b4 = ROL(a24 ^ d4, 14);
      const uint64_t b5 = ROL(a3 ^ d3, 28);
      const uint64_t b6 = ROL(a9 ^ d4, 20);
      const uint64_t b7 = ROL(a10 ^ d0, 3);
      const uint64_t b8 = ROL(a16 ^ d1, 45);
      const uint64_t b9 = ROL(a22 ^ d2, 61);
      const uint64_t b10 = ROL(a1 ^ d1, 1);
      const uint64_t b11 = ROL(a7 ^ d2, 6);
      const uint64_t b12 = ROL(a13 ^ d3, 25);
      const uint64_t b13 = ROL(a19 ^ d4, 8);
      const uint64_t b14 = ROL(a20 ^ d0, 18);
      const uint64_t b15 = ROL(a4 ^ d4, 27);
      const uint64_t b16 = ROL(a5 ^ d0, 36);
      const uint64_t b17 = ROL(a11 ^ d1, 10);
      const uint64_t b18 = ROL(a17 ^ d2, 15);
      const uint64_t b19 = ROL(a23 ^ d3, 56);
      const uint64_t b20 = ROL(a2 ^ d2, 62);
      const uint64_t b21 = ROL(a8 ^ d3, 55);
      const uint64_t b22 = ROL(a14 ^ d4, 39);
      const uint64_t b23 = ROL(a15 ^ d0, 41);
      const uint64_t b24 = ROL(a21 ^ d1, 2);
      // chi on complemented lanes: one NOT per row instead of five.
      a0 = b0 ^ (b1 | b2);
      a1 = b1 ^ (~b2 | b3);
      a2 = b2 ^ (b3 & b4);
      a3 = b3 ^ (b4 | b0);
      a4 = b4 ^ (b0 & b1);
      a5 = b5 ^ (b6 | b7);
      a6 = b6 ^ (b7 & b8);
      a7 = b7 ^ (b8 | ~b9);
      a8 = b8 ^ (b9 | b5);
      a9 = b9 ^ (b5 & b6);
      a10 = b10 ^ (b11 | b12);
      a11 = b11 ^ (b12 & b13);
      a12 = b12 ^ (~b13 & b14);
      a13 = ~b13 ^ (b14 | b10);
      a14 = b14 ^ (b10 & b11);
      a15 = b15 ^ (b16 & b17);
      a16 = b16 ^ (b17 | b18);
      a17 = b17 ^ (~b18 | b19);
      a18 = ~b18 ^ (b19 & b15);
      a19 = b19 ^ (b15 | b16);
      a20 = b20 ^ (~b21 & b22);
      a21 = ~b21 ^ (b22 | b23);
      a22 = b22 ^ (b23 & b24);
      a23 = b23 ^ (b24 | b20);
      a24 = b24 ^ (b20 & b21);
      // iota: break the symmetry between rounds.
      a0 ^= round_constants[round];
    }
  }
  lanes[0] = a0, lanes[1] = a1, lanes[2] = a2, lanes[3] = a3, lanes[4] = a4;
  lanes[5] = a5, lanes[6] = a6, lanes[7] = a7, lanes[8] = a8, lanes[9] = a9;
  lanes[10] = a10, lanes[11] = a11, lanes[12] = a12, lanes[13] = a13, lanes[14] = a14;
  lanes[15] = a15, lanes[16] = a16, lanes[17] = a17, lanes[18] = a18, lanes[19] = a19;
  lanes[20] = a20, lanes[21] = a21, lanes[22] = a22, lanes[23] = a23, lanes[24] = a24;
  complement(lanes);
}

#if defined(__x86_64__) && defined(__clang__)
// BMI1's ANDN and BMI2's RORX (non-destructive rotate) save about 14% of the instructions (no
// MOV before each rotate or NOT). SwiftPM passes no -march, so this entry point carries its own
// target and is chosen at run time on CPUs that have both.
__attribute__((target("bmi,bmi2"))) static void absorb_bmi2(
    uint64_t lanes[25], const uint8_t *blocks, size_t count) {
  absorb(lanes, blocks, count);
}

static void absorb_baseline(uint64_t lanes[25], const uint8_t *blocks, size_t count) {
  absorb(lanes, blocks, count);
}

void txray_keccak_f1600_absorb(uint64_t lanes[25], const uint8_t *blocks, size_t count) {
  if (__builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2")) {
    absorb_bmi2(lanes, blocks, count);
  } else {
    absorb_baseline(lanes, blocks, count);
  }
}
#else
void txray_keccak_f1600_absorb(uint64_t lanes[25], const uint8_t *blocks, size_t count) {
  absorb(lanes, blocks, count);
}
#endif
