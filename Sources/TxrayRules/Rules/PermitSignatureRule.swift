import TxrayCore

/// `evm.permit-signature`: an off-chain signature (EIP-2612 permit, DAI permit, Permit2) that
/// grants an allowance. It costs no gas and shows no transaction, which is why drainers ask
/// for it; whoever holds the signature can submit it.
///
/// Severity: high when the amount is unlimited or very large, or when the grant never expires
/// (no expiry, or one past year 9999); warning otherwise, because even a bounded permit hands
/// over tokens without a transaction the signer sees again. The issue lists only the high case;
/// the bounded case is reported so every permit is named.
struct PermitSignatureRule: RiskRule {
  static let id = "evm.permit-signature"

  func findings(_ facts: RuleFacts) -> [Finding] {
    guard facts.chain == .evm, facts.outcome.kind == .signatureRequest, !facts.isSafeTransaction
    else { return [] }
    return facts.effects.compactMap { effect in
      guard
        case .allowance(let asset, let owner, let spender, let amount, let expiry, let how) =
          effect
      else { return nil }
      let unlimited = AllowanceSize(amount).isEffectivelyUnlimited
      let neverExpires = expiry.map { $0 > UTCTime.lastSecondOfYear9999 } ?? true
      let until = neverExpires ? ", forever" : " until " + UTCTime.text(expiry)
      return Finding(
        rule: Self.id, severity: unlimited || neverExpires ? .high : .warning,
        message: "Signing this \(Self.name(how)) lets \(facts.display(spender)) "
          + "spend \(FactText.allowance(amount, of: asset))\(until), without another "
          + "transaction from you.",
        evidence: [
          .init("mechanism", TerminalSafeText.sanitize(how)),
          .init("token", AllowanceEvidence.token(asset)),
          .init("owner", owner.isEmpty ? "whoever signs" : owner),
          .init("spender", spender), .init("amount", AllowanceEvidence.amount(amount, of: asset)),
          .init("expiry", UTCTime.text(expiry)),
        ])
    }
  }

  /// What the signer is asked to sign, in words: "permit", "Permit2 permit" …
  static func name(_ mechanism: String) -> String {
    switch mechanism {
    case "permit": return "permit"
    case "permit2": return "Permit2 permit"
    case "permit2-transfer": return "Permit2 transfer permit"
    default: return FactText.untrusted(mechanism) + " permit"
    }
  }
}
