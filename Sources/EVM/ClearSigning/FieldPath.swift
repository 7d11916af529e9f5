/// An ERC-7730 path: `#.params.amountIn` (the call or message), `$.metadata.constants.x` (the
/// descriptor), `@.to` (the transaction around the call), or a relative path with no root.
struct FieldPath: Sendable, Equatable {
  enum Root: Sendable, Equatable {
    /// `#.`: the root of the decoded arguments or message.
    case data
    /// No prefix: relative to the enclosing field group, or the data root at the top level.
    case relative
    /// `$.`: the descriptor document.
    case descriptor
    /// `@.`: the container (`from`, `to`, `value`, `chainId`).
    case container
  }

  enum Step: Sendable, Equatable {
    case member(String)
    case index(Int)
    /// `[a:b]` with either end optional, negative counting from the end.
    case slice(Int?, Int?)
    /// `[]`: every element.
    case all
  }

  var root: Root
  var steps: [Step]

  /// Parses a path; nil when it is malformed.
  init?(_ text: String) {
    var body = Substring(text)
    if body.hasPrefix("#.") {
      root = .data
      body = body.dropFirst(2)
    } else if body.hasPrefix("$.") {
      root = .descriptor
      body = body.dropFirst(2)
    } else if body.hasPrefix("@.") {
      root = .container
      body = body.dropFirst(2)
    } else {
      root = .relative
    }
    steps = []
    for part in body.split(separator: ".", omittingEmptySubsequences: false) {
      // `name[0]` is written as `name.[0]` in most descriptors; accept both.
      var rest = part
      if let open = rest.firstIndex(of: "["), open != rest.startIndex {
        steps.append(.member(String(rest[..<open])))
        rest = rest[open...]
      }
      while rest.hasPrefix("[") {
        guard let close = rest.firstIndex(of: "]") else { return nil }
        guard let step = Self.bracket(rest[rest.index(after: rest.startIndex)..<close]) else {
          return nil
        }
        steps.append(step)
        rest = rest[rest.index(after: close)...]
      }
      if !rest.isEmpty {
        guard rest.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }) else {
          return nil
        }
        steps.append(.member(String(rest)))
      }
    }
  }

  private static func bracket(_ inside: Substring) -> Step? {
    if inside.isEmpty { return .all }
    if let colon = inside.firstIndex(of: ":") {
      let from = inside[..<colon]
      let to = inside[inside.index(after: colon)...]
      let start = from.isEmpty ? nil : Int(from)
      let end = to.isEmpty ? nil : Int(to)
      if (!from.isEmpty && start == nil) || (!to.isEmpty && end == nil) { return nil }
      return .slice(start, end)
    }
    return Int(inside).map(Step.index)
  }

  /// The index range `[from:to]` selects in a collection of `count` elements; nil when empty
  /// or out of bounds (a hostile path must not trap).
  static func range(_ from: Int?, _ to: Int?, count: Int) -> Range<Int>? {
    func absolute(_ i: Int) -> Int { i < 0 ? count + i : i }
    let start = from.map(absolute) ?? 0
    let end = to.map(absolute) ?? count
    guard start >= 0, end <= count, start < end else { return nil }
    return start..<end
  }
}
