import TxrayCore

/// Tells what a transaction is for when an ERC-7730 descriptor, a decoded router call or
/// txray's registry says (`Outcome.intent`): "swap 127.08 USDC for at least 123.26 USDT through
/// 1inch", "stake ETH through Lido (0xae7a…fE84): Amount 160 ETH". Every part is a value code
/// computed; the words around them are fixed here.
enum IntentStory {
  /// Fields shown in the headline at most; the detail names the rest.
  static let headlineFields = 3
  static let detailFields = 6

  /// The story of a descriptor's or a decoded router's intent; registry intents wait for
  /// `registryStory`, after the transfer story, since a plain token transfer says more.
  static func story(_ facts: RuleFacts, _ slots: inout SlotSet) -> Story? {
    guard let intent = facts.outcome.intent, intent.source != .registry else { return nil }
    return story(intent, facts, &slots)
  }

  /// The story of an intent only txray's registry names ("Add liquidity"): better than "call
  /// addLiquidity on 0x…", worse than any effect the transaction states.
  static func registryStory(_ facts: RuleFacts, _ slots: inout SlotSet) -> Story? {
    guard let intent = facts.outcome.intent, intent.source == .registry else { return nil }
    return story(intent, facts, &slots)
  }

  private static func story(_ intent: Intent, _ facts: RuleFacts, _ slots: inout SlotSet)
    -> Story?
  {
    guard facts.outcome.kind == .transaction || intent.source == .signedOrder else { return nil }
    let verb = slots.add("intent", verbPhrase(intent.phrase))
    let venue = venueText(intent, facts, &slots)
    var detail: [String] = []
    let phrase: String
    if !intent.pays.isEmpty || !intent.receives.isEmpty {
      phrase = verb + exchange(intent, &slots) + venue
    } else if intent.source == .descriptor || intent.source == .registry {
      let amounts = intent.fields.filter { ["tokenAmount", "amount"].contains($0.format) }
      let shown = amounts.prefix(headlineFields).enumerated().map { index, field in
        slots.add("field\(index + 1)", field.label + " " + field.value)
      }
      phrase = verb + venue + (shown.isEmpty ? "" : ": " + shown.joined(separator: "; "))
    } else {
      phrase = verb + venue
    }
    if intent.source == .descriptor {
      let rest = intent.fields.filter { !["tokenAmount", "amount"].contains($0.format) }
        .prefix(detailFields)
      if !rest.isEmpty {
        let listed = rest.map { $0.label + ": " + $0.value }.joined(separator: "; ")
        detail.append("The contract's descriptor also shows " + slots.add("fields", listed) + ".")
      }
    } else if intent.source == .registry {
      // NEAR calls are named by their method alone (staking pools, wNEAR).
      let how = facts.chain == .near ? "by its method name" : "from its registry"
      detail.append(
        "txray names the call \(how); what the contract then does is up to its code.")
    } else if intent.source == .signedOrder {
      detail.append(orderDetail(intent, &slots))
    }
    // An order says where what comes back goes in its own sentence (`orderDetail`).
    if intent.source != .signedOrder {
      if let recipient = intent.recipient, !facts.isSigner(recipient) {
        // Without a known signer txray cannot say whose account that is.
        let whose = facts.outcome.signer == nil ? "." : ", not to you."
        detail.append(
          "What comes out goes to " + slots.add("outputRecipient", facts.display(recipient))
            + whose)
      } else if !intent.receives.isEmpty {
        detail.append("What comes out is sent back to you.")
      }
    }
    for (index, fee) in intent.fees.prefix(2).enumerated() {
      detail.append(feeSentence(fee, index, facts, &slots))
    }
    if detail.isEmpty {
      detail.append("This is what the transaction states; the amounts are the ones it names.")
    }
    let paysNative = intent.pays.contains { $0.asset.kind == .native }
    return Story(
      phrase: phrase, detail: detail.joined(separator: " "),
      coversValue: paysNative
        || intent.fields.contains { $0.format == "amount" }
        || (intent.source == .descriptor && !facts.outcome.value.isZero
          && intent.fields.contains { $0.value.contains(facts.outcome.nativeAsset.symbol ?? "") })
    )
  }

  /// "Swap" → "swap", "Stake ETH" → "stake ETH": the intent reads after "You". An intent that
  /// starts with an acronym ("ETH staking") keeps its case.
  static func verbPhrase(_ text: String) -> String {
    let trimmed = String(text.prefix(80))
    guard let first = trimmed.first, first.isUppercase else { return trimmed }
    let second = trimmed.dropFirst().first
    guard second == nil || second?.isLowercase == true else { return trimmed }
    return first.lowercased() + trimmed.dropFirst()
  }

  /// " through 1inch Router v6 (0x1111…2A65)", or the descriptor owner when no name is known.
  private static func venueText(_ intent: Intent, _ facts: RuleFacts, _ slots: inout SlotSet)
    -> String
  {
    if let contract = intent.contract {
      let shown = facts.display(contract)
      if shown != FactText.shortened(contract) || intent.venue == nil {
        return " through " + slots.add("venue", shown)
      }
    }
    guard let venue = intent.venue else { return "" }
    return " with " + slots.add("venue", venue)
  }

  /// " 127.08 USDC for at least 123.26 USDT".
  private static func exchange(_ intent: Intent, _ slots: inout SlotSet) -> String {
    var text = ""
    if !intent.pays.isEmpty {
      text +=
        " " + slots.add("pays", intent.pays.map(amountText).joined(separator: " and "))
    }
    if !intent.receives.isEmpty {
      text +=
        " for " + slots.add("receives", intent.receives.map(amountText).joined(separator: " and "))
    }
    return text
  }

  /// "at least 123.26 USDT", "at most 5 DAI", "127.08 USDC", "whatever USDC the router holds".
  static func amountText(_ part: IntentAmount) -> String {
    guard let amount = part.amount else {
      return "whatever " + FactText.holdingName(part.asset) + " it holds then"
    }
    let text = FactText.amount(amount, of: part.asset, tokenId: part.tokenId)
    switch part.bound {
    case .exact: return text
    case .atMost: return "at most " + text
    case .atLeast: return "at least " + text
    case .unknown: return text
    }
  }

  /// A signed order moves nothing now: whoever holds the signature fills it, until its end.
  private static func orderDetail(_ intent: Intent, _ slots: inout SlotSet) -> String {
    let until = intent.fields.first { $0.format == "date" }.map {
      " until " + slots.add("expiry", $0.value)
    }
    return "Nothing moves now: whoever holds the signature can fill the order\(until ?? ""), "
      + "taking what you offer"
      + (intent.receivesNothing
        ? ", and you receive nothing for it."
        : intent.guaranteesNothingBack
          ? ", and what you receive can be nothing." : ", and you receive what you ask.")
  }

  private static func feeSentence(
    _ fee: IntentAmount, _ index: Int, _ facts: RuleFacts, _ slots: inout SlotSet
  ) -> String {
    let payee = fee.party.map { slots.add("feePayee\(index + 1)", facts.display($0)) }
    let share: String
    if let bips = fee.shareBips {
      share =
        slots.add("feeShare\(index + 1)", percent(bips: bips)) + " of the "
        + FactText.holdingName(fee.asset)
    } else {
      share = slots.add("fee\(index + 1)", amountText(fee))
    }
    return "Of what moves, " + share + " goes to " + (payee ?? "someone else") + "."
  }

  /// The assets an effect names.
  private static func assets(_ effect: Effect) -> [Asset] {
    var found: [Asset] = []
    _ = effect.mappingAssets { asset in
      found.append(asset)
      return asset
    }
    return found
  }

  /// Basis points as a percentage: 25 → "0.25%".
  static func percent(bips: UInt256) -> String {
    Amount(units: bips, decimals: 2, symbol: "").formattedNumber + "%"
  }

  /// The story told for an assumed chain when the transaction names none and something in it is
  /// the chain's: a token or contract name read for it, or an amount of its coin (a transaction
  /// without a chain id sends 0.1 of whichever chain's coin it is replayed on). The action says
  /// so (", if this is Ethereum mainnet"), and so does a caveat every composition must say, so no
  /// explanation can drop it.
  static func noteAssumedNetwork(_ story: Story, _ facts: RuleFacts, _ slots: inout SlotSet)
    -> Story
  {
    guard let network = facts.outcome.assumedNetwork else { return story }
    let moved = facts.effects.flatMap { [$0].flatMap(assets) }
    let namesSomething =
      !facts.outcome.knownNames.isEmpty
      || moved.contains { $0.kind != .native && $0.source != nil }
    let movesCoin = !facts.outcome.value.isZero || moved.contains { $0.kind == .native }
    guard namesSomething || movesCoin else { return story }
    var noted = story
    let assumed = slots.add("assumedNetwork", network)
    noted.phrase += ", if this is " + assumed
    let coin = facts.outcome.nativeAsset.symbol ?? "coin"
    switch (namesSomething, movesCoin) {
    case (true, false):
      noted.caveat =
        "The transaction names no chain: token and contract names are those of " + assumed
        + ", if that is where it is sent."
    case (true, true):
      noted.caveat =
        "The transaction names no chain: its \(coin) and the token and contract names are those of "
        + assumed + ", if that is where it is sent; elsewhere the amount is of that chain's coin."
    default:
      noted.caveat =
        "The transaction names no chain: its \(coin) is " + assumed
        + "'s coin, if that is where it is sent; elsewhere the amount is of that chain's coin."
    }
    return noted
  }
}
