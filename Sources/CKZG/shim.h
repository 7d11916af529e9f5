// c-kzg-4844 with the embedded trusted setup, built by scripts/setup-kzg into txray's cache;
// pkg-config (txray-kzg.pc) supplies the include path and the libraries.
#include <ckzg.h>
#include <txray_kzg_trusted_setup.h>

#include <stdlib.h>
#include <string.h>

// Loads the embedded setup; precompute 0: txray verifies proofs, it never computes them.
static inline C_KZG_RET txray_kzg_load_trusted_setup(KZGSettings *out) {
  return load_trusted_setup(out, txray_kzg_trusted_setup_g1_monomial,
                            sizeof txray_kzg_trusted_setup_g1_monomial,
                            txray_kzg_trusted_setup_g1_lagrange,
                            sizeof txray_kzg_trusted_setup_g1_lagrange,
                            txray_kzg_trusted_setup_g2_monomial,
                            sizeof txray_kzg_trusted_setup_g2_monomial, 0);
}

// Byte-pointer forms of the blob verifiers: Swift would import Blob (128 KiB) and Cell (2 KiB)
// as tuples of that many elements, so it never names them.

// EIP-4844 wrapper: one proof per blob, n blobs of 131,072 bytes back to back.
static inline C_KZG_RET txray_kzg_verify_blob_proofs(
    bool *ok, const uint8_t *blobs, const uint8_t *commitments, const uint8_t *proofs, uint64_t n,
    const KZGSettings *s) {
  return verify_blob_kzg_proof_batch(ok, (const Blob *)blobs, (const Bytes48 *)commitments,
                                     (const Bytes48 *)proofs, n, s);
}

// EIP-7594 wrapper: the blob's 128 cell proofs, checked against the cells of its extension.
static inline C_KZG_RET txray_kzg_verify_cell_proofs(
    bool *ok, const uint8_t *blob, const uint8_t *commitment, const uint8_t *proofs,
    const KZGSettings *s) {
  Cell *cells = (Cell *)calloc(CELLS_PER_EXT_BLOB, sizeof(Cell));
  Bytes48 *commitments = (Bytes48 *)calloc(CELLS_PER_EXT_BLOB, sizeof(Bytes48));
  uint64_t indices[CELLS_PER_EXT_BLOB];
  C_KZG_RET ret = C_KZG_MALLOC;
  if (cells != NULL && commitments != NULL) {
    for (uint64_t i = 0; i < CELLS_PER_EXT_BLOB; i++) {
      indices[i] = i;
      memcpy(&commitments[i], commitment, sizeof(Bytes48));
    }
    ret = compute_cells_and_kzg_proofs(cells, NULL, (const Blob *)blob, s);
    if (ret == C_KZG_OK) {
      ret = verify_cell_kzg_proof_batch(ok, commitments, indices, cells,
                                        (const Bytes48 *)proofs, CELLS_PER_EXT_BLOB, s);
    }
  }
  free(cells);
  free(commitments);
  return ret;
}
