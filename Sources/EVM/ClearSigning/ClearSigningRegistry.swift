import Foundation
import TxrayCore

/// ERC-7730 descriptors loaded from directories and indexed the way a wallet looks them up:
/// calls by (chain, contract, selector), messages by (chain, verifying contract, primary type).
public struct ClearSigningRegistry: Sendable {
  struct ContractKey: Hashable {
    var chainId: UInt256
    var address: Address
    var selector: [UInt8]
  }

  struct MessageKey: Hashable {
    var chainId: UInt256
    var verifyingContract: Address
    var primaryType: String
  }

  /// A matching format: which descriptor, which of its formats.
  struct Entry: Sendable {
    var descriptor: Int
    var format: Int
  }

  public private(set) var descriptors: [ClearSigningDescriptor] = []
  /// Files that were not loaded, each with its reason.
  public private(set) var rejections: [ClearSigningError] = []
  var calls: [ContractKey: [Entry]] = [:]
  var messages: [MessageKey: [Entry]] = [:]
  /// Who each deployment belongs to, by the first descriptor that names an owner for it.
  var owners: [Deployment: String] = [:]

  /// Directories with more files than this are refused rather than read for minutes.
  public static let maxFiles = 10_000

  public init() {}

  /// The directory txray reads descriptors from when `--descriptors` is not given:
  /// `$XDG_CONFIG_HOME/txray/descriptors`, by default `~/.config/txray/descriptors`.
  public static func defaultDirectory(environment: [String: String]) -> String {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/txray/descriptors"
    }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/txray/descriptors"
  }

  /// Loads every `*.json` file under `directory` (recursively, in path order). Files that are
  /// not descriptors or cannot be used land in `rejections`; only an unreadable directory throws.
  public mutating func loadDirectory(_ directory: String) throws(ClearSigningError) {
    let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw ClearSigningError(.malformed, file: directory, "no such directory") }
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    else { throw ClearSigningError(.malformed, file: directory, "cannot read the directory") }
    var files: [URL] = []
    for case let url as URL in enumerator where url.pathExtension == "json" {
      files.append(url.standardizedFileURL)
      if files.count > Self.maxFiles {
        throw ClearSigningError(
          .malformed, file: directory, "holds more than \(Self.maxFiles) JSON files")
      }
    }
    let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
    for url in files.sorted(by: { $0.path < $1.path }) {
      let name =
        url.path.hasPrefix(rootPath) ? String(url.path.dropFirst(rootPath.count)) : url.path
      // JSON schemas and test files live beside descriptors in the public registry, named so.
      guard !name.hasSuffix(".schema.json"), !name.hasSuffix(".tests.json") else { continue }
      do {
        let document = try DescriptorDocument.load(url, displayName: name)
        add(try ClearSigningDescriptor(document: document, file: name))
      } catch {
        rejections.append(error)
      }
    }
  }

  /// Adds a descriptor and indexes its formats for every deployment.
  public mutating func add(_ descriptor: ClearSigningDescriptor) {
    let index = descriptors.count
    descriptors.append(descriptor)
    if let owner = descriptor.owner {
      // An EIP-712 domain without a verifying contract is "deployed" at the zero address; no
      // contract lives there, so it names nothing (a router's zero beneficiary means the caller).
      for deployment in descriptor.deployments
      where owners[deployment] == nil && deployment.address != .zero {
        owners[deployment] = owner
      }
    }
    for (f, format) in descriptor.formats.enumerated() {
      for deployment in descriptor.deployments {
        let entry = Entry(descriptor: index, format: f)
        if let function = format.function {
          calls[
            ContractKey(
              chainId: deployment.chainId, address: deployment.address, selector: function.selector),
            default: []
          ]
          .append(entry)
        }
        if let primaryType = format.primaryType {
          messages[
            MessageKey(
              chainId: deployment.chainId, verifyingContract: deployment.address,
              primaryType: primaryType),
            default: []
          ].append(entry)
        }
      }
    }
  }

  /// Rejections counted by reason kind, for reports.
  public var rejectionCounts: [ClearSigningError.Kind: Int] {
    rejections.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
  }

  func format(_ entry: Entry) -> (ClearSigningDescriptor, ClearSigningDescriptor.Format) {
    let descriptor = descriptors[entry.descriptor]
    return (descriptor, descriptor.formats[entry.format])
  }

  /// Token metadata a descriptor states for its own contract (`metadata.token`).
  func token(chainId: UInt256, address: Address) -> TokenInfo? {
    for descriptor in descriptors where descriptor.binding == .contract {
      guard descriptor.deployments.contains(Deployment(chainId: chainId, address: address)),
        let token = descriptor.document["metadata"]?["token"],
        let ticker = token["ticker"]?.stringValue,
        case .number(let digits)? = token["decimals"], let decimals = Int(digits),
        (0...77).contains(decimals)
      else { continue }
      return TokenInfo(
        ticker: ticker, decimals: decimals, source: "ERC-7730 descriptor " + descriptor.file)
    }
    return nil
  }

  typealias Deployment = ClearSigningDescriptor.Deployment
}

/// A token's ticker and decimals, for showing base units as an amount, and where they came from.
public struct TokenInfo: Sendable, Equatable {
  public var ticker: String
  public var decimals: Int
  public var source: String?

  public init(ticker: String, decimals: Int, source: String? = nil) {
    self.ticker = ticker
    self.decimals = decimals
    self.source = source
  }
}
