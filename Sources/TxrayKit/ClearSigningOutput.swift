import EVM
import TxrayCore
import TxrayRules

/// How an ERC-7730 descriptor's rendering of a call or message is shown, the same for
/// transactions and typed data.
enum ClearSigningOutput {
  /// The `clearSigning` JSON member; the man page documents it.
  static func json(_ call: ClearSignedCall) -> JSONValue {
    .object([
      ("descriptor", .string(call.descriptorFile)),
      ("owner", .optional(call.owner)),
      ("intent", .optional(call.intent)),
      (
        "fields",
        .array(
          call.fields.map { field in
            .object([
              ("label", .string(field.label)),
              ("value", .string(field.value)),
              ("format", .string(field.format)),
              ("calls", .array(field.nested.map(json))),
            ])
          })
      ),
    ])
  }

  /// The descriptor that matched, then its fields as it labels and formats them.
  static func rows(_ call: ClearSignedCall, indent: String = "") -> [FactSheet.Row] {
    var source = call.descriptorFile
    if let owner = call.owner { source += " (\(owner))" }
    var rows = [FactSheet.Row(indent + "descriptor", source)]
    for field in call.fields {
      rows.append(.init(indent + "  " + field.label, field.value))
      for nested in field.nested { rows += Self.rows(nested, indent: indent + "    ") }
    }
    return rows
  }
}
