/// A fact the text may refer to by name: `{spender}`, `{amount}`, `{token}` … Code fills the
/// value in; a model only ever writes the name.
public struct Slot: Sendable, Hashable {
  public var name: String
  /// The rendered value (already formatted: "1,000 USDC", "0xdEAD…beef (Uniswap)").
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}

/// The deterministic account of an outcome: a headline and a few sentences, written as a
/// template over slots so a model's rephrasing can be checked against the same facts.
public struct Narration: Sendable, Equatable {
  /// One line, e.g. "You allow {spender} to spend all of your {token}, forever".
  public var headlineTemplate: String
  /// Two to five sentences over the same slots.
  public var bodyTemplate: String
  public var slots: [Slot]

  public init(headlineTemplate: String, bodyTemplate: String, slots: [Slot]) {
    self.headlineTemplate = headlineTemplate
    self.bodyTemplate = bodyTemplate
    self.slots = slots
  }

  public var headline: String { fill(headlineTemplate) }
  public var body: String { fill(bodyTemplate) }

  /// Replaces every `{name}` whose slot exists, in one pass over the template: a slot value
  /// that itself contains `{other}` (a hostile token name) is never expanded again. Unknown
  /// names are left as written.
  public func fill(_ template: String) -> String {
    var values: [Substring: String] = [:]
    for slot in slots { values[Substring(slot.name)] = slot.value }
    var text = ""
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
      text += rest[..<open]
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "}"),
        let value = values[rest[afterOpen..<close]]
      else {
        text.append("{")
        rest = rest[afterOpen...]
        continue
      }
      text += value
      rest = rest[rest.index(after: close)...]
    }
    return text + rest
  }
}
