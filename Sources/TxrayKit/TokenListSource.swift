import EVM
import Foundation
import NEAR
import TxrayCore

/// The tokens txray names: the bundled EVM and NEAR lists, with the user's own list on top from
/// `$XDG_CONFIG_HOME/txray/tokens.json` (by default `~/.config/txray/tokens.json`).
///
/// The file has the shape of a public token list (tokenlists.org): `{"tokens": [{"chainId": 1,
/// "address": "0x…", "symbol": "XYZ", "decimals": 18}]}`; NEAR tokens take `"chainId": "near"`
/// and the token's account id as `address`. A file or entry that cannot be used is skipped with a
/// warning, never fatal: the bundled lists still name what they know.
enum TokenListSource {
  /// Files larger than this are not read: a personal list is a few KiB, a full public list a
  /// few MiB.
  static let maxFileBytes = 16 << 20

  static func load(environment: [String: String]) -> (TokenList, warnings: [String]) {
    var list = BundledEVMTokens.list
    list.merge(BundledNEARTokens.list)
    let path = defaultPath(environment: environment)
    guard FileManager.default.fileExists(atPath: path) else { return (list, []) }
    let (user, warnings) = read(path)
    list.merge(user)
    return (list, warnings)
  }

  static func defaultPath(environment: [String: String]) -> String {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/txray/tokens.json"
    }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/txray/tokens.json"
  }

  /// The entries of the file at `path`, and a warning for each that could not be used.
  static func read(_ path: String) -> (TokenList, warnings: [String]) {
    let name = TerminalSafeText.sanitize(path)
    guard let handle = FileHandle(forReadingAtPath: path),
      let data = try? handle.read(upToCount: maxFileBytes + 1)
    else { return (TokenList(), ["skipped token list \(name): cannot be read"]) }
    try? handle.close()
    guard data.count <= maxFileBytes else {
      return (TokenList(), ["skipped token list \(name): larger than \(maxFileBytes >> 20) MiB"])
    }
    guard let object = try? JSONValue(parsing: Array(data)),
      let tokens = object["tokens"]?.arrayItems
    else { return (TokenList(), ["skipped token list \(name): not a JSON object with \"tokens\""]) }
    var list = TokenList()
    var warnings: [String] = []
    for (index, item) in tokens.enumerated() {
      guard let (network, contract) = place(item),
        let symbol = item["symbol"]?.stringValue, TokenList.isUsableSymbol(symbol),
        let decimals = item["decimals"]?.intValue, (0...77).contains(decimals)
      else {
        warnings.append(
          "skipped token list \(name) entry \(index): needs chainId, address, symbol and decimals (0-77)"
        )
        continue
      }
      list.add(
        network, contract, .init(symbol: symbol, decimals: decimals, source: "your token list"))
    }
    return (list, warnings)
  }

  /// The network and contract an entry names: an EVM chain id and address, or NEAR.
  private static func place(_ token: JSONValue) -> (TokenList.Network, String)? {
    guard let address = token["address"]?.stringValue else { return nil }
    if token["chainId"]?.stringValue == "near" {
      return AccountId(address).map { (TokenList.near, $0.value) }
    }
    guard let chain = token["chainId"]?.numberText.flatMap({ UInt64($0) }),
      Address(hex: address) != nil
    else { return nil }
    return (TokenList.evm(chain), address)
  }
}
