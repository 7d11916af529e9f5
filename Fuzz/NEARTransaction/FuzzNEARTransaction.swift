import CLibFuzzer
import NEAR

/// NEAR's Borsh decoder on raw bytes: transactions, signed ones, delegate actions and every
/// action type they hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = try? TransactionDecoder.decode(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

/// The entry point SwiftPM links for this target: libFuzzer's driver.
@_cdecl("FuzzNEARTransaction_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  txray_fuzz_main(argc, argv)
}
