/// A fact the text may refer to by name: `{spender}`, `{amount}`, `{token}` … Code fills the
/// value in; a model only ever chooses sentences that name it.
public struct Slot: Sendable, Hashable {
  public var name: String
  /// The rendered value (already formatted: "1,000 USDC", "0xdEAD…beef (Uniswap)").
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}

/// The deterministic account of an outcome: a headline and the claims it rests on, with the
/// narrator's own choice of them as the body. A model's composition is checked against the same
/// claims and slots.
public struct Narration: Sendable, Equatable {
  /// One line, e.g. "You allow {spender} to spend all of your {token}, forever".
  public var headlineTemplate: String
  /// Every statement the narrator can make about the outcome, most important first.
  public var claims: [Claim]
  /// The narrator's own choice of claims: its text.
  public var bodyComposition: Composition
  public var slots: [Slot]

  public init(
    headlineTemplate: String, claims: [Claim], bodyComposition: Composition, slots: [Slot]
  ) {
    self.headlineTemplate = headlineTemplate
    self.claims = claims
    self.bodyComposition = bodyComposition
    self.slots = slots
  }

  public var headline: String { fill(headlineTemplate) }
  public var bodyTemplate: String { bodyComposition.template(claims: claims) }
  public var body: String { fill(bodyTemplate) }
  /// A composition's text, values filled in.
  public func text(of composition: Composition) -> String {
    fill(composition.template(claims: claims))
  }

  public func claim(_ id: String) -> Claim? { claims.first { $0.id == id } }

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
