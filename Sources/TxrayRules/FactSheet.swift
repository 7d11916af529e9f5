/// The deterministic account of a transaction: a headline and labelled facts, in reading order.
///
/// Chain modules and front ends fill it from decoded values only; it is what txray prints when no
/// model is used, and the facts a model's prose must agree with.
public struct FactSheet: Sendable, Equatable {
  public struct Row: Sendable, Equatable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) {
      self.label = label
      self.value = value
    }
  }

  public var headline: String
  public var rows: [Row]

  public init(headline: String, rows: [Row] = []) {
    self.headline = headline
    self.rows = rows
  }
}
