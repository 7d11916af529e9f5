import Testing

@testable import Review

@Suite struct PasteFieldTests {
  @Test func enterSubmitsAPastedLine() {
    var field = PasteField()
    for c in "0x02f8" { #expect(field.handle(.character(c)) == nil) }
    #expect(field.handle(.enter) == .submit("0x02f8"))
  }

  @Test func multiLineJSONEndsOnlyWhenBalanced() {
    var field = PasteField()
    for c in "{\"to\": \"}\"" { _ = field.handle(.character(c)) }
    #expect(field.handle(.enter) == nil)
    _ = field.handle(.character("}"))
    #expect(field.handle(.enter) == .submit("{\"to\": \"}\"\n}"))
  }

  @Test func emptyEnterDoesNothingAndEscapeCancels() {
    var field = PasteField()
    #expect(field.handle(.enter) == nil)
    #expect(field.handle(.escape) == .cancel)
  }

  @Test func theFieldShowsTheErrorAndTheEndOfThePaste() {
    var field = PasteField()
    for c in String(repeating: "ab", count: 200) { _ = field.handle(.character(c)) }
    field.error = "bad input: not hex"
    let grid = field.render(width: 80, height: 24)
    #expect(grid.shows("bad input: not hex"))
    #expect(grid.shows("ab_"))
    #expect(grid.shows("400 characters"))
  }
}
