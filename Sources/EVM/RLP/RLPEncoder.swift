/// Builds canonical RLP into one growing byte array.
///
/// Used for the digests a wallet signs (which are hashes of RLP the signer never sees) and for
/// EIP-7702 authorization digests, so it emits exactly the canonical form: integers minimal
/// big-endian, zero as the empty string, single bytes below 0x80 as themselves.
public struct RLPEncoder: Sendable {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  /// Encodes one item tree.
  public static func encode(_ item: RLPItem) -> [UInt8] {
    var encoder = RLPEncoder()
    encoder.append(item)
    return encoder.bytes
  }

  public mutating func append(_ item: RLPItem) {
    switch item {
    case .bytes(let payload):
      appendBytes(payload)
    case .list(let items):
      appendList { encoder in
        for inner in items { encoder.append(inner) }
      }
    }
  }

  /// Appends a byte string.
  public mutating func appendBytes(_ payload: some Collection<UInt8>) {
    if payload.count == 1, let only = payload.first, only < 0x80 {
      bytes.append(only)
      return
    }
    bytes.append(contentsOf: Self.header(length: payload.count, shortBase: 0x80))
    bytes.append(contentsOf: payload)
  }

  /// Appends an unsigned integer as its minimal big-endian bytes (zero is the empty string).
  public mutating func appendInteger(_ value: UInt64) {
    if value != 0 && value < 0x80 {
      bytes.append(UInt8(value))
      return
    }
    let byteCount = (64 - value.leadingZeroBitCount + 7) / 8
    bytes.append(0x80 + UInt8(byteCount))
    for index in stride(from: byteCount - 1, through: 0, by: -1) {
      bytes.append(UInt8(truncatingIfNeeded: value >> (index * 8)))
    }
  }

  /// Appends a list whose items `body` appends; the header goes in front once the length is known.
  public mutating func appendList(_ body: (inout RLPEncoder) -> Void) {
    let start = bytes.count
    body(&self)
    bytes.insert(
      contentsOf: Self.header(length: bytes.count - start, shortBase: 0xc0), at: start)
  }

  /// Appends bytes that are already one encoded item (e.g. a field copied from decoded input).
  public mutating func appendEncoded(_ encoded: some Collection<UInt8>) {
    bytes.append(contentsOf: encoded)
  }

  /// The prefix for a string (`shortBase` 0x80) or list (0xc0) payload of `length` bytes.
  static func header(length: Int, shortBase: UInt8) -> [UInt8] {
    if length < 56 {
      return [shortBase + UInt8(length)]
    }
    let lengthByteCount = (Int.bitWidth - length.leadingZeroBitCount + 7) / 8
    var header: [UInt8] = [shortBase + 55 + UInt8(lengthByteCount)]
    for index in stride(from: lengthByteCount - 1, through: 0, by: -1) {
      header.append(UInt8(truncatingIfNeeded: length >> (index * 8)))
    }
    return header
  }
}
