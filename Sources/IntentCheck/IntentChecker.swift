import TxrayCore
import TxrayRules

/// Checks an outcome against what the signer said. Deterministic: effects and amounts come
/// from the decoder and the simulator, and every difference is a sentence code writes.
public enum IntentChecker {
  /// Checks against the simulated effects when the simulation ran (a revert is a difference
  /// for every clause that expects something to happen), else against the declared effects and
  /// says that this is weaker.
  public static func check(
    _ expectation: Expectation, outcome: Outcome, assets: AssetKnowledge, words: String? = nil
  ) -> IntentCheckResult {
    var notes: [String] = []
    let basis: IntentCheckResult.Basis
    switch outcome.simulation?.status {
    case .succeeded, .reverted:
      basis = .simulation
    case .notSimulated(let reason):
      basis = .declared
      notes.append(
        "Checked against what the transaction declares, since it was not simulated (\(reason)): "
          + "a contract may do more than its call says.")
    case nil where outcome.kind == .signatureRequest:
      // A signature is never simulated: no state would make the check stronger.
      basis = .declared
      notes.append(
        "Checked against what the message states: a signature is not simulated, and what it "
          + "allows happens only when someone submits it.")
    case nil:
      basis = .declared
      notes.append(
        "Checked against what the transaction declares, with no chain state: a contract may do "
          + "more than its call says. Give --state or --rpc to check what it does.")
    }
    var check = ClauseCheck(outcome: outcome, assets: assets, basis: basis)
    if case .reverted(let reason) = outcome.simulation?.status {
      let positive = expectation.clauses.contains { clause in
        switch clause {
        case .send, .receive, .approve, .addKey, .delegate: return true
        default: return false
        }
      }
      if positive {
        check.differences.append(
          "It reverts when simulated\(reason.map { " (\($0))" } ?? ""), so none of what you "
            + "expect happens, and the fee is still paid.")
      }
    } else {
      for clause in expectation.clauses { check.check(clause, in: expectation) }
      check.checkTakeovers(expectation)
      if expectation.forbidsEverythingElse { check.checkNothingElse(expectation) }
    }
    return IntentCheckResult(
      expectation: expectation, differences: check.differences, basis: basis,
      notes: notes + check.notes, words: words)
  }
}

/// The differences of one check, clause by clause.
private struct ClauseCheck {
  let outcome: Outcome
  let assets: AssetKnowledge
  let view: SignerView
  var differences: [String] = []
  var notes: [String] = []

  init(outcome: Outcome, assets: AssetKnowledge, basis: IntentCheckResult.Basis) {
    self.outcome = outcome
    self.assets = assets
    self.view = SignerView(outcome, basis: basis)
  }

  mutating func check(_ clause: ExpectationClause, in expectation: Expectation) {
    switch clause {
    case .send(let amount, let to):
      checkSend(amount, to: to)
    case .receive(let amount, let from):
      checkReceive(amount, from: from)
    case .onlyTo(let account):
      for flow in view.outflows where !same(flow.counterparty, account) {
        differences.append(
          "It sends \(describe(flow)) to \(flow.counterparty), not to \(account).")
      }
    case .approve(let amount, let spender):
      checkApproval(amount, spender: spender)
    case .noApprovals:
      for approval in view.approvals { differences.append(describe(approval) + ".") }
    case .addKey(let receiver):
      checkKeys(allowedReceiver: receiver)
    case .noNewKeys:
      checkKeys(allowedReceiver: nil)
    case .delegate(let delegate):
      if view.delegations.isEmpty {
        differences.append("It sets no delegation, but you expected one to \(delegate).")
      }
      for entry in view.delegations where !same(entry.delegate ?? "", delegate) {
        differences.append(describeDelegation(entry) + ", not to \(delegate).")
      }
    case .fee(let amount):
      checkFee(amount)
    case .via(let contract):
      let called = outcome.recipient ?? "a new contract"
      if !same(called, contract) {
        differences.append("It calls \(called), not \(contract).")
      }
    case .network(let network):
      checkNetwork(network)
    case .nothingElse:
      break
    }
  }

  // MARK: Amounts

  private mutating func checkSend(_ expected: ExpectedAmount, to: String?) {
    let asset = assets.resolve(expected.asset)
    noteUnlisted(asset)
    let matching = view.outflows.filter { asset.matches($0.asset) }
    let counted = to.map { recipient in matching.filter { same($0.counterparty, recipient) } }
    for flow in view.outflows where asset.isPosing(flow.asset) {
      differences.append(
        "It sends \(describe(flow)) of the token \(flow.asset.contract ?? "?"), which only calls "
          + "itself \(asset.label): it is not the listed one.")
    }
    for flow in matching where to.map({ !same(flow.counterparty, $0) }) ?? false {
      differences.append(
        "It sends \(describe(flow)) to \(flow.counterparty), not to \(to ?? "").")
    }
    compare(
      counted ?? matching, expected: expected, asset: asset, verb: "sends",
      direction: to.map { " to \($0)" } ?? "")
  }

  private mutating func checkReceive(_ expected: ExpectedAmount, from: String?) {
    let asset = assets.resolve(expected.asset)
    noteUnlisted(asset)
    var matching = view.inflows.filter { asset.matches($0.asset) }
    if let from { matching = matching.filter { same($0.counterparty, from) } }
    if matching.isEmpty {
      if let recipient = view.outputRecipient {
        differences.append(
          "Its output goes to \(recipient), not to you: you receive no \(asset.label).")
        return
      }
      for other in view.elsewhere where asset.matches(other.asset) {
        differences.append(
          "\(describe(other).capitalizedFirst) goes to \(other.counterparty) instead of you.")
      }
      for poser in view.inflows where asset.isPosing(poser.asset) {
        differences.append(
          "It gives you \(describe(poser)) from the token \(poser.asset.contract ?? "?"), which "
            + "is not the listed \(asset.label).")
      }
    }
    compare(
      matching, expected: expected, asset: asset, verb: "gives you",
      direction: from.map { " from \($0)" } ?? "")
  }

  /// Compares the total of `flows` with `expected` and says how it differs.
  private mutating func compare(
    _ flows: [SignerView.Flow], expected: ExpectedAmount, asset: ResolvedAsset, verb: String,
    direction: String
  ) {
    guard let quantity = expected.quantity else { return }
    let wanted = "\(expected.bound.words) \(quantity) \(asset.label)"
    if flows.contains(where: { $0.amount == nil }) {
      differences.append(
        "It \(verb) an amount of \(asset.label)\(direction) that cannot be known before it "
          + "runs, but you said \(wanted).")
      return
    }
    if flows.isEmpty {
      if expected.bound != .atMost, !quantity.isZero {
        differences.append("It \(verb) no \(asset.label)\(direction), but you said \(wanted).")
      }
      return
    }
    // Token ids are counted, not divided: an NFT or ERC-1155 amount has no decimals.
    let counted = flows.allSatisfy { $0.asset.kind == .nonFungible || $0.asset.kind == .multiToken }
    guard
      let decimals = asset.decimals ?? flows.lazy.compactMap(\.asset.decimals).first
        ?? (counted ? 0 : nil)
    else {
      differences.append(
        "txray does not know how many decimals \(asset.label) has, so \(wanted) cannot be "
          + "compared.")
      return
    }
    guard let limit = quantity.baseUnits(decimals: decimals) else {
      differences.append("\(quantity) has more decimal places than \(asset.label)'s \(decimals).")
      return
    }
    var total = UInt256.zero
    for flow in flows { total = total.addingReportingOverflow(flow.amount ?? .zero).partialValue }
    // A declared swap's input is a most and its output a least: what it may come to.
    let mayBeMore = flows.contains { $0.bound == .atMost }
    let mayBeLess = flows.contains { $0.bound == .atLeast }
    let shown = Amount(units: total, decimals: decimals, symbol: asset.symbol ?? "").description
    let stated = mayBeMore ? "up to \(shown)" : mayBeLess ? "at least \(shown)" : shown
    let fits: Bool
    switch expected.bound {
    case .atMost: fits = total <= limit
    case .atLeast: fits = total >= limit
    case .exactly: fits = total == limit && !mayBeLess
    }
    if !fits {
      differences.append("It \(verb) \(stated)\(direction), but you said \(wanted).")
    }
  }

  // MARK: Approvals, keys, delegations

  private mutating func checkApproval(_ expected: ExpectedAmount, spender: String) {
    let asset = assets.resolve(expected.asset)
    noteUnlisted(asset)
    let forAsset = view.approvals.filter { asset.matches($0.asset) }
    let toSpender = forAsset.filter { same($0.spender, spender) }
    if toSpender.isEmpty {
      differences.append("It approves no \(asset.label) for \(spender), but you expected it to.")
    }
    for approval in forAsset where !same(approval.spender, spender) {
      differences.append(describe(approval) + ", not \(spender).")
    }
    guard let quantity = expected.quantity else { return }
    for approval in toSpender {
      let decimals = asset.decimals ?? approval.asset.decimals
      guard let amount = approval.amount, let decimals,
        let limit = quantity.baseUnits(decimals: decimals), amount <= limit
      else {
        differences.append(
          describe(approval) + ", but you said at most \(quantity) \(asset.label).")
        continue
      }
    }
  }

  private mutating func checkKeys(allowedReceiver: String?) {
    for key in view.keys {
      switch key.access {
      case .functionCall(let receiver, _, _)
      where allowedReceiver.map { same(receiver, $0) } ?? false:
        continue
      default:
        differences.append(
          describeKey(key)
            + (allowedReceiver.map { ", but you allowed only a key for \($0)." } ?? "."))
      }
    }
  }

  private mutating func checkFee(_ expected: ExpectedAmount) {
    let asset = assets.resolve(expected.asset)
    guard asset.identity == .native else {
      differences.append(
        "Fees are paid in \(assets.native.symbol ?? "the native coin"), not \(asset.label).")
      return
    }
    guard let ceiling = outcome.feeCeiling else {
      differences.append(
        "Its fee is left to the wallet, so fee \(ExpectationText.render(expected)) cannot be "
          + "checked.")
      return
    }
    let decimals = assets.native.decimals ?? 18
    guard let quantity = expected.quantity, let limit = quantity.baseUnits(decimals: decimals)
    else { return }
    if ceiling > limit {
      let shown = Amount(units: ceiling, decimals: decimals, symbol: asset.label)
      differences.append(
        "Its fee can reach \(shown), but you said \(expected.bound.words) \(quantity) \(asset.label)."
      )
    }
  }

  private mutating func checkNetwork(_ network: ExpectedNetwork) {
    switch network {
    case .near where outcome.chain != .near:
      differences.append("It is an EVM transaction, not a NEAR one.")
    case .evm where outcome.chain != .evm:
      differences.append("It is a NEAR transaction, not one for \(network).")
    case .evm(let chainId):
      guard let actual = outcome.chainId else {
        // A request that leaves the chain id to the wallet is not replayable: the wallet binds it.
        differences.append(
          outcome.leftToWallet.contains("chainId")
            ? "It leaves the chain to the wallet, so txray cannot tell it is for chain \(chainId)."
            : "It names no chain, so it is valid on every chain, not only on chain \(chainId).")
        return
      }
      if actual != chainId {
        differences.append("It is for chain \(actual), not chain \(chainId).")
      }
    case .near:
      break
    }
  }

  // MARK: Code run as an account

  /// What hands an account over voids every bound an expectation sets, so it is a difference
  /// whatever was expected, unless a clause speaks of it: code run by DELEGATECALL (how the
  /// Bybit Safe was emptied while its signers saw a transfer), a delegation to code when no
  /// `delegate` clause is given, a full-access key when no key clause is.
  mutating func checkTakeovers(_ expectation: Expectation) {
    for entry in view.delegateCalls {
      differences.append(
        "It makes \(entry.account) run the code at \(entry.code) as itself (DELEGATECALL): that "
          + "code can move anything \(entry.account) holds, so nothing you expect can be checked.")
    }
    if !Self.mentionsDelegation(expectation) {
      for entry in view.delegations where entry.delegate != nil {
        differences.append(
          describeDelegation(entry) + ", which you did not mention: that code can move anything "
            + "\(entry.authority) holds, now and later.")
      }
    }
    if !Self.mentionsKeys(expectation) {
      for key in view.keys where key.access == .fullAccess {
        differences.append(describeKey(key) + ", which you did not mention.")
      }
    }
  }

  private static func mentionsKeys(_ expectation: Expectation) -> Bool {
    expectation.clauses.contains { clause in
      if case .noNewKeys = clause { return true }
      if case .addKey = clause { return true }
      return false
    }
  }

  private static func mentionsDelegation(_ expectation: Expectation) -> Bool {
    expectation.clauses.contains { clause in
      if case .delegate = clause { return true }
      return false
    }
  }

  // MARK: Nothing else

  mutating func checkNothingElse(_ expectation: Expectation) {
    var sentAssets: [ResolvedAsset] = []
    var recipients: [String] = []
    var approved: [(ResolvedAsset, String)] = []
    var delegates: [String] = []
    for clause in expectation.clauses {
      switch clause {
      case .send(let amount, _): sentAssets.append(assets.resolve(amount.asset))
      case .onlyTo(let account): recipients.append(account)
      case .approve(let amount, let spender):
        approved.append((assets.resolve(amount.asset), spender))
      case .delegate(let delegate): delegates.append(delegate)
      default: break
      }
    }
    // A token posing as one the signer named was said by the send clause already.
    for flow in view.outflows
    where !sentAssets.contains(where: { $0.matches(flow.asset) || $0.isPosing(flow.asset) })
      && !recipients.contains(where: { same($0, flow.counterparty) })
    {
      differences.append(
        "It also sends \(describe(flow)) to \(flow.counterparty), which you did not mention.")
    }
    let mentionsApprovals = expectation.clauses.contains { clause in
      if case .noApprovals = clause { return true }
      return false
    }
    if !mentionsApprovals {
      for approval in view.approvals
      where !approved.contains(where: {
        $0.0.matches(approval.asset) && same($0.1, approval.spender)
      }) {
        differences.append(describe(approval) + ", which you did not mention.")
      }
    }
    // Full-access keys and delegations to code no clause speaks of are differences already
    // (`checkTakeovers`).
    if !Self.mentionsKeys(expectation) {
      for key in view.keys where key.access != .fullAccess {
        differences.append(describeKey(key) + ", which you did not mention.")
      }
    }
    for entry in view.delegations
    where !delegates.contains(where: { same($0, entry.delegate ?? "") })
      && (entry.delegate == nil || !delegates.isEmpty)
    {
      differences.append(describeDelegation(entry) + ", which you did not mention.")
    }
    for deletion in view.deletions {
      differences.append(
        "It deletes the account \(deletion.account) and sends what is left to "
          + "\(deletion.beneficiary), which you did not mention.")
    }
    for account in view.deployments {
      differences.append(
        "It replaces the code of your account \(account), which you did not mention.")
    }
    for removal in view.removedKeys {
      differences.append(
        "It removes the key \(removal.key) from \(removal.account), which you did not mention.")
    }
    // The expectation language has no stake clause: a stake is always something else.
    for stake in view.stakes {
      let size =
        stake.amount.isZero
        ? "nothing" : amountText(stake.amount, outcome.nativeAsset) + ", locking that NEAR"
      differences.append(
        "It sets the validator stake of \(stake.account) to \(size), which you did not mention.")
    }
    let mentionsOutput = expectation.clauses.contains { clause in
      if case .receive = clause { return true }
      return false
    }
    if let recipient = view.outputRecipient, !mentionsOutput {
      differences.append(
        "Its output goes to \(recipient), not to you, which you did not mention.")
    }
  }

  // MARK: Words

  private mutating func noteUnlisted(_ asset: ResolvedAsset) {
    guard asset.isUnlisted else { return }
    let note =
      "\(asset.label) is not in txray's token list for this network: it is matched by the symbol "
      + "a token states, which any token can claim. Name the token by its address to be sure."
    if !notes.contains(note) { notes.append(note) }
  }

  private func describe(_ flow: SignerView.Flow) -> String {
    let bound = flow.bound == .atMost ? "up to " : flow.bound == .atLeast ? "at least " : ""
    if let tokenId = flow.tokenId, let collection = flow.asset.contract {
      let count = flow.asset.kind == .multiToken ? "\(flow.amount?.decimalString ?? "?") of " : ""
      return "\(count)token \(TerminalSafeText.sanitize(tokenId)) of the collection \(collection)"
    }
    return bound + amountText(flow.amount, flow.asset)
  }

  private func describe(_ approval: SignerView.Approval) -> String {
    guard let amount = approval.amount else {
      return "It lets \(approval.spender) move every token of the collection "
        + "\(approval.asset.contract ?? "?")"
    }
    let shown =
      AllowanceSize(amount).isEffectivelyUnlimited
      ? "unlimited \(name(approval.asset))" : amountText(amount, approval.asset)
    return "It lets \(approval.spender) spend \(shown) of yours (\(approval.mechanism))"
  }

  private func describeKey(_ key: (account: String, key: String, access: KeyAccess)) -> String {
    switch key.access {
    case .fullAccess:
      return
        "It adds a full-access key to \(key.account) (one that can do anything the account can)"
    case .functionCall(let receiver, _, _):
      return "It adds a key to \(key.account) that can call \(receiver)"
    }
  }

  private func describeDelegation(_ entry: (authority: String, delegate: String?)) -> String {
    guard let delegate = entry.delegate else {
      return "It clears the delegation of \(entry.authority)"
    }
    return "It makes \(entry.authority) run the code of \(delegate)"
  }

  private func amountText(_ amount: UInt256?, _ asset: Asset) -> String {
    guard let amount else { return "an amount of \(name(asset)) not known before it runs" }
    guard let decimals = asset.decimals else {
      return "\(amount.decimalString) base units of \(name(asset))"
    }
    return Amount(units: amount, decimals: decimals, symbol: name(asset)).description
  }

  private func name(_ asset: Asset) -> String {
    if let symbol = asset.symbol { return TerminalSafeText.sanitize(symbol) }
    return asset.contract.map { "the token \($0)" } ?? "the native coin"
  }

  private func same(_ a: String, _ b: String) -> Bool { a.lowercased() == b.lowercased() }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension ExpectedAmount.Bound {
  /// "at most", "at least", "exactly", as differences say them.
  var words: String {
    switch self {
    case .atMost: return "at most"
    case .atLeast: return "at least"
    case .exactly: return "exactly"
    }
  }
}
