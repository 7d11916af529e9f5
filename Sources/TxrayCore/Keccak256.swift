import CKeccak

/// Keccak-256 as Ethereum uses it: the original Keccak submission's padding (domain byte 0x01),
/// not the later FIPS-202 SHA3-256 (0x06), which gives different digests.
public enum Keccak256 {
  /// The 32-byte digest of `bytes`.
  public static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
    if let digest = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
      return digest
    }
    return Array(bytes).withUnsafeBytes { hash($0) }
  }

  /// The 32-byte digest of the bytes in `buffer`.
  public static func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
    sponge(buffer).digest
  }

  /// The digest of the bytes in `buffer` as a big-endian 256-bit word, without allocating (the
  /// KECCAK256 instruction and code hashes).
  public static func word(_ buffer: UnsafeRawBufferPointer) -> UInt256 {
    sponge(buffer).digestWord
  }

  /// The state after absorbing `buffer` and its padding.
  private static func sponge(_ buffer: UnsafeRawBufferPointer) -> KeccakF1600 {
    var state = KeccakF1600()
    let fullBlocks = buffer.count / KeccakF1600.rate
    if let base = buffer.baseAddress, fullBlocks > 0 {
      state.absorb(blocks: base, count: fullBlocks)
    }

    // The last block holds the remaining bytes, then pad10*1: a 0x01 right after the message and
    // 0x80 in the block's final byte (the same byte when only one is free).
    var lastBlock = KeccakF1600.Block(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    let used = fullBlocks * KeccakF1600.rate
    withUnsafeMutableBytes(of: &lastBlock) { block in
      let tail = UnsafeRawBufferPointer(rebasing: buffer[used...])
      block.copyMemory(from: tail)
      block[tail.count] ^= 0x01
      block[KeccakF1600.rate - 1] ^= 0x80
    }
    withUnsafeBytes(of: &lastBlock) { block in
      // A non-empty tuple always has a base address.
      if let base = block.baseAddress { state.absorb(blocks: base, count: 1) }
    }
    return state
  }
}

/// The Keccak-256 sponge's state: 25 lanes, lane (x, y) of the 5×5 state at element x + 5y,
/// matching the order bytes are absorbed in. The permutation itself is C (`CKeccak`): with lane
/// complementing and BMI2 it needs about 15% fewer instructions than the best Swift version,
/// whose lanes the compiler spilled to the stack just the same (scripts/bench-evm, loop).
struct KeccakF1600 {
  typealias Lanes = (
    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
    UInt64
  )
  typealias Block = (
    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
    UInt64, UInt64, UInt64, UInt64, UInt64
  )

  /// Bytes absorbed per permutation: 1600 bits of state minus 2 × 256 bits of capacity.
  static let rate = Int(TXRAY_KECCAK256_RATE)

  var lanes: Lanes = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

  /// The first 32 bytes of the state, little-endian lane by lane.
  var digest: [UInt8] {
    [UInt8](unsafeUninitializedCapacity: 32) { bytes, count in
      let raw = UnsafeMutableRawBufferPointer(bytes)
      raw.storeBytes(of: lanes.0.littleEndian, toByteOffset: 0, as: UInt64.self)
      raw.storeBytes(of: lanes.1.littleEndian, toByteOffset: 8, as: UInt64.self)
      raw.storeBytes(of: lanes.2.littleEndian, toByteOffset: 16, as: UInt64.self)
      raw.storeBytes(of: lanes.3.littleEndian, toByteOffset: 24, as: UInt64.self)
      count = 32
    }
  }

  /// The digest read as one big-endian 256-bit number: its first byte is the lane 0's lowest.
  var digestWord: UInt256 {
    UInt256(
      w0: lanes.3.byteSwapped, w1: lanes.2.byteSwapped, w2: lanes.1.byteSwapped,
      w3: lanes.0.byteSwapped)
  }

  /// XORs `count` consecutive 136-byte blocks from `blocks` into the state, permuting after each.
  mutating func absorb(blocks: UnsafeRawPointer, count: Int) {
    withUnsafeMutableBytes(of: &lanes) { state in
      txray_keccak_f1600_absorb(
        state.baseAddress!.assumingMemoryBound(to: UInt64.self),
        blocks.assumingMemoryBound(to: UInt8.self), count)
    }
  }
}
