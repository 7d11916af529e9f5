import EVM
import Foundation

extension FuzzBody {
  /// An ERC-7730 descriptor file: parsing, includes, deployments and every format's fields.
  public static let erc7730 = FuzzBody(target: "ERC7730") { input in
    try? FileManager.default.createDirectory(
      at: descriptorDirectory, withIntermediateDirectories: true)
    let descriptor = descriptorDirectory.appendingPathComponent("descriptor.json")
    guard (try? Data(input).write(to: descriptor)) != nil else { return }
    var registry = ClearSigningRegistry()
    try? registry.loadDirectory(descriptorDirectory.path)
  }

  /// A directory of its own holding the one descriptor file each input is written to: the
  /// registry reads descriptors from files, includes relative to them.
  static let descriptorDirectory = FileManager.default.temporaryDirectory
    .appendingPathComponent("txray-fuzz-erc7730-\(ProcessInfo.processInfo.processIdentifier)")
}
