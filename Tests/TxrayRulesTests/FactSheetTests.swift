import Testing
import TxrayRules

@Suite struct FactSheetTests {
  @Test func keepsRowsInOrder() {
    let sheet = FactSheet(headline: "h", rows: [.init("a", "1"), .init("b", "2")])
    #expect(sheet.rows.map(\.label) == ["a", "b"])
  }
}
