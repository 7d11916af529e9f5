import Testing
import TxrayCore

@Suite struct UInt256Tests {
  static let maxDecimal =
    "115792089237316195423570985008687907853269984665640564039457584007913129639935"
  static let two64 = UInt256(1) << 64
  static let two128 = UInt256(1) << 128
  static let two255 = UInt256(1) << 255

  @Test func edgeValuesPrint() {
    #expect(UInt256.zero.decimalString == "0")
    #expect(UInt256.zero.hexString == "0x0")
    #expect(UInt256(1).hexString == "0x1")
    #expect(UInt256.max.decimalString == Self.maxDecimal)
    #expect(UInt256.max.hexString == "0x" + String(repeating: "f", count: 64))
    #expect((Self.two64 - 1).decimalString == "18446744073709551615")
    #expect(Self.two64.decimalString == "18446744073709551616")
    #expect((Self.two64 + 1).hexString == "0x10000000000000001")
    #expect(Self.two128.decimalString == "340282366920938463463374607431768211456")
    #expect(
      Self.two255.decimalString
        == "57896044618658097711785492504343953926634992332820282019728792003956564819968")
    // A value whose middle decimal chunk is zero must keep that chunk's zeros.
    #expect(
      UInt256(decimalString: "1000000000000000000000000000000000000001")?.decimalString
        == "1000000000000000000000000000000000000001")
  }

  @Test func edgeValueProperties() {
    #expect(UInt256.zero.isZero && UInt256.zero.bitWidth == 0)
    #expect(UInt256(1).bitWidth == 1)
    #expect(Self.two64.bitWidth == 65 && (Self.two64 - 1).bitWidth == 64)
    #expect(Self.two255.bitWidth == 256 && UInt256.max.bitWidth == 256)
    #expect(UInt256(UInt64.max).uint64Value == .max)
    #expect(Self.two64.uint64Value == nil)
    #expect(UInt256.zero.minimalBigEndianBytes == [])
    #expect(UInt256(1).minimalBigEndianBytes == [1])
    #expect(Self.two64.minimalBigEndianBytes == [1, 0, 0, 0, 0, 0, 0, 0, 0])
    #expect(UInt256.max.bigEndianBytes == [UInt8](repeating: 0xff, count: 32))
    let literal: UInt256 = 42
    #expect(literal == UInt256(42) && literal.description == "42")
    #expect(UInt256.zero < 1 && 1 < Self.two64 && Self.two64 < Self.two128 && Self.two255 < .max)
  }

  @Test func edgeArithmetic() {
    #expect(UInt256.max.addingReportingOverflow(1) == (.zero, true))
    #expect(UInt256.zero.subtractingReportingOverflow(1) == (.max, true))
    #expect((Self.two64 - 1) + 1 == Self.two64)
    #expect(Self.two64 - 1 == UInt256(UInt64.max))
    #expect(Self.two128.multipliedReportingOverflow(by: Self.two128) == (.zero, true))
    #expect(Self.two255.multipliedReportingOverflow(by: 2) == (.zero, true))
    #expect(UInt256.max.multipliedReportingOverflow(by: .max) == (1, true))
    #expect(UInt256.max.quotientAndRemainder(dividingBy: .max) == (1, .zero))
    #expect(
      UInt256.max.quotientAndRemainder(dividingBy: Self.two128) == (
        Self.two128 - 1, Self.two128 - 1
      ))
    #expect(UInt256.max / Self.two255 == 1)
    #expect(UInt256(7).quotientAndRemainder(dividingBy: Self.two64) == (.zero, 7))
    #expect(UInt256.max % 10 == 5)
    #expect(UInt256.max << 255 == Self.two255)
    #expect(UInt256.max >> 255 == 1)
    #expect(UInt256.max << 256 == .zero && UInt256.max >> Int.max == .zero)
    #expect(UInt256.max << Int.min == .zero)
  }

  @Test func parsingRejectsMalformedText() {
    #expect(UInt256(decimalString: "") == nil)
    #expect(UInt256(decimalString: "-1") == nil)
    #expect(UInt256(decimalString: "+1") == nil)
    #expect(UInt256(decimalString: " 1") == nil)
    #expect(UInt256(decimalString: "1_000") == nil)
    #expect(UInt256(decimalString: "0x10") == nil)
    #expect(UInt256(decimalString: "١") == nil)  // an Arabic-Indic digit is still not ASCII
    #expect(UInt256(decimalString: Self.maxDecimal) == .max)
    #expect(
      UInt256(
        decimalString:
          "115792089237316195423570985008687907853269984665640564039457584007913129639936") == nil)
    #expect(UInt256(decimalString: "1" + String(repeating: "0", count: 78)) == nil)
    #expect(UInt256(decimalString: String(repeating: "0", count: 100) + "12") == 12)

    #expect(UInt256(hexString: "") == nil)
    #expect(UInt256(hexString: "0x") == nil)
    #expect(UInt256(hexString: "0xg") == nil)
    #expect(UInt256(hexString: "0x-1") == nil)
    #expect(UInt256(hexString: " 0x1") == nil)
    #expect(UInt256(hexString: "0x0x1") == nil)
    #expect(UInt256(hexString: "0x" + String(repeating: "0", count: 65)) == nil)
    #expect(UInt256(hexString: "0x" + String(repeating: "F", count: 64)) == .max)
    #expect(UInt256(hexString: "0XaB") == 0xab)
    #expect(UInt256(hexString: "ff") == 255)

    #expect(UInt256(bigEndianBytes: [UInt8](repeating: 0, count: 33)) == nil)
    #expect(UInt256(bigEndianBytes: [UInt8](repeating: 0, count: 32)) == .zero)
    #expect(UInt256(bigEndianBytes: []) == .zero)
    #expect(UInt256(bigEndianBytes: [0, 0, 1, 0]) == 256)
  }

  @Test func trappingOperatorsTrap() async {
    await #expect(processExitsWith: .failure) { _ = UInt256.max + 1 }
    await #expect(processExitsWith: .failure) { _ = UInt256.zero - 1 }
    await #expect(processExitsWith: .failure) { _ = UInt256.two255Value * 2 }
    await #expect(processExitsWith: .failure) { _ = UInt256(1) / .zero }
  }
}

extension UInt256 {
  /// Exit-test bodies cannot capture values, so they reach this through a type member.
  fileprivate static var two255Value: UInt256 { UInt256(1) << 255 }
}
