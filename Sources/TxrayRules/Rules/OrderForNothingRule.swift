import TxrayCore

/// `evm.order-for-nothing`, critical: a signed marketplace order (Seaport) whose offerer gets
/// nothing back. Whoever holds the signature can fill it and take what it offers. Drainer pages
/// ask for exactly this signature ("list for 0"), since it costs no gas and shows no
/// transaction; a real listing or bid always pays its offerer something. An item of amount 0 is
/// nothing too, and so is one whose amount falls to 0 by the order's end (a Dutch auction the
/// filler waits out): a drainer adds such an item to pass a check for an empty list.
struct OrderForNothingRule: RiskRule {
  static let id = "evm.order-for-nothing"

  func findings(_ facts: RuleFacts) -> [Finding] {
    guard facts.chain == .evm, facts.outcome.kind == .signatureRequest,
      let intent = facts.outcome.intent, intent.source == .signedOrder,
      !intent.pays.isEmpty, intent.guaranteesNothingBack
    else { return [] }
    let offered = intent.pays.map(IntentStory.amountText).joined(separator: " and ")
    let until = intent.fields.first { $0.format == "date" }.map { " until " + $0.value } ?? ""
    return [
      Finding(
        rule: Self.id, severity: .critical,
        message: "Signing this order lets whoever holds the signature take \(offered)\(until), "
          + (intent.receivesNothing
            ? "and you receive nothing for it." : "and what you receive can be nothing."),
        evidence: [.init("offer", offered)]
          + (intent.fees.isEmpty
            ? []
            : [
              .init(
                "paid to others",
                intent.fees.map { fee in
                  IntentStory.amountText(fee) + " to " + (fee.party ?? "someone else")
                }.joined(separator: "; "))
            ]))
    ]
  }
}

extension Intent {
  /// Nothing is sure to come back: no part at all, or every part's least amount is 0.
  var guaranteesNothingBack: Bool { receives.allSatisfy { $0.amount?.isZero ?? false } }

  /// Nothing comes back at all: no part, or only parts of exactly 0 (not a Dutch auction that
  /// only ends at 0).
  var receivesNothing: Bool {
    guaranteesNothingBack && receives.allSatisfy { $0.bound == .exact }
  }
}
