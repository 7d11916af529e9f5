import TxrayCore

/// The slots a narration is building, in the order they were first named. `add` returns the
/// placeholder to write into a template, so template text never holds a value itself: a value
/// with `{…}` in it (a hostile token name) stays a value, since `Narration.fill` is one pass.
struct SlotSet {
  private(set) var slots: [Slot] = []

  /// `{name}` for `value`. Naming a slot again with a different value keeps the first, so one
  /// template never means two things by one name; callers use distinct names for distinct facts.
  mutating func add(_ name: String, _ value: String) -> String {
    if !slots.contains(where: { $0.name == name }) {
      slots.append(Slot(name: name, value: TerminalSafeText.sanitize(value)))
    }
    return "{" + name + "}"
  }
}
