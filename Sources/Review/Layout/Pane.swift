/// The scrollable parts of the review screen, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
  case explanation, effects, findings, details

  public var title: String {
    switch self {
    case .explanation: return "Explanation"
    case .effects: return "Effects"
    case .findings: return "Findings"
    case .details: return "Details"
    }
  }

  var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .explanation }
  var previous: Pane {
    Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .details
  }
}
