import TxrayCore

/// Picks the effect that matters most to the signer and tells it. The order is the order of
/// harm: handing over the whole account comes before an allowance, an allowance before a
/// transfer, a transfer before a bare call.
enum StoryTeller {
  static func story(_ facts: RuleFacts, slots: inout SlotSet) -> Story {
    let teller = Teller(facts: facts)
    let tellers: [(Teller, inout SlotSet) -> Story?] = [
      { $0.safeTransaction(&$1) }, { $0.delegateCall(&$1) }, { $0.delegation(&$1) },
      { $0.fullAccessKey(&$1) }, { $0.deletion(&$1) },
      { $0.deployment(&$1) }, { $0.creation(&$1) }, { $0.allowance(&$1) },
      { $0.operatorApproval(&$1) }, { $0.relayed(&$1) }, { IntentStory.story($0.facts, &$1) },
      { $0.transfer(&$1) }, { $0.stake(&$1) },
      { $0.functionCallKey(&$1) }, { $0.keyRemoval(&$1) }, { $0.accountCreation(&$1) },
      { IntentStory.registryStory($0.facts, &$1) }, { $0.call(&$1) },
      { $0.signatureRequest(&$1) },
    ]
    for tell in tellers {
      if let story = tell(teller, &slots) {
        return IntentStory.noteAssumedNetwork(story, facts, &slots)
      }
    }
    return IntentStory.noteAssumedNetwork(teller.fallback(&slots), facts, &slots)
  }
}

/// One outcome's effects and the wording of each kind of story.
private struct Teller {
  let facts: RuleFacts

  var effects: [Effect] { facts.effects }
  func account(_ text: String) -> String { facts.display(text) }

  /// How many effects of the told kind there are, when more than one. They may differ (another
  /// token, another recipient), so the sentence counts them and never says the told one repeats.
  func more(_ count: Int, _ noun: String, _ slots: inout SlotSet) -> String {
    guard count > 1 else { return "" }
    return " In all there are " + slots.add("count_" + noun, String(count)) + " \(noun)."
  }

  func delegation(_ slots: inout SlotSet) -> Story? {
    let all = effects.compactMap { effect -> (String, String?, UInt64)? in
      guard case .delegationSet(let authority, let delegate, let chainId) = effect else {
        return nil
      }
      return (authority, delegate, chainId)
    }
    guard let (authority, delegate, chainId) = all.first else { return nil }
    let who = slots.add("authority", account(authority))
    guard let delegate else {
      return Story(
        phrase: "clear the code delegation of the account \(who)",
        detail: "The account \(who) stops running another contract's code and acts as a plain "
          + "account again." + more(all.count, "delegations", &slots))
    }
    let code = slots.add("delegate", account(delegate))
    let scope =
      chainId == 0
      ? "on every EVM chain" : "on chain " + slots.add("delegationChain", String(chainId))
    return Story(
      phrase: "let the code at \(code) control the account \(who)",
      detail: "From now on the code at \(code) runs as \(who) \(scope) and can move everything "
        + "the account holds, until the delegation is replaced."
        + more(all.count, "delegations", &slots))
  }

  /// A Safe transaction the signer co-signs: what the Safe will do, told as the Safe's act, not
  /// the signer's, with the DELEGATECALL that hands the Safe over said first.
  func safeTransaction(_ slots: inout SlotSet) -> Story? {
    guard facts.isSafeTransaction, let safeAccount = facts.outcome.recipient else { return nil }
    let safe = slots.add("safe", account(safeAccount))
    let takesEffect =
      " It takes effect once enough of the Safe's owners have signed and someone submits it."
    let act = safeAct(safeAccount, safe: safe, &slots)
    for effect in effects {
      guard case .delegateCall(let runner, let code, let library) = effect, runner == safeAccount
      else { continue }
      let codeText = slots.add("code", account(code))
      guard library != nil else {
        return Story(
          phrase:
            "sign a Safe transaction that makes \(safe) run the code at \(codeText) as itself",
          detail: "With DELEGATECALL that code runs with \(safe)'s own funds and storage: it can "
            + "move everything the Safe holds and change its owners." + takesEffect)
      }
      return Story(
        phrase: "sign a Safe transaction in which \(safe) makes a batch of calls through "
          + codeText,
        detail: "Each call in the batch is made by \(safe)"
          + (act.map { "; in it, \(safe) \($0.phrase)." } ?? ".") + takesEffect)
    }
    if let act {
      return Story(
        phrase: "sign a Safe transaction in which \(safe) \(act.phrase)",
        detail: act.detail + takesEffect, coversValue: act.coversValue)
    }
    for effect in effects {
      guard case .call(let from, let to, let method, _) = effect, from == safeAccount else {
        continue
      }
      let target = slots.add("target", account(to))
      let what = method.map { slots.add("method", FactText.untrusted($0)) + " on " } ?? ""
      return Story(
        phrase: "sign a Safe transaction in which \(safe) calls \(what)\(target)",
        detail: "What the call does is up to the code of \(target)." + takesEffect)
    }
    return nil
  }

  /// A DELEGATECALL a transaction makes an account (a Safe) do, when the code is not a curated
  /// batching library: it is the whole story, whatever the call looks like.
  func delegateCall(_ slots: inout SlotSet) -> Story? {
    for effect in effects {
      guard case .delegateCall(let runner, let code, nil) = effect else { continue }
      let who = slots.add("account", account(runner))
      let codeText = slots.add("code", account(code))
      return Story(
        phrase: "make \(who) run the code at \(codeText) as itself",
        detail: "With DELEGATECALL that code runs with \(who)'s own funds and storage: it can "
          + "move everything \(who) holds and change who controls it.")
    }
    return nil
  }

  /// What the Safe itself does that matters most: a transfer out of it, else an allowance of its
  /// tokens; the phrase follows the Safe's name ("sends 100 USDC to …").
  private func safeAct(_ safeAccount: String, safe: String, _ slots: inout SlotSet) -> Story? {
    for effect in effects {
      switch effect {
      case .transfer(let asset, let from, let to, let amount, let tokenId) where from == safeAccount:
        let what = slots.add("amount", FactText.amount(amount, of: asset, tokenId: tokenId))
        let recipient = slots.add("recipient", account(to))
        return Story(
          phrase: "sends \(what) to \(recipient)",
          detail: "\(recipient) receives \(what) from \(safe).", coversValue: asset.kind == .native)
      case .allowance(let asset, let owner, let spender, let amount, _, _)
      where owner == safeAccount:
        let who = slots.add("spender", account(spender))
        let how = slots.add("allowance", FactText.allowance(amount, of: asset, holder: "its"))
        return Story(
          phrase: "lets \(who) spend \(how)",
          detail: "\(who) can then take \(how) without asking again.")
      default:
        continue
      }
    }
    return nil
  }

  func fullAccessKey(_ slots: inout SlotSet) -> Story? {
    for effect in effects {
      guard case .keyAdded(let target, let key, .fullAccess) = effect else { continue }
      let who = slots.add("account", account(target))
      let keyText = slots.add("key", key)
      return Story(
        phrase: "give a new key full control of \(who)",
        detail: "Whoever holds the key \(keyText) can move all NEAR and tokens of \(who), add "
          + "more keys and delete the account.")
    }
    return nil
  }

  func deletion(_ slots: inout SlotSet) -> Story? {
    for effect in effects {
      guard case .accountDeleted(let target, let beneficiary) = effect else { continue }
      let who = slots.add("account", account(target))
      let heir = slots.add("beneficiary", account(beneficiary))
      return Story(
        phrase: "delete the account \(who) and send its NEAR to \(heir)",
        detail: "The account \(who) is gone for good: its remaining NEAR goes to \(heir), tokens "
          + "it holds in contracts are lost, and anyone may register the name again.")
    }
    return nil
  }

  func deployment(_ slots: inout SlotSet) -> Story? {
    guard facts.chain == .near else { return nil }
    for effect in effects {
      guard case .codeDeployed(let target, let codeHash, _) = effect else { continue }
      let who = slots.add("account", account(target))
      let hash = slots.add("codeHash", codeHash)
      let own = facts.isSigner(target) ? "your account " : "the account "
      return Story(
        phrase: "deploy new contract code to \(own)\(who)",
        detail: "The code with hash \(hash) runs as \(who) from now on, and can move the "
          + "account's funds whenever it is called.")
    }
    return nil
  }

  func creation(_ slots: inout SlotSet) -> Story? {
    guard facts.outcome.isContractCreation else { return nil }
    for effect in effects {
      if case .codeDeployed(let target, _, let size) = effect {
        let address = slots.add("contract", account(target))
        let bytes = size.map { " of " + slots.add("codeSize", "\($0) bytes") } ?? ""
        return Story(
          phrase: "deploy a new contract at \(address)",
          detail: "The transaction's data is contract code\(bytes), not a call; the new "
            + "contract lives at \(address).")
      }
    }
    return Story(
      phrase: "deploy a new contract",
      detail: "The transaction's data is contract code, not a call; the contract's address "
        + "follows from your account and nonce.")
  }

  func allowance(_ slots: inout SlotSet) -> Story? {
    let all = effects.filter { if case .allowance = $0 { return true } else { return false } }
    guard
      case .allowance(let asset, let owner, let spender, let amount, let expiry, let how)? =
        all.first
    else { return nil }
    let who = slots.add("spender", account(spender))
    // An allowance set to zero takes the right away: it is how a signer revokes one.
    if amount.isZero, asset.kind != .nonFungible, facts.outcome.kind == .transaction {
      let token = slots.add("token", FactText.assetName(asset))
      return Story(
        phrase: "revoke the allowance of \(who) to spend your \(token)",
        detail: "\(who) can no longer take your \(token) through this allowance."
          + more(all.count, "allowances", &slots))
    }
    let size = AllowanceSize(amount)
    let what: String
    switch size {
    case _ where asset.kind == .nonFungible:
      what = slots.add("amount", FactText.allowance(amount, of: asset))
    case .unlimited:
      what = "all of your " + slots.add("token", FactText.holdingName(asset))
    case .veryLarge:
      what =
        "a practically unlimited amount of your " + slots.add("token", FactText.holdingName(asset))
    case .bounded:
      what = "up to " + slots.add("amount", FactText.amount(amount, of: asset))
    }
    let neverEnds = expiry.map { $0 > UTCTime.lastSecondOfYear9999 } ?? true
    let until = neverEnds ? ", forever" : " until " + slots.add("expiry", UTCTime.text(expiry))
    // The owner is named only when it is not the signer (a Safe, a batching contract, or a
    // permit signed for someone else); an unknown owner is whoever signs.
    let from =
      owner.isEmpty || facts.isSigner(owner) ? "" : " from " + slots.add("owner", account(owner))
    let rest = more(all.count, "allowances", &slots)
    if facts.outcome.kind == .signatureRequest {
      return Story(
        phrase: "sign a permit that lets \(who) spend \(what)\(until)",
        detail: "Signing sends nothing now, but whoever holds the signature can submit it, and "
          + "then \(who) can take \(what)\(from) without asking again." + rest)
    }
    let via = how.hasPrefix("permit2") ? " through Permit2" : ""
    return Story(
      phrase: "allow \(who) to spend \(what)\(until)",
      detail: "\(who) can then take \(what)\(from)\(via) whenever it likes, without asking "
        + "again, until the allowance is changed." + rest)
  }

  func operatorApproval(_ slots: inout SlotSet) -> Story? {
    for effect in effects {
      guard case .operatorApproval(let collection, let owner, let operatorAccount, let on) = effect
      else { continue }
      let who = slots.add("operator", account(operatorAccount))
      let name = slots.add("collection", FactText.collectionName(collection))
      if !on {
        return Story(
          phrase: "revoke the right of \(who) to move your tokens in \(name)",
          detail: "\(who) can no longer move your tokens in \(name).")
      }
      let holder =
        owner.isEmpty || facts.isSigner(owner)
        ? "you hold" : slots.add("owner", account(owner)) + " holds"
      return Story(
        phrase: "let \(who) move all of your tokens in \(name)",
        detail: "\(who) can move every token \(holder) in \(name), now and later, without "
          + "asking again.")
    }
    return nil
  }

  /// A NEAR delegate action: as its signer (the sender) or as the relayer submitting it.
  func relayed(_ slots: inout SlotSet) -> Story? {
    for effect in effects {
      guard case .delegatedAction(let sender, let receiver, let relayer, let height) = effect
      else { continue }
      let by = slots.add("sender", account(sender))
      let to = slots.add("receiver", account(receiver))
      let block = slots.add("maxBlock", String(height))
      let submitter = relayer.map { slots.add("relayer", account($0)) } ?? "anyone who holds it"
      let detail =
        "The signed actions run as \(by) on \(to); \(submitter) can submit them until block "
        + "\(block), paying the gas."
      if facts.isSigner(sender) || facts.outcome.kind == .delegateAction {
        var inner = Teller(facts: facts).innerStory(&slots)
        inner.phrase += ", through a relayer"
        inner.detail += " " + detail
        return inner
      }
      // What the relayed actions do, told as their sender would be told it, when they do
      // anything txray recognises.
      var asSender = facts.outcome
      asSender.signer = sender
      let teller = Teller(facts: RuleFacts(asSender, book: facts.book))
      let acts = effects.contains { if case .delegatedAction = $0 { false } else { true } }
      let inner = acts ? " In them, \(by) would " + teller.innerStory(&slots).phrase + "." : ""
      return Story(phrase: "relay actions signed by \(by) to \(to)", detail: detail + inner)
    }
    return nil
  }

  /// The story of the delegated actions themselves, without the delegation.
  func innerStory(_ slots: inout SlotSet) -> Story {
    let outcome = facts.outcome
    var inner = outcome
    let strip: (Effect) -> Bool = {
      if case .delegatedAction = $0 { return false } else { return true }
    }
    inner.declared = outcome.declared.filter(strip)
    inner.simulation?.effects = outcome.simulation?.effects.filter(strip) ?? []
    inner.kind = .transaction
    return StoryTeller.story(RuleFacts(inner, book: facts.book), slots: &slots)
  }

  func transfer(_ slots: inout SlotSet) -> Story? {
    let transfers = effects.compactMap { effect -> (Asset, String, String, UInt256, String?)? in
      guard case .transfer(let asset, let from, let to, let amount, let tokenId) = effect else {
        return nil
      }
      return (asset, from, to, amount, tokenId)
    }
    // The signer's own outgoing transfer of a token is the point of a token transfer; a native
    // transfer is the point of a plain payment.
    let ordered =
      transfers.filter { facts.isSigner($0.1) && $0.0.kind != .native }
      + transfers.filter { facts.isSigner($0.1) && $0.0.kind == .native }
      + transfers.filter { !facts.isSigner($0.1) }
    guard let (asset, from, to, amount, tokenId) = ordered.first else { return nil }
    let what = slots.add("amount", FactText.amount(amount, of: asset, tokenId: tokenId))
    let recipient = slots.add("recipient", account(to))
    let rest = more(ordered.count, "transfers", &slots)
    if facts.isSigner(from) || facts.outcome.signer == nil {
      return Story(
        phrase: "send \(what) to \(recipient)",
        detail: "\(recipient) receives \(what)"
          + (asset.contract.map { "; the token's contract is " + slots.add("token", account($0)) }
            ?? "")
          + "." + rest,
        coversValue: asset.kind == .native)
    }
    let source = slots.add("source", account(from))
    return Story(
      phrase: "move \(what) from \(source) to \(recipient)",
      detail: "\(what) leaves \(source) for \(recipient)." + rest)
  }

  /// NEAR's Stake action: the account's own validator stake, which only a validator sets. Staking
  /// with a pool is a call to the pool's contract, told as a call.
  func stake(_ slots: inout SlotSet) -> Story? {
    for effect in effects {
      guard case .staked(let staker, let amount, let key) = effect else { continue }
      let who = slots.add("account", account(staker))
      let keyText = slots.add("validatorKey", key)
      guard !amount.isZero else {
        return Story(
          phrase: "set the validator stake of \(who) to nothing",
          detail: "The account \(who) stops staking as a validator with the key \(keyText); the "
            + "NEAR it had staked is released to it after the epochs that still need it.")
      }
      let what = slots.add("amount", FactText.amount(amount, of: .near))
      return Story(
        phrase: "set the validator stake of \(who) to \(what)",
        detail: "The account \(who) stakes \(what) of its own NEAR as a validator with the key "
          + "\(keyText): that NEAR is locked and cannot be spent until the stake is lowered and "
          + "released. This is not a deposit with a staking pool, which is a call to the pool's "
          + "contract.")
    }
    return nil
  }

  func functionCallKey(_ slots: inout SlotSet) -> Story? {
    for effect in effects {
      guard
        case .keyAdded(let target, let key, .functionCall(let receiver, let methods, let budget)) =
          effect
      else { continue }
      let who = slots.add("account", account(target))
      let contract = slots.add("keyReceiver", account(receiver))
      let keyText = slots.add("key", key)
      let which =
        methods.isEmpty
        ? "any method"
        : slots.add("methods", methods.map(FactText.untrusted).joined(separator: ", "))
      let fees =
        budget.map { "up to " + slots.add("keyAllowance", FactText.amount($0, of: .near)) }
        ?? "an unlimited amount"
      return Story(
        phrase: "add a key to \(who) that may call \(contract)",
        detail: "The key \(keyText) may call \(which) on \(contract) and spend \(fees) of the "
          + "account's NEAR on fees, but cannot send NEAR.")
    }
    return nil
  }

  func keyRemoval(_ slots: inout SlotSet) -> Story? {
    for effect in effects {
      guard case .keyRemoved(let target, let key) = effect else { continue }
      let who = slots.add("account", account(target))
      let keyText = slots.add("key", key)
      return Story(
        phrase: "remove a key from \(who)",
        detail: "The key \(keyText) can no longer sign for \(who).")
    }
    return nil
  }

  func accountCreation(_ slots: inout SlotSet) -> Story? {
    for effect in effects {
      guard case .accountCreated(let created) = effect else { continue }
      let who = slots.add("account", account(created))
      return Story(
        phrase: "create the account \(who)",
        detail: "A new account \(who) comes into existence, funded by the transaction.")
    }
    return nil
  }

  func call(_ slots: inout SlotSet) -> Story? {
    for effect in effects {
      guard case .call(_, let to, let method, let attached) = effect else { continue }
      return callStory(to: to, method: method, attached: attached, &slots)
    }
    guard facts.outcome.kind == .transaction, let method = facts.outcome.method,
      let to = facts.outcome.recipient
    else { return nil }
    return callStory(to: to, method: method, attached: facts.outcome.value, &slots)
  }

  private func callStory(to: String, method: String?, attached: UInt256, _ slots: inout SlotSet)
    -> Story
  {
    let contract = slots.add("contract", account(to))
    let name = method.map { slots.add("method", FactText.untrusted($0)) } ?? "a method"
    let native = facts.outcome.nativeAsset
    let deposit =
      attached.isZero
      ? "" : ", attaching " + slots.add("attached", FactText.amount(attached, of: native))
    return Story(
      phrase: "call \(name) on \(contract)\(deposit)",
      detail: "What the call does is up to the code of \(contract); txray names only what the "
        + "transaction itself states.",
      coversValue: !attached.isZero)
  }

  func signatureRequest(_ slots: inout SlotSet) -> Story? {
    guard facts.outcome.kind == .signatureRequest else { return nil }
    let contract =
      facts.outcome.recipient.map { " for " + slots.add("contract", account($0)) } ?? ""
    return Story(
      phrase: "sign a message\(contract)",
      detail: "This message is not one txray recognises; a signature can authorise whatever "
        + "the contract accepts it for.")
  }

  func fallback(_ slots: inout SlotSet) -> Story {
    guard let recipient = facts.outcome.recipient else {
      return Story(phrase: "sign a transaction", detail: "It states no effect txray recognises.")
    }
    let to = slots.add("recipient", account(recipient))
    return Story(
      phrase: "send a transaction to \(to)",
      detail: "It states no effect txray recognises.")
  }
}
