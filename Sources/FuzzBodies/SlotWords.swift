/// The strings an input supplies for the slots of an outcome, separated by zero bytes and
/// handed out in turn (from the first again when they run out), so that every slot holds
/// whatever text the input chose.
struct SlotWords {
  private let words: [String]
  private var index = 0

  init(_ bytes: ArraySlice<UInt8>) {
    words = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  mutating func next() -> String {
    defer { index += 1 }
    return words.isEmpty ? "" : words[index % words.count]
  }
}
