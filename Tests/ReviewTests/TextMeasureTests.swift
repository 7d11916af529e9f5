import Testing
import TxrayCore

@testable import Review

/// Widths as a terminal counts them, and the grid that paints by them.
@Suite struct TextMeasureTests {
  @Test(arguments: [
    ("a", 1), ("é", 1), ("e\u{301}", 1), ("円", 2), ("Ｕ", 2), ("한", 2), ("🔥", 2),
    ("\u{200b}", 0), ("\u{1b}", 0),
  ])
  func characterWidths(text: String, columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
  }

  @Test func wideCharactersTakeTwoCellsAndKeepWhatFollowsAligned() {
    var grid = Grid(width: 10, height: 1)
    let end = grid.put("円a", row: 0, column: 0)
    #expect(end == 3)
    #expect(grid[0, 0].text == "円")
    #expect(grid[0, 1].text == "")
    #expect(grid[0, 2].text == "a")
  }

  @Test func combiningMarksJoinTheirBaseCell() {
    var grid = Grid(width: 10, height: 1)
    #expect(grid.put("e\u{301}x", row: 0, column: 0) == 2)
    #expect(grid[0, 0].text == "e\u{301}")
    #expect(grid[0, 1].text == "x")
  }

  @Test func aWideCharacterThatDoesNotFitLeavesABlank() {
    var grid = Grid(width: 3, height: 1)
    grid.put("ab円", row: 0, column: 0)
    #expect(grid.line(0) == "ab")
  }

  @Test func controlCharactersArePaintedAsVisibleEscapes() {
    var grid = Grid(width: 40, height: 1)
    grid.put("A\u{1b}[2J\u{7}B\u{202e}C", row: 0, column: 0)
    #expect(grid.line(0) == "A\\x1b[2J\\x07B\\u{202e}C")
    #expect(grid.cells.allSatisfy { $0.text.unicodeScalars.allSatisfy { $0.value >= 0x20 } })
  }

  @Test func wrappingBreaksLongWordsInsteadOfCuttingThem() {
    let address = "0x000000000022D473030F116dDEE9F6B43aC78BA3"
    let lines = TextWrap.lines("spender \(address) may spend", width: 20)
    #expect(lines.joined().replacingOccurrences(of: " ", with: "").contains(address))
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
  }

  @Test func truncationSaysSomethingWasLeftOut() {
    #expect(TextWrap.truncate("abcdefgh", width: 5) == "abcd…")
    #expect(TextWrap.truncate("円円円", width: 4) == "円…")
    #expect(TextWrap.truncate("abc", width: 5) == "abc")
  }
}
