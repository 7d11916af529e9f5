import NEAR
import TxrayCore
import WasmKit

extension FuzzBody {
  /// An arbitrary Wasm module run as a NEAR contract: each exported function (the first four),
  /// called with `{}` and an empty storage, through WasmKit with NEAR's host functions and
  /// 300 Ggas, about a third of a million Wasm operators, so that an endless loop ends quickly.
  public static let wasmExecution = FuzzBody(target: "WasmExecution") { code in
    guard let module = try? parseWasm(bytes: code) else { return }
    let methods = module.exports.compactMap { export -> String? in
      if case .function = export.descriptor { return export.name }
      return nil
    }
    let signer = AccountId("alice.near")!
    let context = CallContext(
      currentAccount: AccountId("fuzz.near")!, signer: signer,
      signerPublicKey: PublicKey(type: .ed25519, data: Array(repeating: 0, count: 32)),
      predecessor: signer, input: Array("{}".utf8), block: NEARBlock(height: 1, timestamp: 0),
      accountBalance: UInt256(decimalString: "1000000000000000000000000")!, lockedBalance: .zero,
      attachedDeposit: UInt256(1), prepaidGas: 300_000_000_000, storageUsage: 1_000,
      randomSeed: Array(repeating: 7, count: 32))
    for method in methods.prefix(4) {
      _ = ContractRunner().run(code: code, method: method, context: context) { _ in nil }
    }
  }
}
