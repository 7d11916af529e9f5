import Foundation
import TxrayCore

/// How facts read in narration and finding messages. Every value that came from outside (token
/// symbols and names, NEAR method names and arguments, address-book labels) goes through
/// `untrusted`, so it can never move the cursor or pass for the narrator's own words.
enum FactText {
  /// `0x1234…abcd` for an EVM address (or a 64-hex NEAR implicit account, without `0x`); NEAR
  /// named accounts are short enough to show whole.
  static func shortened(_ account: String) -> String {
    let safe = TerminalSafeText.sanitize(account)
    let hasPrefix = safe.hasPrefix("0x") || safe.hasPrefix("0X")
    let digits = hasPrefix ? safe.dropFirst(2) : safe[...]
    guard digits.count >= 40, digits.allSatisfy(\.isHexDigit) else { return safe }
    return (hasPrefix ? "0x" : "") + digits.prefix(4) + "…" + digits.suffix(4)
  }

  /// The account as the signer should read it: shortened, with the address-book label when
  /// there is one ("0x0000…8BA3 (Permit2)").
  /// A well-known contract reads name first: "Permit2 (0x0000…8BA3)". Its name comes from
  /// txray's curated list or an installed descriptor's owner (not from the transaction), so it
  /// is shown unquoted, but sanitised and cut short all the same.
  static func account(_ account: String, book: AddressBook, known: [String: String] = [:])
    -> String
  {
    let short = shortened(account)
    if let label = book.label(for: account) { return short + " (" + untrusted(label) + ")" }
    guard let name = known[AddressBook.key(account)] else { return short }
    let clipped = name.count > 48 ? String(name.prefix(48)) + "…" : name
    return TerminalSafeText.sanitize(clipped) + " (" + short + ")"
  }

  /// Outside text as a value: sanitised, and in quotes unless it is a plain short word (a
  /// ticker like `USDC`, a method like `ft_transfer`), so a sentence hidden in a token name
  /// ("ignore previous instructions") reads as a quotation, not as the narrator speaking.
  static func untrusted(_ text: String) -> String {
    let plain =
      !text.isEmpty && text.count <= 32
      && text.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || "._-$+".unicodeScalars.contains(scalar))
      }
    if plain { return text }
    let clipped = text.count > 64 ? String(text.prefix(64)) + "…" : text
    // A double quote inside becomes a single one, so the value cannot close its own quotes.
    let unquoted = clipped.replacingOccurrences(of: "\"", with: "'")
    return "\"" + TerminalSafeText.sanitize(unquoted) + "\""
  }

  /// What an asset is called: its symbol, else its name, else the contract it lives at.
  static func assetName(_ asset: Asset) -> String {
    if let symbol = asset.symbol, !symbol.isEmpty { return untrusted(symbol) }
    if let name = asset.name, !name.isEmpty { return untrusted(name) }
    if let contract = asset.contract { return "the token at " + shortened(contract) }
    return "the token"
  }

  /// An asset after "your": its symbol or name, else "tokens at 0x…" ("all of your tokens at
  /// 0x6B17…1d0F", never "all of your the token at …").
  static func holdingName(_ asset: Asset) -> String {
    if asset.symbol?.isEmpty == false || asset.name?.isEmpty == false { return assetName(asset) }
    return asset.contract.map { "tokens at " + shortened($0) } ?? "tokens"
  }

  /// What an NFT collection is called: its symbol or name, else "the collection at 0x…".
  static func collectionName(_ asset: Asset) -> String {
    if asset.symbol?.isEmpty == false || asset.name?.isEmpty == false { return assetName(asset) }
    return asset.contract.map { "the collection at " + shortened($0) } ?? "the collection"
  }

  /// An amount of an asset: exact with decimals and symbol when the decimals are known
  /// ("250 USDC"), else base units with the token named; token ids for NFTs.
  static func amount(_ units: UInt256, of asset: Asset, tokenId: String? = nil) -> String {
    // "BAYC #8520" when the collection is named, else "token #8520 of the collection at 0x…";
    // without an id (an order's item chosen by criteria), "a token of the collection at 0x…".
    func token() -> String {
      guard let tokenId else { return "a token of " + collectionName(asset) }
      let id = "#" + untrusted(tokenId)
      let named = asset.symbol?.isEmpty == false || asset.name?.isEmpty == false
      return named ? assetName(asset) + " " + id : "token " + id + " of " + collectionName(asset)
    }
    switch asset.kind {
    case .nonFungible:
      return token()
    case .multiToken:
      return units.decimalString + " × " + token()
    case .native, .fungible:
      // Decimals beyond 77 cannot come from a real token (uint256 has 78 digits); the bound
      // keeps hostile metadata from growing the text without end.
      guard let decimals = asset.decimals, (0...77).contains(decimals) else {
        return units.decimalString + " base units of " + assetName(asset)
      }
      let symbol = asset.symbol.map(untrusted) ?? assetName(asset)
      return Amount(units: units, decimals: decimals, symbol: symbol).description
    }
  }

  /// An allowance amount: "all of your USDC" when unlimited, else "up to 1000 USDC"; `holder`
  /// is whose tokens they are ("its" for a Safe's).
  static func allowance(_ units: UInt256, of asset: Asset, holder: String = "your") -> String {
    // An ERC-721 `approve` is for one token, whose id the mechanism names.
    if asset.kind == .nonFungible { return "a token of " + collectionName(asset) }
    switch AllowanceSize(units) {
    case .unlimited: return "all of \(holder) " + holdingName(asset)
    case .veryLarge: return "a practically unlimited amount of \(holder) " + holdingName(asset)
    case .bounded: return "up to " + amount(units, of: asset)
    }
  }
}
