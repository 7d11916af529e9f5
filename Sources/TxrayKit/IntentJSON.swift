import TxrayCore

/// The `action` and `labels` members of the `--json` object: what the transaction is for and the
/// names txray knows for the accounts it mentions. The man page documents both.
enum IntentJSON {
  static func object(_ intent: Intent?) -> JSONValue {
    guard let intent else { return .null }
    return .object([
      ("phrase", .string(TerminalSafeText.sanitize(intent.phrase))),
      ("source", .string(intent.source.rawValue)),
      ("contract", .optional(intent.contract)),
      ("venue", .optional(intent.venue.map(TerminalSafeText.sanitize))),
      ("pays", .array(intent.pays.map(amount))),
      ("receives", .array(intent.receives.map(amount))),
      ("recipient", .optional(intent.recipient)),
      ("fees", .array(intent.fees.map(amount))),
      (
        "fields",
        .array(
          intent.fields.map { field in
            .object([
              ("label", .string(TerminalSafeText.sanitize(field.label))),
              ("value", .string(TerminalSafeText.sanitize(field.value))),
              ("format", .string(field.format)),
            ])
          })
      ),
    ])
  }

  static func amount(_ part: IntentAmount) -> JSONValue {
    .object([
      ("asset", EVMSimulationJSON.asset(part.asset)),
      ("amount", .optional(part.amount?.decimalString)),
      ("bound", .string(part.bound.rawValue)),
      ("shareBips", .optional(part.shareBips?.decimalString)),
      ("party", .optional(part.party)),
      ("tokenId", .optional(part.tokenId.map(TerminalSafeText.sanitize))),
    ])
  }

  /// Known names by account, sorted so the output is stable.
  static func labels(_ names: [String: String]) -> JSONValue {
    .object(
      names.sorted { $0.key < $1.key }.map {
        ($0.key, .string(TerminalSafeText.sanitize($0.value)))
      })
  }
}
