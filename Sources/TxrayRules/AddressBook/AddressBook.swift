import TxrayCore

/// The signer's own labels for EVM addresses and NEAR accounts. It feeds the labels the
/// narration shows and the rules that compare counterparties with people the signer knows
/// (address poisoning, first-seen recipient).
public struct AddressBook: Sendable, Equatable {
  /// Label by normalised account (see `key`). Labels are the user's text, kept as written;
  /// whoever prints one sanitises it (`label(for:)` already does).
  public private(set) var entries: [String: String]

  public init(_ labels: [String: String] = [:]) {
    entries = [:]
    for (account, label) in labels { entries[Self.key(account)] = label }
  }

  public var isEmpty: Bool { entries.isEmpty }

  /// Whether `account` has an entry.
  public func contains(_ account: String) -> Bool { entries[Self.key(account)] != nil }

  /// The label for `account`, safe to print; nil when the book has none.
  public func label(for account: String) -> String? {
    entries[Self.key(account)].map { TerminalSafeText.sanitize($0) }
  }

  /// The normalised accounts, sorted, so anything that walks the book is deterministic.
  public var accounts: [String] { entries.keys.sorted() }

  /// EVM addresses compare without case (EIP-55 case is only a checksum); NEAR account ids are
  /// lowercase by rule, so lowercasing every key is safe for both chains.
  public static func key(_ account: String) -> String { account.lowercased() }
}
