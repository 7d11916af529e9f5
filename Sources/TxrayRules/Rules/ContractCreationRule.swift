import TxrayCore

/// `evm.contract-creation`, info: the transaction deploys a new contract. Nothing is wrong with
/// that, but the signer should know the data is code, not a call.
struct ContractCreationRule: RiskRule {
  static let id = "evm.contract-creation"

  func findings(_ facts: RuleFacts) -> [Finding] {
    guard facts.chain == .evm, facts.outcome.isContractCreation else { return [] }
    var evidence: [Finding.Evidence] = []
    for effect in facts.effects {
      if case .codeDeployed(let account, let codeHash, let size) = effect {
        evidence.append(.init("contract", account))
        evidence.append(.init("code hash", TerminalSafeText.sanitize(codeHash)))
        if let size { evidence.append(.init("size", "\(size) bytes")) }
      }
    }
    return [
      Finding(
        rule: Self.id, severity: .info,
        message: "This transaction deploys a new contract; its data is code, not a call.",
        evidence: evidence)
    ]
  }
}
