import EVM
import Foundation
import Testing
import TxrayCore

/// ethereum/tests TransactionTests: every (transaction, fork) line must agree with the suite.
///
/// A line passes when an expected-valid transaction decodes as a signed transaction, is valid
/// under its fork with chain id 1, and has the expected sender, hash and intrinsic gas; and an
/// expected-invalid one either fails to decode or is invalid under its fork. The inputs are
/// network transactions, so they are decoded with `decodeSigned` (a signing payload is not one).
@Suite struct TransactionConformanceTests {
  /// Lines we knowingly disagree with, per file, as "name@fork" → why. Any other failure fails
  /// the test, and so does a listed line that passes or is missing (the table must not go stale).
  ///
  /// All are 2017 cases (f4a03994) that the current suite (4c87ebbf, TransactionTests.jsonl)
  /// overrules for the same forks: the 2017 tests checked only RLP and the signature, while the
  /// current ones also apply the bounds every client now enforces from Frontier on.
  static let knownDisagreements: [String: [String: String]] = {
    let nonceReason =
      "nonce 2^256-1: current suite ttNonce/TransactionWithHighNonce256 (same bytes, same fork) "
      + "expects NONCE_OVERFLOW (EIP-2681 bound, nonce < 2^64-1)"
    let gasLimitReason =
      "gas limit 2^256-1: current suite ttGasLimit/TransactionWithGasLimitOverflow256 and "
      + "TransactionWithGasLimitxPriceOverflow expect GASLIMIT_OVERFLOW / "
      + "GASLIMIT_PRICE_PRODUCT_OVERFLOW"
    let gasPriceReason =
      "gas price 2^256-1 × gas 21000 overflows 256 bits: current suite expects "
      + "GASLIMIT_PRICE_PRODUCT_OVERFLOW and rewrote ttGasPrice/TransactionWithHighGasPrice "
      + "with a 31-byte price so that it stays valid"
    var table: [String: String] = [:]
    for (prefix, fork, spelling) in [
      ("ttFrontier", "Frontier", "High"), ("ttHomestead", "Homestead", "Hihgh"),
      ("ttEip158", "EIP158", "Hihgh"), ("ttVRuleEip158", "EIP158", "Hihgh"),
    ] {
      table["\(prefix)/TransactionWith\(spelling)Nonce256@\(fork)"] = nonceReason
      table["\(prefix)/TransactionWithGasLimitxPriceOverflow@\(fork)"] = gasLimitReason
      table["\(prefix)/TransactionWith\(spelling)GasPrice@\(fork)"] = gasPriceReason
    }
    return ["TransactionTests.jsonl": [:], "TransactionTests-2017.jsonl": table]
  }()

  /// Lines per file, so that a truncated copy of the data cannot pass unnoticed.
  static let lineCounts = ["TransactionTests.jsonl": 2665, "TransactionTests-2017.jsonl": 428]

  struct Outcome {
    var passed = 0
    var failures: [String] = []
    var knownFailures: Set<String> = []
  }

  @Test(arguments: ["TransactionTests.jsonl", "TransactionTests-2017.jsonl"])
  func suiteFile(_ file: String) throws {
    let lines = try SharedTestData.jsonLines("evm-tx/\(file)")
    #expect(lines.count == Self.lineCounts[file])
    let known = Self.knownDisagreements[file] ?? [:]
    var outcome = Outcome()
    for line in lines {
      let name = line["name"] as? String ?? "?"
      let forkName = line["fork"] as? String ?? "?"
      let key = "\(name)@\(forkName)"
      if let failure = check(line, forkName: forkName) {
        if known[key] != nil {
          outcome.knownFailures.insert(key)
        } else {
          outcome.failures.append("\(key): \(failure)")
        }
      } else {
        outcome.passed += 1
        #expect(known[key] == nil, "\(key) passes but is listed as a disagreement")
      }
    }
    print(
      "conformance \(file): \(outcome.passed)/\(lines.count) pass, "
        + "\(outcome.knownFailures.count) known disagreements")
    #expect(outcome.knownFailures == Set(known.keys), "stale known-disagreement entries")
    #expect(
      outcome.failures.isEmpty,
      "\(outcome.failures.count) failing:\n\(outcome.failures.prefix(40).joined(separator: "\n"))")
  }

  /// nil when the line agrees with the suite, else what went wrong.
  private func check(_ line: [String: Any], forkName: String) -> String? {
    guard let fork = Fork(name: forkName) else { return "unknown fork \(forkName)" }
    let expectValid = line["valid"] as? Bool ?? false
    let transaction: Transaction
    do {
      let raw = try Hex.decode(line["rlp"] as? String ?? "")
      transaction = try TransactionDecoder.decodeSigned(raw)
    } catch {
      return expectValid ? "expected valid, decode threw: \(error)" : nil
    }
    let validity = transaction.validity(fork: fork, expectedChainId: 1)
    guard expectValid else {
      return validity.isValid ? "expected \(line["exception"] ?? "invalid"), decoded as valid" : nil
    }
    if let reason = validity.reason {
      return "expected valid, got invalid: \(reason)"
    }
    let sender = transaction.from?.lowercaseHex ?? "nil"
    if sender != (line["sender"] as? String ?? "").lowercased() {
      return "sender \(sender) != \(line["sender"] ?? "nil")"
    }
    let hash = transaction.hash.map { Hex.encode($0) } ?? "nil"
    if hash != (line["hash"] as? String ?? "").lowercased() {
      return "hash \(hash) != \(line["hash"] ?? "nil")"
    }
    if let expectedGas = line["intrinsic_gas"] as? String,
      UInt256(hexString: expectedGas) != UInt256(transaction.intrinsicGas(fork: fork))
    {
      return "intrinsic gas \(transaction.intrinsicGas(fork: fork)) != \(expectedGas)"
    }
    return nil
  }
}
