import CKZG

/// Ethereum's KZG trusted setup as c-kzg-4844 uses it, loaded once from the bytes
/// scripts/setup-kzg embedded in the binary: a txray copied anywhere needs no file beside it.
/// Loading decompresses 8,192 G1 points and precomputes c-kzg's tables (1–2 s here), so it
/// happens on the first use, not at start.
final class KZGTrustedSetup: @unchecked Sendable {
  static let shared = KZGTrustedSetup()

  /// Read-only after `init`; c-kzg's verifiers take it as `const`, so threads share it.
  let settings: UnsafeMutablePointer<KZGSettings>

  private init() {
    settings = .allocate(capacity: 1)
    let result = txray_kzg_load_trusted_setup(settings)
    precondition(result == C_KZG_OK, "the embedded KZG trusted setup did not load (\(result))")
  }
}
