import Foundation
import Testing
import TxrayCore

@testable import EVM

/// Decoding a signed transaction and recovering its sender should cost little more than the
/// libsecp256k1 recovery itself (target: at least 0.8× the bare recovery rate). The ratio is
/// printed; it is asserted only in optimized builds, where it means something.
@Suite struct RecoveryPerformanceTests {
  @Test func decodeAndRecoverKeepsUpWithBareRecovery() throws {
    let lines = try SharedTestData.jsonLines("evm-tx/TransactionTests.jsonl")
    let raws = try lines.compactMap { line -> [UInt8]? in
      guard line["valid"] as? Bool == true, let rlp = line["rlp"] as? String else { return nil }
      return try Hex.decode(rlp)
    }
    let transactions = try raws.map { try TransactionDecoder.decodeSigned($0) }
    let iterations = 3

    // Bare: only the libsecp256k1 call on inputs prepared in advance.
    let prepared = transactions.map { tx -> ([UInt8], [UInt8], Int32) in
      let signature = tx.signature ?? Signature(v: 0, r: 0, s: 0)
      let parity = tx.type == .legacy ? Int32(1 - (signature.v.uint64Value ?? 0) % 2) : Int32(signature.v.uint64Value ?? 0)
      return (tx.signingHash, signature.r.bigEndianBytes + signature.s.bigEndianBytes, parity)
    }
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
    let ratio = bare / full
    let count = iterations * raws.count
    print(
      "recovery: bare \(bare / count) per tx, decode+recover \(full / count) per tx, "
        + "rate ratio \(ratio)")
    #if !DEBUG
      #expect(ratio >= 0.8)
    #endif
  }
}
