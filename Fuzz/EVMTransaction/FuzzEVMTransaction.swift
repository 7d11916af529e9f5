import CLibFuzzer
import EVM

/// RLP and every EVM transaction type on raw bytes: the item alone, then the transaction read
/// signed or unsigned, then signed only (which also recovers the sender).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? RLPDecoder.decode(bytes)
  _ = try? TransactionDecoder.decode(bytes)
  _ = try? TransactionDecoder.decodeSigned(bytes)
  return 0
}

/// The entry point SwiftPM links for this target: libFuzzer's driver.
@_cdecl("FuzzEVMTransaction_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  txray_fuzz_main(argc, argv)
}
