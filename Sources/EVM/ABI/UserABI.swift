import Foundation
import TxrayCore

/// The JSON ABIs a person gave txray: `--abi FILE` and every `*.json` in the config directory.
///
/// A file whose name is a contract address (`0xA0b8…eB48.json`) describes that contract only;
/// any other file applies to every contract. Either way a user ABI outranks the bundled registry,
/// because it is the contract's own description rather than a guess from a shared selector table.
public struct UserABI: Sendable {
  /// Functions that apply to any contract.
  public let functions: [ABIFunction]
  /// Functions of one contract, from files named after its address.
  public let contractFunctions: [Address: [ABIFunction]]
  /// Custom errors from every file, to read revert data with.
  public let errors: [ABIFunction]
  // Selectors are hashed once here, not on every lookup.
  private let general: [[UInt8]: [ABIFunction]]
  private let perContract: [Address: [[UInt8]: [ABIFunction]]]

  public init(
    functions: [ABIFunction] = [], contractFunctions: [Address: [ABIFunction]] = [:],
    errors: [ABIFunction] = []
  ) {
    self.functions = functions
    self.contractFunctions = contractFunctions
    self.errors = errors
    self.general = Dictionary(grouping: functions, by: \.selector)
    self.perContract = contractFunctions.mapValues { Dictionary(grouping: $0, by: \.selector) }
  }

  /// `$XDG_CONFIG_HOME/txray/abi`, or `~/.config/txray/abi` when XDG_CONFIG_HOME is unset.
  public static func defaultDirectory(environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
      return config + "/txray/abi"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/txray/abi"
  }

  /// Loads `files` and every `*.json` in `directory` (a missing directory is fine: most people
  /// have none). The first malformed file stops loading with an error naming it.
  public static func load(files: [String], directory: String?) throws(ABIError) -> UserABI {
    var general: [ABIFunction] = []
    var perContract: [Address: [ABIFunction]] = [:]
    var errors: [ABIFunction] = []
    var paths = files
    if let directory,
      let names = try? FileManager.default.contentsOfDirectory(atPath: directory)
    {
      paths += names.filter { $0.hasSuffix(".json") }.sorted().map { directory + "/" + $0 }
    }
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw ABIError("cannot read ABI file '\(path)'")
      }
      let functions: [ABIFunction]
      do {
        let entries = try ABIJSON.entries(fromJSON: Array(data))
        functions = entries.functions
        errors += entries.errors
      } catch {
        throw ABIError("ABI file '\(path)': \(error)")
      }
      let stem = String((path.split(separator: "/").last ?? "").dropLast(".json".count))
      if path.hasSuffix(".json"), let address = Address(hex: stem), stem.hasPrefix("0x") {
        perContract[address, default: []] += functions
      } else {
        general += functions
      }
    }
    return UserABI(functions: general, contractFunctions: perContract, errors: errors)
  }

  /// Functions with this selector, the called contract's own first; duplicates of one signature
  /// (the same ABI in two files) are kept once.
  public func functions(selector: some Collection<UInt8>, contract: Address?) -> [ABIFunction] {
    let wanted = Array(selector)
    var seen = Set<String>()
    var matches: [ABIFunction] = []
    let own = contract.flatMap { perContract[$0]?[wanted] } ?? []
    for function in own + (general[wanted] ?? []) {
      if seen.insert(function.signature).inserted { matches.append(function) }
    }
    return matches
  }

  public var isEmpty: Bool { functions.isEmpty && contractFunctions.isEmpty && errors.isEmpty }
}
