import TxrayCore

/// The risk catalogue. Each rule lives in its own file with its id, severity and the reason for
/// them; `evaluate` runs them all over one outcome.
public enum RiskRules {
  /// Every rule, in the order their findings appear among findings of equal severity.
  static let catalogue: [any RiskRule] = [
    EIP7702DelegationRule(),
    DelegateCallRule(),
    OrderForNothingRule(),
    FullAccessKeyRule(),
    AddressPoisoningRule(),
    TokenListMismatchRule(),
    LookalikeSymbolRule(),
    LookalikeAccountRule(),
    SwapOutputToOtherRule(),
    SwapWithoutMinimumRule(),
    UnlimitedAllowanceRule(),
    PermitSignatureRule(),
    AllowanceToEOARule(),
    ApprovalForAllRule(),
    TransferToTokenContractRule(),
    DeleteAccountRule(),
    DeployContractRule(),
    SimulatedRevertRule(),
    LegacyWithoutChainIdRule(),
    FeeAboveValueRule(),
    ValueKeptByContractRule(),
    FunctionCallKeyAllowanceRule(),
    DelegateActionRule(),
    LargeDepositRule(),
    TransferCallReceiverRule(),
    ContractCreationRule(),
    FirstSeenRecipientRule(),
  ]

  /// The findings for `outcome`, worst first; equal severities keep catalogue order, and one
  /// rule's findings keep the order of the effects they came from. The same input always gives
  /// the same list.
  /// `knownContracts` names the well-known contracts of the outcome's chain (Permit2, routers
  /// …): a look-alike of one is a poisoning finding like a look-alike of an address-book entry.
  public static func evaluate(
    _ outcome: Outcome, addressBook: AddressBook = AddressBook(),
    knownContracts: AddressBook = AddressBook()
  ) -> [Finding] {
    let facts = RuleFacts(outcome, book: addressBook, known: knownContracts)
    var seen: Set<FindingKey> = []
    let all = catalogue.flatMap { $0.findings(facts) }.filter {
      seen.insert(FindingKey($0)).inserted
    }
    return all.enumerated()
      .sorted { ($0.element.severity, $1.offset) > ($1.element.severity, $0.offset) }
      .map(\.element)
  }

  /// Two findings of one rule with the same evidence say the same thing once too often (a
  /// transaction that approves the same spender twice).
  private struct FindingKey: Hashable {
    let rule: String
    let evidence: [String]
    init(_ finding: Finding) {
      rule = finding.rule
      evidence = finding.evidence.flatMap { [$0.label, $0.value] }
    }
  }
}
