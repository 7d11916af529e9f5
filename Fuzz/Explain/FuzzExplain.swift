import CLibFuzzer
import TxrayKit

/// Loaded once: the bundled registries, no state, no model.
let context = ExplainContext()

/// The whole pipeline on arbitrary bytes read as UTF-8 text, as a pasted input would be:
/// classification, hex and base64, every EVM and NEAR decoder, the rules and the narrator.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = try? Explainer.explain(text, context: context, rendering: .json).output
  return 0
}

/// The entry point SwiftPM links for this target: libFuzzer's driver.
@_cdecl("FuzzExplain_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  txray_fuzz_main(argc, argv)
}
