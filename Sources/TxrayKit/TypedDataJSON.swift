import EVM
import TxrayCore

/// The `--json` object for typed data; the man page documents every field in this order.
/// Integers are decimal strings, byte strings 0x-hex, addresses EIP-55, dates Unix seconds with a
/// UTC rendering beside them.
enum TypedDataJSON {
  static func object(_ typed: TypedData, described: ClearSignedCall?, tokens: TypedDataTokenNames)
    -> JSONValue
  {
    let summary = typed.summary
    let intent =
      described?.intent
      ?? summary.map {
        TypedDataFactSheet.headline(typed, summary: $0, described: nil, tokens: tokens)
      }
    return .object([
      ("chain", .string("evm")),
      ("format", .string("typedData")),
      (
        "typedData",
        .object([
          ("domain", value(typed.domain)),
          ("primaryType", .string(typed.primaryType)),
          ("encodeType", .string(typed.encodedPrimaryType)),
          ("signer", .optional(typed.signer?.checksummed)),
          ("domainSeparator", .string(Hex.encode(typed.domainSeparator))),
          ("messageHash", .optional(typed.messageHash.map { Hex.encode($0) })),
          ("digest", .string(Hex.encode(typed.digest))),
          ("message", value(typed.message)),
          ("summary", summary.map { self.summary($0, tokens: tokens) } ?? .null),
        ])
      ),
      ("intent", .optional(intent)),
      ("clearSigning", described.map(ClearSigningOutput.json) ?? .null),
      ("findings", .array([])),
    ])
  }

  /// Structs as objects in declaration order, arrays as arrays, every atomic value a string.
  static func value(_ value: TypedDataValue) -> JSONValue {
    switch value {
    case .atomic: return .string(value.displayText ?? "")
    case .array(_, let elements): return .array(elements.map(self.value))
    case .structure(_, let members): return .object(members.map { ($0.name, self.value($0.value)) })
    }
  }

  private static func summary(_ summary: TypedDataSummary, tokens: TypedDataTokenNames) -> JSONValue
  {
    .object([
      ("kind", .string(summary.kind.rawValue)),
      ("title", .string(summary.title)),
      (
        "tokens",
        .array(
          summary.tokens.map { token in
            .object([
              ("token", .string(token.token.checksummed)),
              ("amount", .string(token.amount.decimalString)),
              ("amountText", .string(tokens.amount(token))),
              ("unlimited", .bool(token.isUnlimited)),
              ("expiration", .optional(token.expiration?.decimalString)),
              ("expirationUTC", .optional(token.expiration.map(UnixTime.format))),
            ])
          })
      ),
      ("spender", .optional(summary.spender?.checksummed)),
      ("deadline", .optional(summary.deadline?.decimalString)),
      ("deadlineUTC", .optional(summary.deadline.map(UnixTime.format))),
      ("offer", .array(summary.offer.map { item($0, tokens: tokens) })),
      ("consideration", .array(summary.consideration.map { item($0, tokens: tokens) })),
    ])
  }

  private static func item(_ item: TypedDataSummary.SeaportItem, tokens: TypedDataTokenNames)
    -> JSONValue
  {
    .object([
      ("itemType", .string(item.itemType.decimalString)),
      ("itemTypeName", .string(item.itemTypeName)),
      ("token", .string(item.token.checksummed)),
      ("identifierOrCriteria", .string(item.identifierOrCriteria.decimalString)),
      ("startAmount", .string(item.startAmount.decimalString)),
      ("endAmount", .string(item.endAmount.decimalString)),
      ("recipient", .optional(item.recipient?.checksummed)),
      ("text", .string(tokens.item(item))),
    ])
  }
}
