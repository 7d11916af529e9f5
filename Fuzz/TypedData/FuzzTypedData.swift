import CLibFuzzer
import EVM

/// EIP-712 typed data (`eth_signTypedData_v4` JSON) on arbitrary bytes read as UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = try? TypedData(parsing: text)
  return 0
}

/// The entry point SwiftPM links for this target: libFuzzer's driver.
@_cdecl("FuzzTypedData_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  txray_fuzz_main(argc, argv)
}
