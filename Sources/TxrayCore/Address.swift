/// A 20-byte Ethereum account address.
///
/// The bytes are held inline as three big-endian integers (4 + 8 + 8 bytes), so an address is a
/// plain value and ordering by them is ordering by the bytes.
public struct Address: Sendable, Hashable {
  @usableFromInline let head: UInt32
  @usableFromInline let middle: UInt64
  @usableFromInline let tail: UInt64

  /// Exactly 20 bytes; nil for any other count.
  public init?(bytes: some Collection<UInt8>) {
    guard bytes.count == 20 else { return nil }
    self.init(twentyBytes: bytes)
  }

  /// Packs bytes already known to number 20. Reads them through one contiguous buffer: called
  /// generically across modules, element-by-element iteration costs thousands of instructions
  /// per address, which showed in decode + recovery profiles.
  private init(twentyBytes bytes: some Collection<UInt8>) {
    let words =
      bytes.withContiguousStorageIfAvailable { Self.words(UnsafeRawBufferPointer($0)) }
      ?? Array(bytes).withUnsafeBytes { Self.words($0) }
    self.head = words.head
    self.middle = words.middle
    self.tail = words.tail
  }

  private static func words(_ raw: UnsafeRawBufferPointer) -> (
    head: UInt32, middle: UInt64, tail: UInt64
  ) {
    (
      UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self)),
      UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt64.self)),
      UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt64.self))
    )
  }

  /// 40 hex digits with an optional `0x`/`0X` prefix, in any case. A mixed-case checksum is not
  /// checked here (see `isValidChecksum`), so callers decide whether a bad one is an error.
  public init?(hex: String) {
    guard let bytes = try? Hex.decode(hex) else { return nil }
    self.init(bytes: bytes)
  }

  public var bytes: [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(20)
    withUnsafeBytes(of: head.bigEndian) { bytes.append(contentsOf: $0) }
    withUnsafeBytes(of: middle.bigEndian) { bytes.append(contentsOf: $0) }
    withUnsafeBytes(of: tail.bigEndian) { bytes.append(contentsOf: $0) }
    return bytes
  }

  /// `0x` and 40 lowercase hex digits.
  public var lowercaseHex: String { Hex.encode(bytes) }

  /// The EIP-55 form: a letter digit is uppercase when the matching nibble of the Keccak-256 of
  /// the lowercase hex text (without `0x`) is 8 or more.
  public var checksummed: String {
    let lower = Array(Hex.encode(bytes, prefix: false).utf8)
    let digest = Keccak256.hash(lower)
    var text: [UInt8] = Array("0x".utf8)
    for (index, character) in lower.enumerated() {
      let hashByte = digest[index / 2]
      let hashNibble = index % 2 == 0 ? hashByte >> 4 : hashByte & 0x0f
      let isLetter = character >= UInt8(ascii: "a")
      text.append(isLetter && hashNibble >= 8 ? character - 0x20 : character)
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Whether `hex` is a 40-digit address whose letter case is acceptable under EIP-55: all
  /// lowercase or all uppercase (no checksum given), or mixed case that matches the checksum.
  public static func isValidChecksum(_ hex: String) -> Bool {
    guard let address = Address(hex: hex) else { return false }
    let digits = hex.hasPrefix("0x") || hex.hasPrefix("0X") ? hex.dropFirst(2) : hex[...]
    let hasLower = digits.contains { $0.isLowercase }
    let hasUpper = digits.contains { $0.isUppercase }
    if !hasLower || !hasUpper { return true }
    return digits == address.checksummed.dropFirst(2)
  }

  /// The address of an account controlled by a secp256k1 key: the last 20 bytes of the
  /// Keccak-256 of the 64-byte public key (X ‖ Y, without the 0x04 prefix).
  public static func fromPublicKey(uncompressed64 key: some Collection<UInt8>) -> Address {
    Address(twentyBytes: Keccak256.hash(key).suffix(20))
  }
}

extension Address: Comparable {
  public static func < (lhs: Address, rhs: Address) -> Bool {
    (lhs.head, lhs.middle, lhs.tail) < (rhs.head, rhs.middle, rhs.tail)
  }
}

extension Address: CustomStringConvertible {
  public var description: String { checksummed }

  /// The address as a number when it fits in 64 bits, as precompile and system addresses do:
  /// a check without hashing.
  public var uint64Value: UInt64? { head == 0 && middle == 0 ? tail : nil }
}
