import NEAR
import TxrayCore

/// The outcome a NEAR transaction or delegate action declares, from its actions alone (the
/// effects are `DeclaredEffects`'). What a contract then does is the simulation's to say.
public enum NEAROutcome {
  /// The transfers, keys, deletions, deployments, stakes and calls `decoded` states, and what a
  /// staking, wNEAR or Ref Finance swap call is for.
  public static func declared(_ decoded: DecodedTransaction) -> Outcome {
    let isDelegate = decoded.format == .signedDelegate || decoded.format == .delegate
    let method = decoded.actions.lazy.compactMap { action -> String? in
      if case .functionCall(let call) = action { return call.methodName }
      return nil
    }.first
    var outcome = Outcome(
      chain: .near, kind: isDelegate ? .delegateAction : .transaction,
      signer: decoded.signerId.value, recipient: decoded.receiverId.value,
      value: TransactionJSON.totalDeposit(decoded.actions),
      feeCeiling: GasFeeBound.maximumPrepaidGasCost(decoded.actions), method: method,
      declared: DeclaredEffects.of(decoded))
    outcome.intent = NEARCallIntent.of(decoded) ?? RefSwapIntent.of(decoded)
    return outcome
  }
}
