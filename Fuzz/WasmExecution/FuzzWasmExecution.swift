import CLibFuzzer
import NEAR
import TxrayCore
import WasmKit

let account = AccountId("fuzz.near")!
let signer = AccountId("alice.near")!

let oneNEAR = UInt256(decimalString: "1000000000000000000000000")!

/// 300 Ggas: about a third of a million Wasm operators, so that an endless loop ends quickly.
let prepaidGas: UInt64 = 300_000_000_000

/// An arbitrary Wasm module run as a NEAR contract: each exported function, called with `{}`
/// and an empty storage, through WasmKit with NEAR's host functions and a small gas limit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let code = Array(UnsafeBufferPointer(start: data, count: size))
  guard let module = try? parseWasm(bytes: code) else { return 0 }
  let methods = module.exports.compactMap { export -> String? in
    if case .function = export.descriptor { return export.name }
    return nil
  }
  let context = CallContext(
    currentAccount: account, signer: signer,
    signerPublicKey: PublicKey(type: .ed25519, data: Array(repeating: 0, count: 32)),
    predecessor: signer, input: Array("{}".utf8), block: NEARBlock(height: 1, timestamp: 0),
    accountBalance: oneNEAR, lockedBalance: .zero, attachedDeposit: UInt256(1),
    prepaidGas: prepaidGas, storageUsage: 1_000, randomSeed: Array(repeating: 7, count: 32))
  for method in methods.prefix(4) {
    _ = ContractRunner().run(code: code, method: method, context: context) { _ in nil }
  }
  return 0
}

/// The entry point SwiftPM links for this target: libFuzzer's driver.
@_cdecl("FuzzWasmExecution_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  txray_fuzz_main(argc, argv)
}
