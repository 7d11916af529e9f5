import NEAR

/// NEAR's Borsh decoder on raw bytes: transactions, signed ones, delegate actions and every
/// action type they hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = try? TransactionDecoder.decode(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}
