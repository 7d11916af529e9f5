import Foundation
import TxrayCore

/// Reading the address book from `$XDG_CONFIG_HOME/txray/addressbook.json` (by default
/// `~/.config/txray/addressbook.json`).
///
/// Two shapes are accepted:
/// - an object of labels by account: `{"0xd8dA6BF2…6045": "Vitalik", "alice.near": "Alice"}`;
/// - a list of entries: `{"entries": [{"address": "0x…", "label": "Vitalik"}]}`.
/// A missing file is an empty book; a file that is there but unusable is an error, because the
/// signer relies on it for the poisoning check.
public enum AddressBookFile {
  /// Files larger than this are refused: a real book is a few KiB.
  public static let maxFileBytes = 4 << 20
  /// A label longer than this is refused rather than flooding every line it appears in.
  public static let maxLabelCharacters = 100

  /// The path txray reads: `$XDG_CONFIG_HOME/txray/addressbook.json` when that variable holds
  /// an absolute path (the XDG rule), else `$HOME/.config/txray/addressbook.json`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/txray/addressbook.json"
    }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/txray/addressbook.json"
  }

  /// The book at the default path; empty when there is no file.
  public static func load(environment: [String: String]) throws(AddressBookError) -> AddressBook {
    let path = defaultPath(environment: environment)
    guard FileManager.default.fileExists(atPath: path) else { return AddressBook() }
    return try load(path: path)
  }

  /// The book in the file at `path`; a missing file is an error here (the user named it).
  public static func load(path: String) throws(AddressBookError) -> AddressBook {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw AddressBookError(path: path, reason: "cannot be read")
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: maxFileBytes + 1) ?? Data()
    } catch {
      throw AddressBookError(path: path, reason: "cannot be read")
    }
    guard data.count <= maxFileBytes else {
      throw AddressBookError(path: path, reason: "is larger than \(maxFileBytes >> 20) MiB")
    }
    return try parse(data, path: path)
  }

  /// The book in `data` (either accepted shape); `path` names the file in errors.
  public static func parse(_ data: Data, path: String) throws(AddressBookError) -> AddressBook {
    let object: JSONValue
    do {
      object = try JSONValue(parsing: Array(data))
    } catch {
      throw AddressBookError(path: path, reason: "is not valid JSON")
    }
    guard let members = object.objectMembers else {
      throw AddressBookError(
        path: path, reason: "must be a JSON object of labels by address or {\"entries\": [...]}")
    }
    var labels: [String: String] = [:]
    if members.count == 1, let entries = object["entries"] {
      guard let list = entries.arrayItems, list.allSatisfy({ $0.objectMembers != nil }) else {
        throw AddressBookError(path: path, reason: "\"entries\" must be a list of objects")
      }
      for (index, entry) in list.enumerated() {
        guard let account = entry["address"]?.stringValue, let label = entry["label"]?.stringValue
        else {
          throw AddressBookError(
            path: path, reason: "entry \(index + 1) needs string \"address\" and \"label\"")
        }
        try add(account, label, to: &labels, path: path)
      }
    } else {
      for (account, value) in members.sorted(by: { $0.key < $1.key }) {
        guard let label = value.stringValue else {
          throw AddressBookError(
            path: path,
            reason: "the label of \(TerminalSafeText.sanitize(account)) must be a string")
        }
        try add(account, label, to: &labels, path: path)
      }
    }
    return AddressBook(labels)
  }

  private static func add(
    _ account: String, _ label: String, to labels: inout [String: String], path: String
  ) throws(AddressBookError) {
    let shown = TerminalSafeText.sanitize(account)
    guard isAccount(account) else {
      throw AddressBookError(
        path: path, reason: "\(shown) is neither an EVM address nor a NEAR account id")
    }
    guard !label.isEmpty, label.count <= maxLabelCharacters else {
      throw AddressBookError(
        path: path, reason: "the label of \(shown) must have 1 to \(maxLabelCharacters) characters")
    }
    guard labels.updateValue(label, forKey: AddressBook.key(account)) == nil else {
      throw AddressBookError(path: path, reason: "\(shown) is listed twice")
    }
  }

  /// An EVM address (0x and 40 hex digits) or a NEAR account id (2–64 characters of lowercase
  /// letters, digits and `-_.` separators). Checked here so a typo is reported, not silently
  /// never matched.
  static func isAccount(_ text: String) -> Bool {
    if text.hasPrefix("0x") || text.hasPrefix("0X") {
      return text.utf8.count == 42 && text.dropFirst(2).allSatisfy(\.isHexDigit)
    }
    let bytes = Array(text.utf8)
    guard (2...64).contains(bytes.count) else { return false }
    var previousWasSeparator = true
    for byte in bytes {
      let isSeparator =
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
      let isAlphanumeric =
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      if isSeparator {
        if previousWasSeparator { return false }
      } else if !isAlphanumeric {
        return false
      }
      previousWasSeparator = isSeparator
    }
    return !previousWasSeparator
  }
}
