import EVM
import Foundation

/// An EVM state snapshot file (`--state`: txray's format or a prestateTracer answer).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = try? StateSnapshot(json: Data(bytes: data, count: size))
  return 0
}
