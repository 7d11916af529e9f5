import Testing
import TxrayCore

@testable import Review

/// Colour and monochrome: the same distinctions, with or without colours.
@Suite struct TerminalStyleTests {
  @Test(arguments: [
    (["NO_COLOR": "1", "TERM": "xterm-256color"], true, ColorMode.monochrome),
    (["NO_COLOR": "", "TERM": "xterm-256color"], true, .color),
    (["TERM": "dumb"], true, .monochrome),
    ([:], true, .monochrome),
    (["TERM": "vt100"], false, .monochrome),
    (["TERM": "tmux-256color"], true, .color),
  ])
  func detection(environment: [String: String], hasColors: Bool, expected: ColorMode) {
    #expect(ColorMode.detect(environment: environment, terminalHasColors: hasColors) == expected)
  }

  static let styles: [Style] =
    [.plain, .dim, .strong, .heading, .focusedHeading, .checked, .caution, .selectedTab, .overlay]
    + ([nil] + Severity.allCases).flatMap { [Style.banner($0), .severity($0)] }

  @Test func monochromeUsesNoColours() {
    for style in Self.styles {
      let look = ColorMode.monochrome.terminalStyle(style)
      #expect(look.foreground == nil && look.background == nil)
    }
  }

  @Test func bannersStandOutByAttributesInMonochromeAndByColourOtherwise() {
    let mono = ColorMode.monochrome.terminalStyle(.banner(.critical))
    #expect(mono.reverse && mono.bold)
    #expect(ColorMode.color.terminalStyle(.banner(.critical)).background == .red)
    #expect(ColorMode.color.terminalStyle(.banner(nil)).background == .green)
    #expect(
      ColorMode.monochrome.terminalStyle(.focusedHeading)
        != ColorMode.monochrome.terminalStyle(.heading))
  }

  @Test func theScreenTextCarriesTheVerdictWithoutColour() {
    // Monochrome changes only attributes: the words that say the verdict are in the text.
    var screen = ReviewScreen.of(ReportFixtures.unlimitedApproval())
    let grid = screen.render(width: 80, height: 24)
    #expect(grid.shows("CRITICAL RISK"))
    #expect(grid.shows("CRITICAL evm.unlimited-allowance"))
    #expect(grid.shows("▶ Explanation"))
  }
}
