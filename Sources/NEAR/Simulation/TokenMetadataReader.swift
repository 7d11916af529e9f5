import Foundation
import TxrayCore

/// Reads `ft_metadata` / `nft_metadata` of the tokens effects name, as view calls on the state
/// after the transaction. A token whose view call fails simply has no metadata.
struct TokenMetadataReader {
  let world: WorldState
  let runner: ContractRunner
  let block: NEARBlock
  /// What a view call may burn (nearcore's `max_gas_burnt_view` is larger; metadata is cheap).
  static let viewGas: UInt64 = 300_000_000_000_000

  func metadata(for effects: [NEARSimulatedEffect]) -> [AccountId: NEARTokenMetadata] {
    var tokens: [AccountId: NEARTokenStandard] = [:]
    for effect in effects {
      switch effect {
      case .tokenTransfer(let standard, let token, _, _, _, _, _),
        .tokenMint(let standard, let token, _, _, _), .tokenBurn(let standard, let token, _, _, _):
        tokens[token] = standard
      default: break
      }
    }
    var found: [AccountId: NEARTokenMetadata] = [:]
    for (token, standard) in tokens {
      let method = standard == .nep141 ? "ft_metadata" : "nft_metadata"
      if let metadata = view(token, method) { found[token] = metadata }
    }
    return found
  }

  private func view(_ token: AccountId, _ method: String) -> NEARTokenMetadata? {
    guard let account = (try? world.account(token)) ?? nil,
      let code = (try? world.code(token)) ?? nil
    else { return nil }
    let context = CallContext(
      currentAccount: token, signer: token,
      signerPublicKey: PublicKey(type: .ed25519, data: Array(repeating: 0, count: 32)),
      predecessor: token, input: [], block: block, accountBalance: account.amount,
      lockedBalance: account.locked, attachedDeposit: .zero, prepaidGas: Self.viewGas,
      storageUsage: account.storageUsage, randomSeed: Array(repeating: 0, count: 32),
      isView: true)
    let world = self.world
    let outcome = runner.run(code: code, method: method, context: context) {
      key throws(NEARStateError) in try world.storage(token, key: key)
    }
    guard case .value(let bytes) = outcome.result,
      let object = try? JSONValue(parsing: bytes), case .object = object
    else { return nil }
    return NEARTokenMetadata(
      symbol: object["symbol"]?.stringValue, name: object["name"]?.stringValue,
      decimals: object["decimals"]?.intValue)
  }
}
