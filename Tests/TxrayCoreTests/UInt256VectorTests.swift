import Testing
import TxrayCore

/// Results computed with Python's big integers by scripts/gen-core-vectors.py.
private struct UInt256Vectors: Decodable {
  struct Value: Decodable {
    var value: String
    var decimal: String
    var bytes: String
    var bitWidth: Int
    var not: String
    var shift: Int
    var shiftedLeft: String
    var shiftedRight: String
  }
  struct Pair: Decodable {
    var a: String
    var b: String
    var add: String
    var addOverflow: Bool
    var sub: String
    var subOverflow: Bool
    var mul: String
    var mulOverflow: Bool
    var and: String
    var or: String
    var xor: String
    var less: Bool
    var div: String?
    var mod: String?
  }
  struct MulMod: Decodable {
    var a: String
    var b: String
    var n: String
    var productHigh: String
    var productLow: String
    var mulmod: String
  }
  var values: [Value]
  var pairs: [Pair]
  var mulmods: [MulMod]

  static func load() throws -> UInt256Vectors {
    try Fixtures.load("uint256-vectors.json", as: UInt256Vectors.self)
  }
}

/// Parses a hex string the fixture promises is valid, failing the test (not trapping) if not.
private func number(_ hex: String) throws -> UInt256 {
  try #require(UInt256(hexString: hex))
}

@Suite struct UInt256VectorTests {
  @Test func arithmeticMatchesPython() throws {
    let vectors = try UInt256Vectors.load()
    #expect(vectors.pairs.count > 500)
    for pair in vectors.pairs {
      let a = try number(pair.a)
      let b = try number(pair.b)
      let context = Comment(rawValue: "\(pair.a), \(pair.b)")

      let sum = a.addingReportingOverflow(b)
      #expect(sum.partialValue.hexString == pair.add, context)
      #expect(sum.overflow == pair.addOverflow, context)
      #expect((a &+ b).hexString == pair.add, context)

      let difference = a.subtractingReportingOverflow(b)
      #expect(difference.partialValue.hexString == pair.sub, context)
      #expect(difference.overflow == pair.subOverflow, context)
      #expect((a &- b).hexString == pair.sub, context)

      let product = a.multipliedReportingOverflow(by: b)
      #expect(product.partialValue.hexString == pair.mul, context)
      #expect(product.overflow == pair.mulOverflow, context)
      #expect((a &* b).hexString == pair.mul, context)

      #expect((a & b).hexString == pair.and, context)
      #expect((a | b).hexString == pair.or, context)
      #expect((a ^ b).hexString == pair.xor, context)
      #expect((a < b) == pair.less, context)
      #expect((a == b) == (pair.a == pair.b), context)
    }
  }

  @Test func divisionMatchesPython() throws {
    let vectors = try UInt256Vectors.load()
    var checked = 0
    for pair in vectors.pairs {
      guard let quotient = pair.div, let remainder = pair.mod else { continue }
      let a = try number(pair.a)
      let b = try number(pair.b)
      let context = Comment(rawValue: "\(pair.a) / \(pair.b)")
      let result = a.quotientAndRemainder(dividingBy: b)
      #expect(result.quotient.hexString == quotient, context)
      #expect(result.remainder.hexString == remainder, context)
      #expect((a / b).hexString == quotient, context)
      #expect((a % b).hexString == remainder, context)
      checked += 1
    }
    #expect(checked > 500)
  }

  @Test func wideProductsAndRemaindersMatchPython() throws {
    let vectors = try UInt256Vectors.load()
    #expect(vectors.mulmods.count > 200)
    for vector in vectors.mulmods {
      let a = try number(vector.a)
      let b = try number(vector.b)
      let n = try number(vector.n)
      let context = Comment(rawValue: "\(vector.a) × \(vector.b) mod \(vector.n)")
      let product = a.multipliedFullWidth(by: b)
      #expect(product.high.hexString == vector.productHigh, context)
      #expect(product.low.hexString == vector.productLow, context)
      let remainder = UInt256.remainder(high: product.high, low: product.low, dividingBy: n)
      #expect(remainder.hexString == vector.mulmod, context)
    }
  }

  @Test func conversionsAndShiftsMatchPython() throws {
    let vectors = try UInt256Vectors.load()
    for vector in vectors.values {
      let value = try number(vector.value)
      let context = Comment(rawValue: vector.value)
      #expect(value.hexString == vector.value, context)
      #expect(value.decimalString == vector.decimal, context)
      #expect(value.description == vector.decimal, context)
      #expect(UInt256(decimalString: vector.decimal) == value, context)
      #expect(UInt256(hexString: vector.value.uppercased()) == value, context)

      let bytes = try fixtureBytes(vector.bytes)
      #expect(value.bigEndianBytes == bytes, context)
      #expect(UInt256(bigEndianBytes: bytes) == value, context)
      let minimal = Array(bytes.drop { $0 == 0 })
      #expect(value.minimalBigEndianBytes == minimal, context)
      #expect(UInt256(bigEndianBytes: minimal) == value, context)

      #expect(value.bitWidth == vector.bitWidth, context)
      #expect(value.isZero == (vector.bitWidth == 0), context)
      #expect((~value).hexString == vector.not, context)
      #expect((value << vector.shift).hexString == vector.shiftedLeft, context)
      #expect((value >> vector.shift).hexString == vector.shiftedRight, context)
      // A negative amount shifts the other way, as for Swift's own integers.
      #expect((value << -vector.shift).hexString == vector.shiftedRight, context)
      #expect((value >> -vector.shift).hexString == vector.shiftedLeft, context)
    }
  }
}
