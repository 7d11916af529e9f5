import CLibFuzzer
import EVM
import Foundation

/// A directory of its own holding the one descriptor file each input is written to: the
/// registry reads descriptors from files, includes relative to them.
let directory = FileManager.default.temporaryDirectory
  .appendingPathComponent("txray-fuzz-erc7730-\(ProcessInfo.processInfo.processIdentifier)")
let descriptor = directory.appendingPathComponent("descriptor.json")

/// An ERC-7730 descriptor file: parsing, includes, deployments and every format's fields.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  guard (try? Data(bytes: data, count: size).write(to: descriptor)) != nil else { return 0 }
  var registry = ClearSigningRegistry()
  try? registry.loadDirectory(directory.path)
  return 0
}

/// The entry point SwiftPM links for this target: libFuzzer's driver.
@_cdecl("FuzzERC7730_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  txray_fuzz_main(argc, argv)
}
