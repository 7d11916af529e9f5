import CLibFuzzer
import FuzzBodies

/// What this target reads and checks is `FuzzBody.nearRPCTransaction`, which the smoke tests also run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzBody.nearRPCTransaction.fuzz(data, size)
}

/// The entry point SwiftPM links for this target: libFuzzer's driver.
@_cdecl("FuzzNEARRPCTransaction_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  txray_fuzz_main(argc, argv)
}
