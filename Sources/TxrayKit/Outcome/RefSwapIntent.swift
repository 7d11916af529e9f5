import NEAR
import TxrayCore

/// A swap on Ref Finance, NEAR's main exchange: the input token's `ft_transfer_call` to
/// `v2.ref-finance.near` whose `msg` lists swap actions (ref-exchange's
/// `TokenReceiverMessage::Execute`, ref-finance/ref-contracts@1800d26). What it pays is the
/// amount transferred; what comes back is the least the actions ask for, to the sender or to
/// `swap_out_recipient`; wNEAR comes back as NEAR when `skip_unwrap_near` is false.
///
/// Each action swaps `token_in` for at least `min_amount_out` of `token_out`; one without
/// `amount_in` spends what the action before it produced (the first, the whole transfer), so a
/// route ends where the next action names its own `amount_in` or where the list ends. The
/// least output is the sum over the route ends of each output token. Swaps by output amount
/// (`SwapByOutput`) and hot zaps are left to the transfer's plain words.
enum RefSwapIntent {
  static let exchange = "v2.ref-finance.near"

  static func of(_ decoded: DecodedTransaction) -> Intent? {
    guard decoded.actions.count == 1, case .functionCall(let call) = decoded.actions[0],
      call.methodName == "ft_transfer_call",
      let args = FunctionCallArguments.object(call.args),
      args["receiver_id"]?.stringValue == exchange,
      let amount = args["amount"]?.stringValue.flatMap({ UInt256(decimalString: $0) }),
      let msg = args["msg"]?.stringValue, let message = try? JSONValue(parsing: msg),
      let actions = message["actions"]?.arrayItems.map({ $0.compactMap(SwapAction.init) }),
      !actions.isEmpty, actions.count == message["actions"]?.arrayItems?.count
    else { return nil }
    let unwrapsNEAR = message["skip_unwrap_near"]?.boolValue == false
    var least: [(token: String, amount: UInt256)] = []
    for (index, action) in actions.enumerated()
    where index == actions.count - 1 || actions[index + 1].amountIn != nil {
      if let at = least.firstIndex(where: { $0.token == action.tokenOut }) {
        let (sum, overflow) = least[at].amount.addingReportingOverflow(action.minAmountOut)
        guard !overflow else { return nil }
        least[at].amount = sum
      } else {
        least.append((action.tokenOut, action.minAmountOut))
      }
    }
    let recipient = message["swap_out_recipient"]?.stringValue.flatMap(AccountId.init)?.value
    return Intent(
      phrase: "Swap", source: .decodedCommands, contract: exchange, venue: "Ref Finance",
      pays: [IntentAmount(asset: token(decoded.receiverId.value), amount: amount, bound: .exact)],
      receives: least.map { part in
        IntentAmount(
          asset: unwrapsNEAR && part.token == "wrap.near" ? .near : token(part.token),
          amount: part.amount, bound: .atLeast)
      },
      recipient: recipient == decoded.signerId.value ? nil : recipient)
  }

  private static func token(_ account: String) -> Asset {
    Asset(kind: .fungible, contract: account)
  }

  /// One `SwapAction`: nil for anything else (a swap by output, a malformed action), which
  /// makes the whole message unread rather than half read.
  private struct SwapAction {
    let tokenOut: String
    let amountIn: UInt256?
    let minAmountOut: UInt256

    init?(_ value: JSONValue) {
      guard value["token_in"]?.stringValue.flatMap(AccountId.init) != nil,
        let out = value["token_out"]?.stringValue.flatMap(AccountId.init),
        let least = value["min_amount_out"]?.stringValue.flatMap({ UInt256(decimalString: $0) })
      else { return nil }
      tokenOut = out.value
      minAmountOut = least
      if let stated = value["amount_in"], stated != .null {
        guard let amount = stated.stringValue.flatMap({ UInt256(decimalString: $0) }) else {
          return nil
        }
        amountIn = amount
      } else {
        amountIn = nil
      }
    }
  }
}
