import Foundation
import TxrayCore

@testable import NEAR

/// Accounts, keys, contracts and transactions the runtime tests share.
enum SimulationFixtures {
  static let near = UInt256(10).power(24)
  static let tgas: UInt64 = 1_000_000_000_000

  static let contractsDirectory = NEARVector.packageRoot.appendingPathComponent(
    "Tests/NEARTests/Contracts")

  /// A committed contract built by `scripts/build-near-contracts`.
  static func contract(_ name: String) -> [UInt8] {
    let url = contractsDirectory.appendingPathComponent("\(name).wasm")
    return (try? [UInt8](Data(contentsOf: url))) ?? []
  }

  static func id(_ text: String) -> AccountId {
    guard let id = AccountId(text) else { preconditionFailure("bad test account id \(text)") }
    return id
  }

  /// A throwaway ed25519 key derived from a label.
  static func key(_ label: String) -> PublicKey {
    PublicKey(type: .ed25519, data: NEARHash.sha256(Array(label.utf8)))
  }

  static let block = NEARBlock(
    height: 150_000_000, timestamp: 1_764_316_800_000_000_000, gasPrice: NEARBlock.minimumGasPrice,
    epochHeight: 3000)

  /// A plain account with a full access key `key(name)` at nonce 10.
  static func user(_ name: String, near amount: UInt64) -> (AccountId, NEARSnapshot.Entry) {
    (
      id(name),
      NEARSnapshot.Entry(
        account: NEARAccount(amount: UInt256(amount) * near),
        accessKeys: [key(name): AccessKey(nonce: 10, permission: .fullAccess)], code: nil,
        state: [:])
    )
  }

  static func contractAccount(_ name: String, code: [UInt8], state: [[UInt8]: [UInt8]] = [:])
    -> (AccountId, NEARSnapshot.Entry)
  {
    let usage = state.reduce(UInt64(100 + code.count)) {
      $0 + UInt64($1.key.count + $1.value.count + 40)
    }
    return (
      id(name),
      NEARSnapshot.Entry(
        account: NEARAccount(
          amount: UInt256(5) * near, codeHash: NEARHash.sha256(code), storageUsage: usage),
        accessKeys: [:], code: code, state: state)
    )
  }

  /// The test token's storage entry for a balance.
  static func balance(_ account: String, _ amount: UInt64) -> ([UInt8], [UInt8]) {
    (Array("b:\(account)".utf8), (0..<8).map { UInt8(truncatingIfNeeded: amount >> (8 * $0)) })
  }

  static func snapshot(_ entries: [(AccountId, NEARSnapshot.Entry)]) -> NEARSnapshot {
    NEARSnapshot(block: block, accounts: Dictionary(entries, uniquingKeysWith: { $1 }))
  }

  /// An unsigned transaction from `signer` (with its fixture key) at nonce 11.
  static func transaction(_ signer: String, to receiver: String, _ actions: [Action])
    -> DecodedTransaction
  {
    let tx = Transaction(
      version: .v0, signerId: id(signer), publicKey: key(signer), nonce: 11,
      receiverId: id(receiver), blockHash: Array(repeating: 7, count: 32), actions: actions)
    return DecodedTransaction(
      format: .unsigned, body: .transaction(tx), signature: nil,
      computedHash: tx.borshBytes.map(NEARHash.sha256), statedHash: nil, signatureValid: nil)
  }

  static func call(
    _ method: String, _ json: String, gas: UInt64 = 100 * tgas, deposit: UInt256 = UInt256(1)
  ) -> Action {
    .functionCall(
      FunctionCall(methodName: method, args: Array(json.utf8), gas: gas, deposit: deposit))
  }

  static func balanceChange(_ result: NEARSimulationResult, _ account: String) -> SignedAmount? {
    for effect in result.effects {
      if case .balanceChange(let id, let before, let after) = effect, id.value == account {
        return .change(from: before, to: after)
      }
    }
    return nil
  }

  static func tokenTransfers(_ result: NEARSimulationResult)
    -> [(from: String, to: String, amount: UInt256?, ids: [String])]
  {
    result.effects.compactMap { effect in
      if case .tokenTransfer(_, _, let from, let to, let amount, let ids, _) = effect {
        return (from.value, to.value, amount, ids)
      }
      return nil
    }
  }
}

extension UInt256 {
  func power(_ exponent: Int) -> UInt256 {
    (0..<exponent).reduce(UInt256(1)) { product, _ in product * self }
  }
}
