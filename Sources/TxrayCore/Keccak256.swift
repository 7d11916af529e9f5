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
    return state.digest
  }
}

/// The Keccak-f[1600] permutation with a 1088-bit rate, the sponge behind Keccak-256.
///
/// Each lane sits in a local variable while blocks are absorbed and every round step is written
/// out, so the compiler can keep the state in registers. Nothing in the loop may capture those
/// locals in a closure (such as `withUnsafeBufferPointer` to read the round constants): that
/// forced them to memory and cost about 40% of the throughput.
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
  static let rate = 136

  /// Lane (x, y) of the 5×5 state is element x + 5y, matching the order bytes are absorbed in.
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

  /// XORs `count` consecutive 136-byte blocks from `blocks` into the state, permuting after each.
  mutating func absorb(blocks: UnsafeRawPointer, count: Int) {
    var a0 = lanes.0
    var a1 = lanes.1
    var a2 = lanes.2
    var a3 = lanes.3
    var a4 = lanes.4
    var a5 = lanes.5
    var a6 = lanes.6
    var a7 = lanes.7
    var a8 = lanes.8
    var a9 = lanes.9
    var a10 = lanes.10
    var a11 = lanes.11
    var a12 = lanes.12
    var a13 = lanes.13
    var a14 = lanes.14
    var a15 = lanes.15
    var a16 = lanes.16
    var a17 = lanes.17
    var a18 = lanes.18
    var a19 = lanes.19
    var a20 = lanes.20
    var a21 = lanes.21
    var a22 = lanes.22
    var a23 = lanes.23
    var a24 = lanes.24
    for blockIndex in 0..<count {
      let block = blocks + blockIndex * Self.rate
      a0 ^= block.loadUnaligned(fromByteOffset: 0, as: UInt64.self).littleEndian
      a1 ^= block.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
      a2 ^= block.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian
      a3 ^= block.loadUnaligned(fromByteOffset: 24, as: UInt64.self).littleEndian
      a4 ^= block.loadUnaligned(fromByteOffset: 32, as: UInt64.self).littleEndian
      a5 ^= block.loadUnaligned(fromByteOffset: 40, as: UInt64.self).littleEndian
      a6 ^= block.loadUnaligned(fromByteOffset: 48, as: UInt64.self).littleEndian
      a7 ^= block.loadUnaligned(fromByteOffset: 56, as: UInt64.self).littleEndian
      a8 ^= block.loadUnaligned(fromByteOffset: 64, as: UInt64.self).littleEndian
      a9 ^= block.loadUnaligned(fromByteOffset: 72, as: UInt64.self).littleEndian
      a10 ^= block.loadUnaligned(fromByteOffset: 80, as: UInt64.self).littleEndian
      a11 ^= block.loadUnaligned(fromByteOffset: 88, as: UInt64.self).littleEndian
      a12 ^= block.loadUnaligned(fromByteOffset: 96, as: UInt64.self).littleEndian
      a13 ^= block.loadUnaligned(fromByteOffset: 104, as: UInt64.self).littleEndian
      a14 ^= block.loadUnaligned(fromByteOffset: 112, as: UInt64.self).littleEndian
      a15 ^= block.loadUnaligned(fromByteOffset: 120, as: UInt64.self).littleEndian
      a16 ^= block.loadUnaligned(fromByteOffset: 128, as: UInt64.self).littleEndian
      for round in 0..<24 {
        // θ: each lane absorbs the parity of two neighbouring columns.
        let c0 = a0 ^ a5 ^ a10 ^ a15 ^ a20
        let c1 = a1 ^ a6 ^ a11 ^ a16 ^ a21
        let c2 = a2 ^ a7 ^ a12 ^ a17 ^ a22
        let c3 = a3 ^ a8 ^ a13 ^ a18 ^ a23
        let c4 = a4 ^ a9 ^ a14 ^ a19 ^ a24
        let d0 = c4 ^ c1.rotatedLeft(1)
        let d1 = c0 ^ c2.rotatedLeft(1)
        let d2 = c1 ^ c3.rotatedLeft(1)
        let d3 = c2 ^ c4.rotatedLeft(1)
        let d4 = c3 ^ c0.rotatedLeft(1)
        // ρ and π: rotate each lane and move lane (x, y) to (y, 2x + 3y).
        let b0 = a0 ^ d0
        let b1 = (a6 ^ d1).rotatedLeft(44)
        let b2 = (a12 ^ d2).rotatedLeft(43)
        let b3 = (a18 ^ d3).rotatedLeft(21)
        let b4 = (a24 ^ d4).rotatedLeft(14)
        let b5 = (a3 ^ d3).rotatedLeft(28)
        let b6 = (a9 ^ d4).rotatedLeft(20)
        let b7 = (a10 ^ d0).rotatedLeft(3)
        let b8 = (a16 ^ d1).rotatedLeft(45)
        let b9 = (a22 ^ d2).rotatedLeft(61)
        let b10 = (a1 ^ d1).rotatedLeft(1)
        let b11 = (a7 ^ d2).rotatedLeft(6)
        let b12 = (a13 ^ d3).rotatedLeft(25)
        let b13 = (a19 ^ d4).rotatedLeft(8)
        let b14 = (a20 ^ d0).rotatedLeft(18)
        let b15 = (a4 ^ d4).rotatedLeft(27)
        let b16 = (a5 ^ d0).rotatedLeft(36)
        let b17 = (a11 ^ d1).rotatedLeft(10)
        let b18 = (a17 ^ d2).rotatedLeft(15)
        let b19 = (a23 ^ d3).rotatedLeft(56)
        let b20 = (a2 ^ d2).rotatedLeft(62)
        let b21 = (a8 ^ d3).rotatedLeft(55)
        let b22 = (a14 ^ d4).rotatedLeft(39)
        let b23 = (a15 ^ d0).rotatedLeft(41)
        let b24 = (a21 ^ d1).rotatedLeft(2)
        // χ: the only non-linear step, along each row.
        a0 = b0 ^ (~b1 & b2)
        a1 = b1 ^ (~b2 & b3)
        a2 = b2 ^ (~b3 & b4)
        a3 = b3 ^ (~b4 & b0)
        a4 = b4 ^ (~b0 & b1)
        a5 = b5 ^ (~b6 & b7)
        a6 = b6 ^ (~b7 & b8)
        a7 = b7 ^ (~b8 & b9)
        a8 = b8 ^ (~b9 & b5)
        a9 = b9 ^ (~b5 & b6)
        a10 = b10 ^ (~b11 & b12)
        a11 = b11 ^ (~b12 & b13)
        a12 = b12 ^ (~b13 & b14)
        a13 = b13 ^ (~b14 & b10)
        a14 = b14 ^ (~b10 & b11)
        a15 = b15 ^ (~b16 & b17)
        a16 = b16 ^ (~b17 & b18)
        a17 = b17 ^ (~b18 & b19)
        a18 = b18 ^ (~b19 & b15)
        a19 = b19 ^ (~b15 & b16)
        a20 = b20 ^ (~b21 & b22)
        a21 = b21 ^ (~b22 & b23)
        a22 = b22 ^ (~b23 & b24)
        a23 = b23 ^ (~b24 & b20)
        a24 = b24 ^ (~b20 & b21)
        // ι: break the symmetry between rounds.
        a0 ^= Self.roundConstant(round)
      }
    }
    lanes = (
      a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20,
      a21, a22, a23, a24
    )
  }

  /// ι constants: the output of a degree-8 LFSR, one per round. A switch compiles to a constant
  /// table read without bounds checks or global-variable access, which inside the round loop
  /// matters: reading a global array there halved throughput.
  @inline(__always)
  static func roundConstant(_ round: Int) -> UInt64 {
    switch round {
    case 0: return 0x0000_0000_0000_0001
    case 1: return 0x0000_0000_0000_8082
    case 2: return 0x8000_0000_0000_808A
    case 3: return 0x8000_0000_8000_8000
    case 4: return 0x0000_0000_0000_808B
    case 5: return 0x0000_0000_8000_0001
    case 6: return 0x8000_0000_8000_8081
    case 7: return 0x8000_0000_0000_8009
    case 8: return 0x0000_0000_0000_008A
    case 9: return 0x0000_0000_0000_0088
    case 10: return 0x0000_0000_8000_8009
    case 11: return 0x0000_0000_8000_000A
    case 12: return 0x0000_0000_8000_808B
    case 13: return 0x8000_0000_0000_008B
    case 14: return 0x8000_0000_0000_8089
    case 15: return 0x8000_0000_0000_8003
    case 16: return 0x8000_0000_0000_8002
    case 17: return 0x8000_0000_0000_0080
    case 18: return 0x0000_0000_0000_800A
    case 19: return 0x8000_0000_8000_000A
    case 20: return 0x8000_0000_8000_8081
    case 21: return 0x8000_0000_0000_8080
    case 22: return 0x0000_0000_8000_0001
    case 23: return 0x8000_0000_8000_8008
    default: return 0
    }
  }
}

extension UInt64 {
  @inline(__always)
  fileprivate func rotatedLeft(_ count: UInt64) -> UInt64 {
    (self &<< count) | (self &>> (64 &- count))
  }
}
