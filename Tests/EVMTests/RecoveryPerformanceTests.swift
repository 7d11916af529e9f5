import Foundation
import Testing
import TxrayCore

@testable import EVM

/// Decoding a signed transaction and recovering its sender should cost little more than the
/// libsecp256k1 recovery itself (target: at least 0.8× the bare recovery rate). Measured on the
/// valid conformance transactions, split into typical ones (under 1 KiB) and all of them (some
/// carry 48 KiB of initcode, where hashing it twice, for the hash and the signing hash, shows).
/// The ratios are printed; the typical one is asserted only in optimized builds.
@Suite struct RecoveryPerformanceTests {
  @Test func decodeAndRecoverKeepsUpWithBareRecovery() throws {
    let lines = try SharedTestData.jsonLines("evm-tx/TransactionTests.jsonl")
    let all = try lines.compactMap { line -> [UInt8]? in
      guard line["valid"] as? Bool == true, let rlp = line["rlp"] as? String else { return nil }
      return try Hex.decode(rlp)
    }
    let typical = all.filter { $0.count < 1024 }
    let typicalRatio = try rateRatio(typical, label: "typical")
    _ = try rateRatio(all, label: "all")
    #if !DEBUG
      #expect(typicalRatio >= 0.8)
    #endif
  }

  /// Bare recovery time over decode-and-recover time for the same transactions.
  private func rateRatio(_ raws: [[UInt8]], label: String) throws -> Double {
    let transactions = try raws.map { try TransactionDecoder.decodeSigned($0) }
    // Bare: only the libsecp256k1 call, on inputs prepared in advance.
    let prepared = transactions.map { tx -> ([UInt8], [UInt8], Int32) in
      let signature = tx.signature ?? Signature(v: 0, r: 0, s: 0)
      let v = Int32(truncatingIfNeeded: signature.v.uint64Value ?? 0)
      // Legacy v is 27/28 or chainId × 2 + 35/36: odd means y-parity 0.
      let parity = tx.type == .legacy ? 1 - v % 2 : v
      return (tx.signingHash, signature.r.bigEndianBytes + signature.s.bigEndianBytes, parity)
    }
    let iterations = 3
    let bareStart = ContinuousClock.now
    for _ in 0..<iterations {
      for (digest, compact, recoveryId) in prepared {
        _ = Secp256k1.shared.recoverPublicKey(
          digest: digest, compactSignature: compact, recoveryId: recoveryId)
      }
    }
    let bare = ContinuousClock.now - bareStart
    let fullStart = ContinuousClock.now
    for _ in 0..<iterations {
      for raw in raws {
        _ = try TransactionDecoder.decodeSigned(raw)
      }
    }
    let full = ContinuousClock.now - fullStart
    let count = iterations * raws.count
    let ratio = bare / full
    print(
      "recovery (\(label), \(raws.count) txs): bare \(bare / count) per tx, "
        + "decode+recover \(full / count) per tx, rate ratio \(ratio)")
    return ratio
  }
}
