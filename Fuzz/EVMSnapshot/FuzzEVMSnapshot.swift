import CLibFuzzer
import EVM
import Foundation

/// An EVM state snapshot file (`--state`: txray's format or a prestateTracer answer).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = try? StateSnapshot(json: Data(bytes: data, count: size))
  return 0
}

/// The entry point SwiftPM links for this target: libFuzzer's driver.
@_cdecl("FuzzEVMSnapshot_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  txray_fuzz_main(argc, argv)
}
