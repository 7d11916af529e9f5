import TxrayCore

/// Turns statements into text as a composing model chooses them. The closing full stop of the
/// last sentence is held back, because the next statement may join that sentence with "and".
/// Used from the generating thread only, one item at a time.
final class CompositionStream: @unchecked Sendable {
  private let narration: Narration
  private let onText: (String) -> Void
  private var items: [Composition.Item] = []
  private var shown = ""

  init(narration: Narration, onText: @escaping (String) -> Void) {
    self.narration = narration
    self.onText = onText
  }

  func push(_ item: Composition.Item) {
    items.append(item)
    var text = narration.text(of: Composition(items))
    if let last = text.last, ".!".contains(last) { text.removeLast() }
    emit(text)
  }

  func finish() { emit(narration.text(of: Composition(items))) }

  private func emit(_ text: String) {
    guard text.hasPrefix(shown), text.count > shown.count else { return }
    onText(String(text.dropFirst(shown.count)))
    shown = text
  }
}
