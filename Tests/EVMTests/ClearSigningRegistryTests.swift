import EVM
import Foundation
import Testing
import TxrayCore

/// The public ERC-7730 registry (LedgerHQ clear-signing-erc7730-registry, in the shared test
/// data): every file loads or is rejected with a stated reason, and real entries match calls and
/// messages built by eth-abi and eth-account.
@Suite struct ClearSigningRegistryTests {
  /// Loaded-file count reached when this test was written; it must not drop.
  static let loadedAtLeast = 338

  static func publicRegistry() throws -> ClearSigningRegistry {
    var registry = ClearSigningRegistry()
    try registry.loadDirectory(SharedTestData.url("erc7730").path)
    return registry
  }

  @Test func everyRegistryFileLoadsOrIsRejectedWithAReason() throws {
    let registry = try Self.publicRegistry()
    let rejected = registry.rejections.count
    let loaded = registry.descriptors.count
    var reasons: [String: Int] = [:]
    for rejection in registry.rejections {
      #expect(!rejection.message.isEmpty, "\(rejection.file)")
      reasons["\(rejection.kind.rawValue): \(Self.reasonClass(rejection.message))", default: 0] += 1
    }
    let skippedFormats = registry.descriptors.reduce(0) { $0 + $1.skippedFormats.count }
    print(
      "ERC-7730 registry: \(loaded) loaded, \(rejected) rejected, \(skippedFormats) formats skipped"
    )
    for (reason, count) in reasons.sorted(by: { $0.key < $1.key }) {
      print("  rejected \(count): \(reason)")
    }
    for descriptor in registry.descriptors {
      for skipped in descriptor.skippedFormats {
        print("  skipped format in \(descriptor.file): \(skipped.reason)")
      }
    }
    #expect(loaded + rejected == Self.registryFileCount())
    #expect(loaded >= Self.loadedAtLeast)
  }

  /// Descriptor JSON files in the registry (the JSON schemas under specs/ are not descriptors).
  static func registryFileCount() -> Int {
    let root = SharedTestData.url("erc7730")
    let files =
      FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL } ?? []
    return files.filter {
      $0.pathExtension == "json" && !$0.lastPathComponent.hasSuffix(".schema.json")
    }.count
  }

  /// The message without the names of particular members or files, to group reasons.
  static func reasonClass(_ message: String) -> String {
    message.split(separator: "(").first.map { String($0).trimmingCharacters(in: .whitespaces) }
      ?? message
  }
}
