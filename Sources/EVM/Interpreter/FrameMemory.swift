import TxrayCore

/// A frame's byte-addressed memory: one growable zeroed allocation, sized in 32-byte words.
/// Growth is charged before it happens (`expansionCost`), so gas bounds the allocation.
struct FrameMemory {
  private(set) var bytes: UnsafeMutableRawPointer?
  /// Bytes in use, always a multiple of 32.
  private(set) var size = 0
  private var capacity = 0

  /// Offsets or sizes above this can never be paid for (the cost of 2³² bytes is above 2⁴⁴ gas),
  /// so they end the frame out of gas without overflow in the arithmetic.
  static let addressLimit: UInt64 = 1 << 32

  /// Memory cost of `words` words: 3 per word plus words² / 512.
  @inline(__always)
  static func cost(words: Int) -> Int64 {
    let w = Int64(words)
    return w * GasSchedule.memoryWord + w * w / GasSchedule.memoryQuadraticDivisor
  }

  /// The extra gas to make `offset..<offset+length` addressable; nil when it can never be paid.
  /// A zero length never expands memory, whatever the offset.
  @inline(__always)
  func expansionCost(offset: Int, length: Int) -> Int64 {
    if length == 0 { return 0 }
    let end = offset + length
    if end <= size { return 0 }
    let words = (end + 31) / 32
    return Self.cost(words: words) - Self.cost(words: size / 32)
  }

  /// Grows to cover `offset..<offset+length` (already paid for).
  @inline(__always)
  mutating func expand(offset: Int, length: Int) {
    if length == 0 { return }
    let end = offset + length
    if end <= size { return }
    grow(to: (end + 31) / 32 * 32)
  }

  private mutating func grow(to newSize: Int) {
    if newSize > capacity {
      let newCapacity = max(newSize, capacity * 2, 1024)
      let newBytes = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 32)
      if let old = bytes {
        newBytes.copyMemory(from: old, byteCount: size)
        old.deallocate()
      }
      bytes = newBytes
      capacity = newCapacity
    }
    (bytes! + size).initializeMemory(as: UInt8.self, repeating: 0, count: newSize - size)
    size = newSize
  }

  @inline(__always)
  func load(_ offset: Int) -> UInt256 {
    UInt256(loadingBigEndianFrom: bytes! + offset)
  }

  @inline(__always)
  func store(_ offset: Int, _ value: UInt256) {
    value.storeBigEndian(to: bytes! + offset)
  }

  @inline(__always)
  func store8(_ offset: Int, _ value: UInt8) {
    bytes!.storeBytes(of: value, toByteOffset: offset, as: UInt8.self)
  }

  /// Copies `source` to `offset`, padding with zeros up to `length` (copy instructions read
  /// past the end of their source as zeros).
  func write(_ source: UnsafeRawBufferPointer, at offset: Int, length: Int) {
    guard length > 0, let bytes else { return }
    let copied = min(source.count, length)
    if copied > 0, let from = source.baseAddress {
      (bytes + offset).copyMemory(from: from, byteCount: copied)
    }
    if copied < length {
      (bytes + offset + copied).initializeMemory(
        as: UInt8.self, repeating: 0, count: length - copied)
    }
  }

  /// `source[start..<start+length]` into memory at `offset`, zeros past the end of `source`.
  func write(_ source: [UInt8], from start: Int, at offset: Int, length: Int) {
    guard length > 0 else { return }
    source.withUnsafeBytes { raw in
      let from = min(start, raw.count)
      let available = UnsafeRawBufferPointer(rebasing: raw[from..<raw.count])
      write(available, at: offset, length: length)
    }
  }

  /// MCOPY: overlapping regions behave as if copied through a buffer.
  func move(from source: Int, to destination: Int, length: Int) {
    guard length > 0, let bytes else { return }
    (bytes + destination).copyMemory(from: bytes + source, byteCount: length)
  }

  func read(_ offset: Int, _ length: Int) -> [UInt8] {
    guard length > 0, let bytes else { return [] }
    return [UInt8](UnsafeRawBufferPointer(start: bytes + offset, count: length))
  }

  func release() {
    bytes?.deallocate()
  }
}
