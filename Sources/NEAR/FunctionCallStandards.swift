import TxrayCore

/// A function call recognised as part of a token, NFT, storage, wrapping or staking standard,
/// said in words. Recognition is by method name and argument shape only: nothing proves the
/// receiver implements the standard honestly, which is why the contract is always named.
public struct CallInterpretation: Sendable, Equatable {
  /// "NEP-141", "NEP-171", "NEP-178", "NEP-145", "wNEAR" or "staking pool".
  public var standard: String
  public var summary: String

  public init(standard: String, summary: String) {
    self.standard = standard
    self.summary = summary
  }
}

public enum FunctionCallStandards {
  public static func interpret(_ call: FunctionCall, receiverId: AccountId) -> CallInterpretation? {
    let args = FunctionCallArguments.object(call.args) ?? .object([])
    func text(_ key: String) -> String? { args[key]?.stringValue }
    let contract = receiverId.value
    let attached = Amount(units: call.deposit, decimals: 24, symbol: "NEAR")
    switch call.methodName {
    case "ft_transfer":
      guard let to = text("receiver_id"), let amount = text("amount") else { return nil }
      return .init(
        standard: "NEP-141",
        summary: "sends \(amount) base units of the token \(contract) to \(to)"
          + (text("memo").map { " (memo: \($0))" } ?? ""))
    case "ft_transfer_call":
      guard let to = text("receiver_id"), let amount = text("amount") else { return nil }
      return .init(
        standard: "NEP-141",
        summary: "sends \(amount) base units of the token \(contract) to \(to) and calls "
          + "\(to).ft_on_transfer with msg \(quoted(text("msg") ?? "")); \(to) decides how much "
          + "to keep")
    case "storage_deposit":
      let account = text("account_id") ?? "the signer"
      let only = args["registration_only"]?.boolValue == true ? " (registration only)" : ""
      return .init(
        standard: "NEP-145",
        summary: "pays \(attached) for storage on \(contract) for \(account)\(only)")
    case "storage_withdraw":
      return .init(
        standard: "NEP-145",
        summary: "withdraws " + (text("amount").map { "\($0) yoctoNEAR" } ?? "all available")
          + " of unused storage deposit from \(contract)")
    case "storage_unregister":
      let force = args["force"]?.boolValue == true
      return .init(
        standard: "NEP-145",
        summary: "unregisters from \(contract)"
          + (force ? " by force: any remaining token balance is burned" : ""))
    case "nft_transfer", "nft_transfer_call":
      guard let to = text("receiver_id"), let token = text("token_id") else { return nil }
      let calls =
        call.methodName == "nft_transfer_call"
        ? " and calls \(to).nft_on_transfer, which may send it back" : ""
      return .init(
        standard: "NEP-171", summary: "sends NFT \(quoted(token)) of \(contract) to \(to)\(calls)")
    case "nft_approve":
      guard let token = text("token_id"), let account = text("account_id") else { return nil }
      return .init(
        standard: "NEP-178",
        summary: "lets \(account) transfer NFT \(quoted(token)) of \(contract) on your behalf")
    case "nft_revoke":
      guard let token = text("token_id"), let account = text("account_id") else { return nil }
      return .init(
        standard: "NEP-178",
        summary: "takes back \(account)'s approval for NFT \(quoted(token)) of \(contract)")
    case "nft_revoke_all":
      guard let token = text("token_id") else { return nil }
      return .init(
        standard: "NEP-178",
        summary: "takes back every approval for NFT \(quoted(token)) of \(contract)")
    case "near_deposit":
      return .init(standard: "wNEAR", summary: "wraps \(attached) into wNEAR at \(contract)")
    case "near_withdraw":
      guard let amount = text("amount"), let units = UInt256(decimalString: amount) else {
        return nil
      }
      return .init(
        standard: "wNEAR",
        summary: "unwraps \(Amount(units: units, decimals: 24, symbol: "wNEAR")) at \(contract) "
          + "back into NEAR")
    case "deposit_and_stake":
      return .init(
        standard: "staking pool", summary: "deposits and stakes \(attached) with \(contract)")
    case "deposit":
      return .init(standard: "staking pool", summary: "deposits \(attached) into \(contract)")
    case "stake", "unstake", "withdraw":
      guard let amount = text("amount"), let units = UInt256(decimalString: amount) else {
        return nil
      }
      let near = Amount(units: units, decimals: 24, symbol: "NEAR")
      let verb = ["stake": "stakes", "unstake": "unstakes", "withdraw": "withdraws"][
        call.methodName]
      return .init(
        standard: "staking pool", summary: "\(verb ?? call.methodName) \(near) at \(contract)")
    case "unstake_all":
      return .init(standard: "staking pool", summary: "unstakes everything staked at \(contract)")
    case "withdraw_all":
      return .init(
        standard: "staking pool", summary: "withdraws all unstaked NEAR from \(contract)")
    default:
      return nil
    }
  }

  private static func quoted(_ text: String) -> String { "\"\(text)\"" }
}
