/// One RLP item as a value: a byte string or a list of items.
///
/// The transaction decoder reads fields in place with `RLPDecoder` instead; this tree form is for
/// generic inspection of RLP (logs, receipts, unknown payloads) and for building encodings.
public enum RLPItem: Sendable, Equatable {
  case bytes([UInt8])
  case list([RLPItem])
}
