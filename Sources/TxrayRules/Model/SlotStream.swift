import TxrayCore

/// Fills placeholders in text that arrives piece by piece, so a streaming front end shows values,
/// not `{spender}`. Text after an unclosed `{` is held back until the brace closes.
struct SlotStream {
  let narration: Narration
  private var pending = ""

  init(narration: Narration) {
    self.narration = narration
  }

  /// The filled text that `piece` completes; empty while a placeholder is still open.
  mutating func push(_ piece: String) -> String {
    pending += piece
    guard let open = pending.lastIndex(of: "{"),
      !pending[open...].contains("}")
    else {
      defer { pending = "" }
      return narration.fill(pending)
    }
    let ready = String(pending[..<open])
    pending = String(pending[open...])
    return narration.fill(ready)
  }

  /// Whatever is still held back at the end.
  mutating func finish() -> String {
    defer { pending = "" }
    return narration.fill(pending)
  }
}
