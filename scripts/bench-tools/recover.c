/* Bare libsecp256k1 public-key recovery rate: the floor under any sender recovery.
 *
 * Reads lines "signingHash r s yParity" (hex) written by scripts/gen-bench-txs.py, parses them all
 * first, then times only the recoveries: parse_compact + ecdsa_recover + pubkey_serialize per
 * line. Keccak of the public key (the address) is left out on purpose: this is the signature
 * cost alone. Prints "recoveries_per_second N".
 *
 *   cc -O2 -o recover recover.c -lsecp256k1 && ./recover sigs.txt
 */
#include <secp256k1.h>
#include <secp256k1_recovery.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct entry {
  unsigned char hash[32];
  unsigned char rs[64];
  int recid;
};

static int parse_hex(const char *text, unsigned char *out, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned int byte;
    if (sscanf(text + 2 * i, "%2x", &byte) != 1) return 0;
    out[i] = (unsigned char)byte;
  }
  return 1;
}

static int parse_line(const char *line, struct entry *e) {
  char hash[65], r[65], s[65];
  if (sscanf(line, "%64s %64s %64s %d", hash, r, s, &e->recid) != 4) return 0;
  if (strlen(hash) != 64 || strlen(r) != 64 || strlen(s) != 64) return 0;
  if (e->recid < 0 || e->recid > 3) return 0;
  return parse_hex(hash, e->hash, 32) && parse_hex(r, e->rs, 32) && parse_hex(s, e->rs + 32, 32);
}

static double now_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s SIGS_FILE\n", argv[0]);
    return 2;
  }
  FILE *file = fopen(argv[1], "r");
  if (!file) {
    perror(argv[1]);
    return 2;
  }
  size_t count = 0, capacity = 1024;
  struct entry *entries = malloc(capacity * sizeof *entries);
  char line[512];
  while (entries && fgets(line, sizeof line, file)) {
    if (count == capacity) {
      capacity *= 2;
      struct entry *grown = realloc(entries, capacity * sizeof *entries);
      if (!grown) break;
      entries = grown;
    }
    if (!parse_line(line, &entries[count])) {
      fprintf(stderr, "%s: malformed line %zu\n", argv[1], count + 1);
      return 2;
    }
    count++;
  }
  fclose(file);
  if (!entries || count == 0) {
    fprintf(stderr, "%s: no signatures read\n", argv[1]);
    return 2;
  }

  secp256k1_context *ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
  /* Fold every serialized key into a checksum and print it, so the work is observably used. */
  unsigned char checksum = 0;
  size_t failures = 0;
  double start = now_seconds();
  for (size_t i = 0; i < count; i++) {
    secp256k1_ecdsa_recoverable_signature sig;
    secp256k1_pubkey pubkey;
    unsigned char out[65];
    size_t out_len = sizeof out;
    const struct entry *e = &entries[i];
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &sig, e->rs, e->recid) ||
        !secp256k1_ecdsa_recover(ctx, &pubkey, &sig, e->hash) ||
        !secp256k1_ec_pubkey_serialize(ctx, out, &out_len, &pubkey, SECP256K1_EC_UNCOMPRESSED)) {
      failures++;
      continue;
    }
    for (size_t j = 0; j < out_len; j++) checksum ^= out[j];
  }
  double elapsed = now_seconds() - start;
  secp256k1_context_destroy(ctx);
  free(entries);

  if (failures) {
    fprintf(stderr, "%zu of %zu recoveries failed\n", failures, count);
    return 1;
  }
  fprintf(stderr, "recovered %zu keys in %.3f s (checksum %02x)\n", count, elapsed, checksum);
  printf("recoveries_per_second %.0f\n", (double)count / elapsed);
  return 0;
}
