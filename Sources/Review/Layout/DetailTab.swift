/// The detail views under the summary, selected with the keys 1–6.
public enum DetailTab: Int, CaseIterable, Sendable {
  case fields = 1, calls, events, state, raw, json

  public var title: String {
    switch self {
    case .fields: return "Fields"
    case .calls: return "Calls"
    case .events: return "Events"
    case .state: return "State"
    case .raw: return "Raw"
    case .json: return "JSON"
    }
  }
}
