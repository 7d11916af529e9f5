import TxrayCore

/// `evm.fee-above-value`, warning: the most the transaction can cost in fees is more than the
/// native value it sends. Usually a mistyped gas price or limit; the fee is paid either way.
/// Judged only when native value moves: token amounts cannot be compared with ETH without
/// prices. Not on NEAR, where a 1-yoctoNEAR deposit beside the prepaid gas is the norm.
struct FeeAboveValueRule: RiskRule {
  static let id = "evm.fee-above-value"

  func findings(_ facts: RuleFacts) -> [Finding] {
    let outcome = facts.outcome
    guard outcome.chain == .evm, !outcome.value.isZero, let fee = outcome.feeCeiling,
      fee > outcome.value
    else { return [] }
    let native = NativeAsset.of(outcome)
    return [
      Finding(
        rule: Self.id, severity: .warning,
        message: "Fees of up to \(FactText.amount(fee, of: native)) can exceed the "
          + "\(FactText.amount(outcome.value, of: native)) sent.",
        evidence: [
          .init("fee ceiling", FactText.amount(fee, of: native)),
          .init("value", FactText.amount(outcome.value, of: native)),
        ])
    ]
  }
}
