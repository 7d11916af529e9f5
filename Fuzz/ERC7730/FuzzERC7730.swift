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
