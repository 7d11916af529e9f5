import TxrayCore
import TxrayRules

extension FuzzBody {
  /// The rules, the narrator and the Guard with the input's strings in every slot an outcome
  /// has: token names and symbols, accounts, method names, keys, memos as revert reasons,
  /// address-book and well-known labels, descriptor intents and field labels. Byte 0 picks the
  /// chain (bit 0), the kind (bits 1–2), the simulation (bits 3–4: none, succeeded, reverted,
  /// not simulated), contract creation (bit 5), an intent (bit 6) and a token-list mismatch
  /// (bit 7); bytes 1–2 pick the effects (`effects`); byte 3 the token's decimals; the strings
  /// follow (`SlotWords`), read as amounts where a slot needs one.
  public static let narrator = FuzzBody(target: "Narrator") { input in
    guard input.count >= 4 else { return }
    let flags = input[0]
    var words = SlotWords(input[4...])
    let token = Asset(
      kind: .fungible, contract: words.next(), symbol: words.next(), name: words.next(),
      decimals: Int(input[3] % 40), source: words.next())
    let signer = words.next()
    let mask = UInt16(input[1]) << 8 | UInt16(input[2])
    let declared = effects(mask, token: token, signer: signer, &words)
    let outcome = Outcome(
      chain: flags & 1 == 0 ? .evm : .near,
      kind: [.transaction, .signatureRequest, .delegateAction, .transaction][Int(flags >> 1 & 3)],
      signer: signer, recipient: words.next(), isContractCreation: flags & 0x20 != 0,
      value: amount(&words), feeCeiling: amount(&words), chainId: flags & 1 == 0 ? 1 : nil,
      method: words.next(), declared: declared,
      simulation: simulation(flags >> 3 & 3, effects: declared, &words),
      accountsWithCode: [words.next()], accountsWithoutCode: [words.next()],
      intent: flags & 0x40 == 0 ? nil : intent(token: token, &words),
      knownNames: [words.next(): words.next()],
      tokenMismatches: flags & 0x80 == 0
        ? []
        : [
          TokenMismatch(
            contract: token.contract ?? "", listedSymbol: words.next(), listedDecimals: 6,
            listSource: words.next(), chainSymbol: token.symbol, chainDecimals: token.decimals)
        ],
      assumedNetwork: words.next())
    // Two labels for one account would be a duplicate key: the first is kept.
    let labels = [(signer, words.next()), (words.next(), words.next())]
    let book = AddressBook(Dictionary(labels, uniquingKeysWith: { first, _ in first }))
    let findings = RiskRules.evaluate(
      outcome, addressBook: book, knownContracts: AddressBook([words.next(): words.next()]))
    let narration = Narrator.narrate(outcome, findings: findings, addressBook: book)
    _ = TerminalSafeText.sanitize(narration.headline + " " + narration.body)
    let guardCheck = ClaimCheck(narration: narration)
    _ = guardCheck.check(narration.body)
    _ = guardCheck.check(words.next())
  }

  /// One effect of each kind whose bit is set in `mask`, from bit 0 up.
  private static func effects(
    _ mask: UInt16, token: Asset, signer: String, _ words: inout SlotWords
  ) -> [Effect] {
    let collection = Asset(
      kind: .nonFungible, contract: words.next(), symbol: words.next(), name: words.next())
    let kinds: [(inout SlotWords) -> Effect] = [
      { .transfer(asset: token, from: signer, to: $0.next(), amount: amount(&$0), tokenId: nil) },
      {
        .balanceChange(
          account: signer, asset: token,
          delta: SignedAmount(magnitude: amount(&$0), isNegative: true))
      },
      {
        .allowance(
          asset: token, owner: signer, spender: $0.next(), amount: amount(&$0), expiry: nil,
          mechanism: $0.next())
      },
      {
        .operatorApproval(
          collection: collection, owner: signer, operator: $0.next(), approved: true)
      },
      { .keyAdded(account: signer, key: $0.next(), access: .fullAccess) },
      {
        .keyAdded(
          account: signer, key: $0.next(),
          access: .functionCall(
            receiver: $0.next(), methods: [$0.next(), $0.next()], allowance: amount(&$0)))
      },
      { .keyRemoved(account: signer, key: $0.next()) },
      { .codeDeployed(account: $0.next(), codeHash: $0.next(), size: nil) },
      { .delegationSet(authority: signer, delegate: $0.next(), chainId: 1) },
      { .accountCreated(account: $0.next()) },
      { .accountDeleted(account: signer, beneficiary: $0.next()) },
      { .staked(account: signer, amount: amount(&$0), validatorKey: $0.next()) },
      { .call(from: signer, to: $0.next(), method: $0.next(), attached: amount(&$0)) },
      {
        .delegatedAction(
          sender: signer, receiver: $0.next(), relayer: $0.next(), maxBlockHeight: 100)
      },
      {
        .transfer(
          asset: collection, from: signer, to: $0.next(), amount: UInt256(1), tokenId: $0.next())
      },
      {
        .balanceChange(
          account: $0.next(), asset: token,
          delta: SignedAmount(magnitude: amount(&$0), isNegative: false))
      },
    ]
    return kinds.indices.filter { mask >> $0 & 1 == 1 }.map { kinds[$0](&words) }
  }

  private static func simulation(
    _ choice: UInt8, effects: [Effect], _ words: inout SlotWords
  ) -> Simulation? {
    switch choice {
    case 1: Simulation(status: .succeeded, gasUsed: 21_000, effects: effects)
    case 2: Simulation(status: .reverted(reason: words.next()), gasUsed: 21_000)
    case 3: Simulation(status: .notSimulated(reason: words.next()))
    default: nil
    }
  }

  private static func intent(token: Asset, _ words: inout SlotWords) -> Intent {
    let received = Asset(
      kind: .fungible, contract: words.next(), symbol: words.next(), decimals: 18)
    return Intent(
      phrase: words.next(), source: .descriptor, contract: words.next(), venue: words.next(),
      pays: [IntentAmount(asset: token, amount: amount(&words), bound: .exact)],
      receives: [
        IntentAmount(asset: received, amount: amount(&words), bound: .atLeast, party: words.next())
      ],
      recipient: words.next(),
      fields: [IntentField(label: words.next(), value: words.next(), format: words.next())])
  }

  /// The next word as a decimal amount; a word that is not one is the largest amount, which
  /// reads as "unlimited" where an allowance has it.
  private static func amount(_ words: inout SlotWords) -> UInt256 {
    UInt256(decimalString: words.next()) ?? .max
  }
}
