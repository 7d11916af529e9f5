import Testing
import TxrayCore

/// Digests from pycryptodome, written by scripts/gen-core-vectors.py.
private struct KeccakVectors: Decodable {
  struct Repeated: Decodable {
    var unit: String
    var times: Int
    var digest: String
  }
  var prefixSource: String
  var prefixDigests: [String]
  var repeated: [Repeated]
}

@Suite struct Keccak256Tests {
  private func digest(_ bytes: some Collection<UInt8>) -> String {
    Hex.encode(Keccak256.hash(bytes), prefix: false)
  }

  @Test func publishedVectors() {
    #expect(digest([]) == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    #expect(
      digest("abc".utf8) == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")
    #expect(
      digest("The quick brown fox jumps over the lazy dog".utf8)
        == "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")
    // The ERC-20 Transfer event topic.
    #expect(
      digest("Transfer(address,address,uint256)".utf8)
        == "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")
  }

  /// Every length from 0 to 400 bytes: the padding lands at each offset of a block, including the
  /// last byte (135), where 0x01 and 0x80 share one byte.
  @Test func everyLengthAcrossBlockBoundaries() throws {
    let vectors = try Fixtures.load("keccak256-vectors.json", as: KeccakVectors.self)
    let source = try fixtureBytes(vectors.prefixSource)
    #expect(vectors.prefixDigests.count == 401)
    for (length, expected) in vectors.prefixDigests.enumerated() {
      #expect(digest(source.prefix(length)) == expected, "length \(length)")
    }
  }

  @Test func largeInputs() throws {
    let vectors = try Fixtures.load("keccak256-vectors.json", as: KeccakVectors.self)
    for vector in vectors.repeated {
      let unit = try fixtureBytes(vector.unit)
      var message: [UInt8] = []
      message.reserveCapacity(unit.count * vector.times)
      for _ in 0..<vector.times { message.append(contentsOf: unit) }
      #expect(digest(message) == vector.digest, "\(vector.unit.prefix(16)) × \(vector.times)")
    }
  }

  /// Collections without contiguous storage and the raw-buffer entry point give the same digest.
  @Test func entryPointsAgree() {
    let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37) }
    let expected = Keccak256.hash(bytes)
    #expect(Keccak256.hash(bytes.lazy.map { $0 }) == expected)
    #expect(Keccak256.hash(([0xff] + bytes)[1...]) == expected)
    #expect(bytes.withUnsafeBytes { Keccak256.hash($0) } == expected)
    #expect(Keccak256.hash(UnsafeRawBufferPointer(start: nil, count: 0)) == Keccak256.hash([]))
  }
}
