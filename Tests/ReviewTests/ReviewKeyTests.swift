import Testing
import TxrayCore

@testable import Review

/// Approving and rejecting: the decisions the exit code reports.
@Suite struct ReviewKeyTests {
  @Test func approvingWithoutACriticalFindingIsOneKey() {
    var screen = ReviewScreen.of(ReportFixtures.ethTransfer())
    #expect(screen.press(.character("a")) == .approved)
  }

  @Test(arguments: [Key.character("r"), .character("q"), .escape])
  func rejectKeys(key: Key) {
    var screen = ReviewScreen.of(ReportFixtures.unlimitedApproval())
    #expect(screen.press(key) == .rejected)
  }

  @Test func aCriticalFindingAsksForYesBeforeApproving() {
    var screen = ReviewScreen.of(ReportFixtures.unlimitedApproval())
    #expect(screen.press(.character("a")) == nil)
    var grid = screen.render(width: 80, height: 24)
    #expect(grid.shows("Approve despite a CRITICAL finding?"))
    #expect(grid.shows("Type yes and press Enter"))

    #expect(screen.type("no") == nil)
    #expect(screen.handle(.enter) == nil)
    grid = screen.render(width: 80, height: 24)
    #expect(grid.shows("That was not \"yes\"; nothing was approved."))

    // Keys that mean something on the main screen are text inside the field.
    #expect(screen.type("q") == nil)
    #expect(screen.handle(.backspace) == nil)
    #expect(screen.type("yes") == nil)
    #expect(screen.handle(.enter) == .approved)
  }

  @Test func escapeLeavesTheConfirmationWithoutDeciding() {
    var screen = ReviewScreen.of(ReportFixtures.unlimitedApproval())
    _ = screen.press(.character("a"))
    #expect(screen.handle(.escape) == nil)
    #expect(screen.overlay == nil)
    #expect(screen.handle(.escape) == .rejected)
  }
}
