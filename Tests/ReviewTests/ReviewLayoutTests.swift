import Testing
import TxrayCore

@testable import Review

/// The review screen rendered to text: what a signer sees at the supported sizes.
@Suite struct ReviewLayoutTests {
  static let sizes = [(80, 24), (100, 30), (160, 50)]

  @Test(arguments: sizes)
  func unlimitedApprovalShowsBannerEffectsAndFinding(width: Int, height: Int) {
    var screen = ReviewScreen.of(ReportFixtures.unlimitedApproval())
    let grid = screen.render(width: width, height: height)
    #expect(grid.lines.count == height)
    #expect(grid.lines.allSatisfy { DisplayWidth.of($0) <= width })
    #expect(grid.shows("CRITICAL RISK"))
    #expect(grid.shows("Effects"))
    #expect(grid.shows(ReportFixtures.signer))
    #expect(grid.shows("UNLIMITED"))
    #expect(grid.shows("lets"))
    #expect(grid.shows(ReportFixtures.permit2))
    #expect(grid.shows("CRITICAL evm.unlimited-allowance"))
    #expect(grid.shows("spender  \(ReportFixtures.permit2)"))
    #expect(grid.shows("fee ceiling 0.0018 ETH"))
    #expect(grid.shows("[1 Fields]"))
  }

  /// A Permit2 signature's 2^160-1 allowance reads as UNLIMITED (not as 1.46 × 10^42 USDC), its
  /// expiry as a date, and the owner a Permit2 message does not name as the signer.
  @Test func permitAllowanceRowReadsInWords() {
    let row = EffectRow(
      .allowance(
        asset: ReportFixtures.token(), owner: "", spender: ReportFixtures.permit2,
        amount: (UInt256(1) << 160) - 1, expiry: 1_798_459_200, mechanism: "permit2"),
      native: .ether)
    #expect(
      row
        == EffectRow(
          who: "the signer",
          action: "lets \(ReportFixtures.permit2) spend (permit2 until 2026-12-28 12:00 UTC)",
          amount: "UNLIMITED USDC"))
    let large = EffectRow(
      .allowance(
        asset: ReportFixtures.token(), owner: ReportFixtures.signer,
        spender: ReportFixtures.permit2, amount: UInt256(1) << 255, expiry: nil,
        mechanism: "approve"),
      native: .ether)
    #expect(large.amount == "practically UNLIMITED USDC")
    #expect(large.action.hasSuffix(", no expiry)"))
  }

  /// A signed Seaport order has no effects until someone fills it: its rows are what it gives,
  /// what comes back and what others get, never "No effects found".
  @Test func signedOrderRowsSayWhatItTrades() {
    let bayc = Asset(kind: .nonFungible, contract: "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D")
    let order = Intent(
      phrase: "Sign an order that offers", source: .signedOrder,
      pays: [IntentAmount(asset: bayc, amount: UInt256(1), bound: .exact, tokenId: "8520")],
      receives: [
        IntentAmount(
          asset: .ether, amount: UInt256(decimalString: "9750000000000000000")!, bound: .exact)
      ],
      fees: [
        IntentAmount(
          asset: .ether, amount: UInt256(decimalString: "250000000000000000")!, bound: .exact,
          party: "0x0000a26b00c1F0DF003000390027140000fAa719")
      ])
    #expect(
      EffectRow.orderRows(order, offerer: ReportFixtures.signer) == [
        EffectRow(
          who: ReportFixtures.signer, action: "gives whoever fills the order",
          amount: "tokens of 0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D #8520"),
        EffectRow(who: ReportFixtures.signer, action: "gets", amount: "9.75 ETH"),
        EffectRow(
          who: "0x0000a26b00c1F0DF003000390027140000fAa719", action: "gets", amount: "0.25 ETH"),
      ])
    #expect(
      EffectRow.orderRows(Intent(phrase: "Swap", source: .decodedCommands), offerer: nil).isEmpty)
  }

  /// An unsimulated swap's rows say what its call states: a swap from a token declares no
  /// transfer, so what it pays is a row; what comes back goes to the recipient, at least. Paying
  /// in the coin the transaction carries is already a declared transfer and is not repeated.
  @Test func unsimulatedSwapRowsSayWhatTheCallStates() {
    let usdc = Asset(
      kind: .fungible, contract: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", symbol: "USDC",
      decimals: 6)
    let router = "0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D"
    let other = "0x000000000000000000000000000000000000dEaD"
    let tokenIn = Intent(
      phrase: "Swap", source: .decodedCommands, contract: router,
      pays: [IntentAmount(asset: usdc, amount: UInt256(1_000_000_000), bound: .exact)],
      receives: [IntentAmount(asset: .ether, amount: UInt256(0), bound: .atLeast)],
      recipient: other)
    #expect(
      EffectRow.statedRows(tokenIn, signer: ReportFixtures.signer, declared: []) == [
        EffectRow(
          who: ReportFixtures.signer, action: "pays, as the call states", amount: "1000 USDC"),
        EffectRow(who: other, action: "gets, as the call states", amount: "≥ 0 ETH"),
      ])
    let coinIn = Intent(
      phrase: "Swap", source: .decodedCommands, contract: router,
      pays: [IntentAmount(asset: .ether, amount: UInt256(1), bound: .exact)],
      receives: [IntentAmount(asset: usdc, amount: UInt256(2_990_000), bound: .atLeast)])
    let sent = Effect.transfer(
      asset: .ether, from: ReportFixtures.signer, to: router, amount: UInt256(1), tokenId: nil)
    #expect(
      EffectRow.statedRows(coinIn, signer: ReportFixtures.signer, declared: [sent]) == [
        EffectRow(
          who: ReportFixtures.signer, action: "gets, as the call states", amount: "≥ 2.99 USDC")
      ])
    #expect(
      EffectRow.statedRows(
        Intent(phrase: "Supply to Aave", source: .registry), signer: nil, declared: []
      ).isEmpty)
  }

  /// A simulated swap's effects lead with what the signer's balances do, not with the call tree.
  @Test func effectsLeadWithTheSignersBalances() {
    let signer = ReportFixtures.signer
    let router = "0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af"
    let effects: [Effect] = [
      .call(from: signer, to: router, method: "execute", attached: UInt256(1)),
      .transfer(asset: .ether, from: signer, to: router, amount: UInt256(1), tokenId: nil),
      .balanceChange(
        account: router, asset: .ether,
        delta: SignedAmount(magnitude: UInt256(1), isNegative: false)),
      .balanceChange(
        account: signer, asset: ReportFixtures.token(),
        delta: SignedAmount(magnitude: UInt256(3486), isNegative: false)),
      .allowance(
        asset: ReportFixtures.token(), owner: signer, spender: router, amount: .max, expiry: nil,
        mechanism: "approve"),
      .balanceChange(
        account: signer, asset: .ether, delta: SignedAmount(magnitude: UInt256(1), isNegative: true)
      ),
    ]
    let ordered = ReviewContent.signerFirst(effects, signer: signer)
    #expect(ordered.map { effects.firstIndex(of: $0) } == [3, 5, 4, 2, 1, 0])
  }

  @Test func bannerIsStyledBySeverityAcrossTheWholeLine() {
    var screen = ReviewScreen.of(ReportFixtures.unlimitedApproval())
    let grid = screen.render(width: 80, height: 24)
    let row = try! #require(grid.lines.firstIndex { $0.contains("CRITICAL RISK") })
    #expect((0..<80).allSatisfy { grid[row, $0].style == .banner(.critical) })
  }

  @Test func noFindingsSaySoInWords() {
    var screen = ReviewScreen.of(ReportFixtures.ethTransfer())
    let grid = screen.render(width: 80, height: 24)
    #expect(grid.shows("NO RISK FOUND"))
    #expect(grid.shows("No findings"))
    #expect(grid.shows("1.5 ETH"))
    #expect(grid.shows("sends to 0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"))
  }

  @Test func belowTheMinimumSizeTheScreenAsksForMoreRoomAndCannotApprove() {
    var screen = ReviewScreen.of(ReportFixtures.ethTransfer())
    let grid = screen.render(width: 79, height: 24)
    #expect(grid.shows("Enlarge the terminal to at least 80×24"))
    #expect(!grid.shows("NO RISK FOUND"))
    #expect(screen.handle(.character("a")) == nil)
    #expect(screen.handle(.character("q")) == .rejected)
    var short = ReviewScreen.of(ReportFixtures.ethTransfer())
    #expect(short.render(width: 120, height: 23).shows("Enlarge the terminal"))
  }

  @Test func wideCharactersKeepColumnsAligned() {
    let report = ReportFixtures.unlimitedApproval(symbol: "ＵＳＤＣ円🔥")
    var screen = ReviewScreen.of(report)
    let grid = screen.render(width: 160, height: 50)
    #expect(grid.shows("UNLIMITED ＵＳＤＣ円🔥"))
    // The column separator of the two-column layout sits in the same column on every row.
    let separators = (5..<49).compactMap { grid.column(of: "│", row: $0) }
    #expect(separators.count == 44)
    #expect(Set(separators).count == 1)
    #expect(grid.lines.allSatisfy { DisplayWidth.of($0) <= 160 })
  }

  @Test func hostileTokenNamesShowTheirEscapesAsText() {
    let hostile = "EVIL\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}"
    var screen = ReviewScreen.of(ReportFixtures.unlimitedApproval(symbol: hostile))
    let grid = screen.render(width: 100, height: 30)
    #expect(grid.shows("EVIL\\x1b[2J\\x1b]0;pwned\\x07\\u{202e}"))
    #expect(grid.shows("Unlimited EVIL\\x1b[2J"))
    #expect(
      grid.cells.allSatisfy { cell in
        cell.text.unicodeScalars.allSatisfy {
          $0.value >= 0x20 && $0.value != 0x7f && $0 != "\u{202e}"
        }
      })
  }

  @Test func explanationSaysWhereItsTextComesFrom() {
    var rules = ReviewScreen.of(ReportFixtures.unlimitedApproval())
    #expect(rules.render(width: 100, height: 30).shows("Explanation · rule-based text"))

    let model = ExplanationText(
      text: "This lets Permit2 move all your USDC.", source: .model, model: "qwen2.5-0.5b")
    var checked = ReviewScreen.of(ReportFixtures.unlimitedApproval(explanation: model))
    #expect(
      checked.render(width: 100, height: 30).shows("composed by the model from checked statements"))

    let rejected = ExplanationText(
      text: "You allow Permit2 to spend all of your USDC.", source: .rules,
      model: "qwen2.5-0.5b", rejection: "mentions an amount not in the facts")
    var fallback = ReviewScreen.of(ReportFixtures.unlimitedApproval(explanation: rejected))
    let grid = fallback.render(width: 100, height: 30)
    #expect(grid.shows("model text rejected — showing rule-based text"))
    #expect(grid.shows("mentions an amount not in the facts"))
  }

  @Test func aStreamingCompositionIsMarkedUncheckedUntilTheClaimCheckDecides() {
    var screen = ReviewScreen.of(ReportFixtures.unlimitedApproval())
    screen.apply(.started)
    screen.apply(.token("This approval lets "))
    screen.apply(.token("Permit2 spend"))
    var grid = screen.render(width: 100, height: 30)
    #expect(grid.shows("rule-based text · model composing"))
    #expect(grid.shows("Model composition, not yet checked:"))
    #expect(grid.shows("This approval lets Permit2 spend …"))
    #expect(grid.shows("You allow \(ReportFixtures.permit2)"))

    screen.apply(
      .finished(ExplanationText(text: "Permit2 may spend all your USDC.", source: .model)))
    grid = screen.render(width: 100, height: 30)
    #expect(grid.shows("Explanation · composed by the model from checked statements"))
    #expect(grid.shows("Permit2 may spend all your USDC."))
    #expect(!grid.shows("Model composition"))
  }

  @Test func tabsSwitchTheDetailsPane() throws {
    var screen = ReviewScreen.of(ReportFixtures.unlimitedApproval(), raw: "0x02f8abcdef")
    _ = screen.press(.character("5"))
    var grid = screen.render(width: 100, height: 30)
    #expect(grid.shows("[5 Raw]"))
    #expect(grid.shows("0x02f8abcdef"))
    #expect(screen.focus == .details)

    _ = screen.press(.character("2"))
    grid = screen.render(width: 100, height: 30)
    #expect(grid.shows("[2 Calls]"))
    #expect(grid.shows("No call tree: the transaction was not simulated."))
    #expect(grid.shows("function: approve"))

    _ = screen.press(.character("6"))
    #expect(screen.render(width: 100, height: 30).shows("typeName: EIP-1559"))
    _ = screen.press(.right)
    #expect(screen.tab == .fields)
    _ = screen.press(.left)
    #expect(screen.tab == .json)
  }

  @Test func tabMovesTheFocusMarkerBetweenPanes() {
    var screen = ReviewScreen.of(ReportFixtures.unlimitedApproval())
    #expect(screen.render(width: 100, height: 30).shows("▶ Explanation"))
    _ = screen.press(.tab)
    #expect(screen.render(width: 100, height: 30).shows("▶ Effects"))
    _ = screen.press(.tab, .tab, .tab)
    #expect(screen.focus == .explanation)
    _ = screen.press(.backTab)
    #expect(screen.focus == .details)
  }

  @Test func scrollingMovesThroughALongPaneAndStopsAtItsEnds() {
    let rows = (1...60).map { ("field \($0)", "value \($0)") }
    var report = ReportFixtures.ethTransfer()
    report.fields = rows
    var screen = ReviewScreen.of(report)
    _ = screen.press(.character("1"), width: 80, height: 24)
    #expect(screen.render(width: 80, height: 24).shows("field 1 "))
    _ = screen.press(.character("G"), width: 80, height: 24)
    var grid = screen.render(width: 80, height: 24)
    #expect(grid.shows("field 60"))
    #expect(grid.shows("of 60"))
    _ = screen.press(.pageDown, .down, .character("j"), width: 80, height: 24)
    #expect(screen.render(width: 80, height: 24).shows("field 60"))
    _ = screen.press(.character("g"), width: 80, height: 24)
    grid = screen.render(width: 80, height: 24)
    #expect(grid.shows("field 1 "))
    #expect(!grid.shows("field 60"))
    _ = screen.press(.pageDown, width: 80, height: 24)
    #expect(screen.scroll[.details, default: 0] > 0)
    _ = screen.press(.pageUp, .up, .character("k"), width: 80, height: 24)
    #expect(screen.scroll[.details, default: 0] == 0)
  }

  @Test func helpOverlayListsTheKeysAndAnyKeyClosesIt() {
    var screen = ReviewScreen.of(ReportFixtures.unlimitedApproval())
    _ = screen.press(.character("?"))
    let grid = screen.render(width: 80, height: 24)
    #expect(grid.shows("Keys"))
    #expect(grid.shows("reject: exit 1"))
    #expect(screen.press(.character("q")) == nil)
    #expect(screen.overlay == nil)
  }
}
