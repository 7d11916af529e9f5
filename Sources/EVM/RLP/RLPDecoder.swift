import TxrayCore

/// A strict, in-place reader of RLP (Recursive Length Prefix, Ethereum Yellow Paper appendix B).
///
/// Strict means that only the canonical encoding of each item is accepted: a long-form length
/// below 56, a length with leading zero bytes and a single byte below 0x80 wrapped as `0x81 xx`
/// are all rejected, because two encodings of one transaction would give two different hashes
/// for the same signed content. Items are read from the shared input array by index, so reading
/// a field copies nothing until the caller asks for the bytes. Every error names the byte offset
/// where it was found, and no input can make it trap: lengths are compared against what remains
/// before any index is formed.
public struct RLPDecoder: Sendable {
  /// Lists nested deeper than this are rejected by `readItem`, which recurses once per level.
  public static let defaultMaxDepth = 64

  /// Where one item sits in the input.
  public struct Header: Sendable, Equatable {
    /// Offset of the item's first (prefix) byte.
    public var offset: Int
    public var isList: Bool
    /// The item's payload: the string bytes, or the encoded items of a list.
    public var payload: Range<Int>
  }

  /// The whole input; readers of nested lists share it.
  public let bytes: [UInt8]
  /// Offset of the next item to read.
  public private(set) var position: Int
  /// End of the region this reader may read (the end of the enclosing list's payload).
  public let end: Int

  public init(_ bytes: [UInt8]) {
    self.init(bytes: bytes, range: bytes.startIndex..<bytes.endIndex)
  }

  init(bytes: [UInt8], range: Range<Int>) {
    self.bytes = bytes
    self.position = range.lowerBound
    self.end = range.upperBound
  }

  public var isAtEnd: Bool { position >= end }

  /// Decodes `bytes` as exactly one RLP item, with nothing after it.
  public static func decode(
    _ bytes: [UInt8], maxDepth: Int = defaultMaxDepth
  ) throws(DecodeError) -> RLPItem {
    var decoder = RLPDecoder(bytes)
    let item = try decoder.readItem(maxDepth: maxDepth)
    try decoder.expectEnd(of: "the RLP item")
    return item
  }

  /// Reads the next item's header and moves past the whole item.
  public mutating func readHeader() throws(DecodeError) -> Header {
    let header = try peekHeader()
    position = header.payload.upperBound
    return header
  }

  /// Reads the next item, which must be a byte string, and returns its payload in place.
  public mutating func readBytes(_ what: String) throws(DecodeError) -> ArraySlice<UInt8> {
    let header = try readHeader()
    guard !header.isList else {
      throw DecodeError("\(what) must be a byte string, found a list", offset: header.offset)
    }
    return bytes[header.payload]
  }

  /// Reads the next item, which must be a list, and returns a reader over its items.
  public mutating func readList(_ what: String) throws(DecodeError) -> RLPDecoder {
    let header = try readHeader()
    guard header.isList else {
      throw DecodeError("\(what) must be a list, found a byte string", offset: header.offset)
    }
    return RLPDecoder(bytes: bytes, range: header.payload)
  }

  /// Reads the next item as a tree, refusing lists nested deeper than `maxDepth`.
  public mutating func readItem(maxDepth: Int = defaultMaxDepth) throws(DecodeError) -> RLPItem {
    let header = try readHeader()
    guard header.isList else { return .bytes(Array(bytes[header.payload])) }
    guard maxDepth > 0 else {
      throw DecodeError("RLP lists are nested too deeply", offset: header.offset)
    }
    var inner = RLPDecoder(bytes: bytes, range: header.payload)
    var items: [RLPItem] = []
    while !inner.isAtEnd {
      items.append(try inner.readItem(maxDepth: maxDepth - 1))
    }
    return .list(items)
  }

  /// The number of items left in this reader, checking each one's header on the way.
  public func remainingCount() throws(DecodeError) -> Int {
    var copy = self
    var count = 0
    while !copy.isAtEnd {
      _ = try copy.readHeader()
      count += 1
    }
    return count
  }

  /// Throws unless every byte of this reader's region has been read.
  public func expectEnd(of what: String) throws(DecodeError) {
    guard isAtEnd else {
      throw DecodeError("unexpected bytes after \(what)", offset: position)
    }
  }

  /// Parses the header of the next item without moving.
  public func peekHeader() throws(DecodeError) -> Header {
    guard position < end else {
      throw DecodeError("input ends where an RLP item was expected", offset: position)
    }
    let start = position
    let prefix = bytes[start]
    switch prefix {
    case 0x00...0x7f:
      return Header(offset: start, isList: false, payload: start..<start + 1)
    case 0x80...0xb7:
      let length = Int(prefix - 0x80)
      let payload = try payloadRange(start: start, headerSize: 1, length: length)
      if length == 1 && bytes[payload.lowerBound] < 0x80 {
        throw DecodeError(
          "RLP single byte below 0x80 must be encoded as itself, not with a 0x81 prefix",
          offset: start)
      }
      return Header(offset: start, isList: false, payload: payload)
    case 0xb8...0xbf:
      let lengthOfLength = Int(prefix - 0xb7)
      let length = try longFormLength(start: start, lengthOfLength: lengthOfLength)
      let payload = try payloadRange(start: start, headerSize: 1 + lengthOfLength, length: length)
      return Header(offset: start, isList: false, payload: payload)
    case 0xc0...0xf7:
      let payload = try payloadRange(start: start, headerSize: 1, length: Int(prefix - 0xc0))
      return Header(offset: start, isList: true, payload: payload)
    default:
      let lengthOfLength = Int(prefix - 0xf7)
      let length = try longFormLength(start: start, lengthOfLength: lengthOfLength)
      let payload = try payloadRange(start: start, headerSize: 1 + lengthOfLength, length: length)
      return Header(offset: start, isList: true, payload: payload)
    }
  }

  /// The big-endian length that follows a long-form prefix at `start`.
  private func longFormLength(start: Int, lengthOfLength: Int) throws(DecodeError) -> Int {
    guard lengthOfLength <= end - start - 1 else {
      throw DecodeError("RLP length runs past the end of the input", offset: start)
    }
    guard bytes[start + 1] != 0 else {
      throw DecodeError("RLP length has leading zero bytes", offset: start + 1)
    }
    var length = 0
    for index in (start + 1)...(start + lengthOfLength) {
      guard length <= Int.max >> 8 else {
        throw DecodeError("RLP length is too large", offset: start + 1)
      }
      length = length << 8 | Int(bytes[index])
    }
    guard length >= 56 else {
      throw DecodeError(
        "RLP long-form length used for \(length) bytes (below 56 the short form is required)",
        offset: start)
    }
    return length
  }

  /// The payload range after a header, checked against what remains of this reader's region.
  private func payloadRange(
    start: Int, headerSize: Int, length: Int
  ) throws(DecodeError) -> Range<Int> {
    let payloadStart = start + headerSize
    let remaining = end - payloadStart
    guard length <= remaining else {
      throw DecodeError(
        "RLP item needs \(length) bytes but only \(remaining) remain", offset: start)
    }
    return payloadStart..<payloadStart + length
  }
}
