import NEAR
import TxrayCore

/// What a staking-pool or wNEAR call is for, with the amount it states, so that the headline says
/// "You deposit and stake NEAR through figment.poolv1.near: Amount 10 NEAR" instead of "You call
/// deposit_and_stake". Recognised by method name and argument shape alone (as
/// `FunctionCallStandards`), so the contract is always named: nothing proves it is a pool.
/// Only a transaction whose one action is such a call gets an intent; with more actions the
/// others would go untold.
enum NEARCallIntent {
  static func of(_ decoded: DecodedTransaction) -> Intent? {
    guard decoded.actions.count == 1, case .functionCall(let call) = decoded.actions[0] else {
      return nil
    }
    let args = FunctionCallArguments.object(call.args) ?? .object([])
    let stated = args["amount"]?.stringValue.flatMap { UInt256(decimalString: $0) }
    let near = Asset.near
    let wrapped = Asset(
      kind: .fungible, contract: decoded.receiverId.value, symbol: "wNEAR", decimals: 24)
    let (phrase, amount): (String, (UInt256, Asset)?)
    switch call.methodName {
    case "deposit_and_stake": (phrase, amount) = ("Deposit and stake NEAR", (call.deposit, near))
    case "deposit": (phrase, amount) = ("Deposit NEAR", (call.deposit, near))
    case "stake", "unstake", "withdraw":
      guard let stated else { return nil }
      let verb = ["stake": "Stake", "unstake": "Unstake", "withdraw": "Withdraw"][call.methodName]
      (phrase, amount) = ("\(verb ?? call.methodName) NEAR", (stated, near))
    case "unstake_all": (phrase, amount) = ("Unstake all your NEAR", nil)
    case "withdraw_all": (phrase, amount) = ("Withdraw all your unstaked NEAR", nil)
    case "near_deposit": (phrase, amount) = ("Wrap NEAR into wNEAR", (call.deposit, near))
    case "near_withdraw":
      guard let stated else { return nil }
      (phrase, amount) = ("Unwrap wNEAR into NEAR", (stated, wrapped))
    default: return nil
    }
    return Intent(
      phrase: phrase, source: .registry, contract: decoded.receiverId.value,
      fields: amount.map { units, asset in
        [
          IntentField(
            label: "Amount",
            value: Amount(units: units, decimals: 24, symbol: asset.symbol ?? "NEAR").description,
            format: asset.kind == .native ? "amount" : "tokenAmount")
        ]
      } ?? [])
  }
}
