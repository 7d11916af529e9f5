/// Deterministic mutations of seed inputs, in the spirit of libFuzzer's own (byte flips,
/// inserted and erased bytes, truncations, splices of two seeds, repeated chunks, bytes that
/// parsers treat specially), driven by a seeded SplitMix64 so that a failure repeats exactly.
struct Mutator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// A seed for `name` that does not change between runs (Swift's `hashValue` does).
  init(name: String) {
    self.init(
      seed: name.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 })
  }

  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(max(bound, 1)))
  }

  /// Bytes that change how text and binary formats read: JSON's structure, hex and base64
  /// letters, zero, the edges of a byte and of a length, a C1 control and a bidi override.
  private static let specialBytes: [[UInt8]] = [
    [0], [0xff], [0x7f], [0x80], Array("\"".utf8), Array("{".utf8), Array("}".utf8),
    Array("[".utf8), Array("]".utf8), Array(",".utf8), Array(":".utf8), Array("\\".utf8),
    Array("0x".utf8), Array("=".utf8), Array("-1".utf8), Array("1e999".utf8),
    Array("null".utf8), [0xc2, 0x9b], [0xe2, 0x80, 0xae], [0xf0, 0x9f, 0x98, 0x80],
  ]

  /// One to four mutations of `input`; `other` is spliced in by one of them.
  mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
    var bytes = input
    for _ in 0...below(4) {
      switch below(8) {
      case 0 where !bytes.isEmpty:
        bytes[below(bytes.count)] ^= UInt8(1 << below(8))
      case 1 where !bytes.isEmpty:
        bytes[below(bytes.count)] = UInt8(truncatingIfNeeded: next())
      case 2:
        bytes.insert(UInt8(truncatingIfNeeded: next()), at: below(bytes.count + 1))
      case 3 where !bytes.isEmpty:
        let start = below(bytes.count)
        bytes.removeSubrange(start..<min(bytes.count, start + 1 + below(16)))
      case 4:
        bytes.removeLast(below(bytes.count + 1) / 2)
      case 5:
        let cut = below(other.count + 1)
        bytes = Array(bytes.prefix(below(bytes.count + 1))) + other[cut...]
      case 6 where !bytes.isEmpty:
        let start = below(bytes.count)
        let chunk = bytes[start..<min(bytes.count, start + 1 + below(32))]
        bytes.insert(contentsOf: chunk, at: below(bytes.count + 1))
      default:
        bytes.insert(
          contentsOf: Self.specialBytes[below(Self.specialBytes.count)], at: below(bytes.count + 1))
      }
    }
    return bytes
  }
}
