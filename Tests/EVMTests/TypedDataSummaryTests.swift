import EVM
import Testing
import TxrayCore

/// The recognizer on the eth-account vectors: each kind names its token, amount, spender and
/// deadline; look-alikes are not recognized.
@Suite struct TypedDataSummaryTests {
  static let usdc = Address(hex: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")
  static let router = Address(hex: "0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af")
  static let deadline = UInt256(1_796_083_200)  // 2026-12-01 00:00 UTC
  static let expiry = UInt256(1_798_459_200)  // 2026-12-28 12:00 UTC

  static func summary(_ name: String) throws -> TypedDataSummary? {
    try ClearSigningMatchTests.typedData(name).summary
  }

  @Test func eip2612Permit() throws {
    let summary = try #require(try Self.summary("eip2612-permit"))
    #expect(summary.kind == .eip2612Permit)
    #expect(summary.tokens.map(\.token) == [Self.usdc].compactMap { $0 })
    #expect(summary.tokens.first?.amount == UInt256(1_000_000_000))
    #expect(summary.tokens.first?.isUnlimited == false)
    #expect(summary.spender == Self.router)
    #expect(summary.deadline == Self.deadline)
  }

  @Test func daiPermitIsAllOrNothing() throws {
    let summary = try #require(try Self.summary("dai-permit"))
    #expect(summary.kind == .daiPermit)
    #expect(summary.tokens.first?.isUnlimited == true)
    #expect(summary.deadline == Self.expiry)
  }

  @Test func permit2FormsAreRecognized() throws {
    let single = try #require(try Self.summary("permit2-single"))
    #expect(single.kind == .permit2Single)
    #expect(single.tokens.first?.isUnlimited == true, "2^160-1 is Permit2's unlimited")
    #expect(single.tokens.first?.expiration == Self.expiry)
    #expect(single.deadline == Self.deadline)
    #expect(try Self.summary("permit2-batch")?.tokens.map(\.isUnlimited) == [false, true])
    #expect(try Self.summary("permit2-transfer-from")?.kind == .permit2TransferFrom)
    let batch = try #require(try Self.summary("permit2-batch-transfer-from"))
    #expect(batch.kind == .permit2BatchTransferFrom)
    #expect(batch.tokens.map(\.isUnlimited) == [false, true])
    #expect(try Self.summary("permit2-witness-transfer-from")?.kind == .permit2WitnessTransferFrom)
  }

  @Test func seaportOrderListsItems() throws {
    let summary = try #require(try Self.summary("seaport-order"))
    #expect(summary.kind == .seaportOrder)
    #expect(summary.offer.count == 1)
    #expect(summary.offer.first?.itemTypeName == "ERC-721")
    #expect(summary.offer.first?.identifierOrCriteria == 8520)
    #expect(
      summary.consideration.map(\.startAmount) == [
        UInt256(9_750_000_000_000_000_000), UInt256(250_000_000_000_000_000),
      ])
    #expect(summary.deadline == Self.expiry)
  }

  @Test func unrecognizedMessagesHaveNoSummary() throws {
    #expect(try Self.summary("eip712-mail") == nil)
    #expect(try Self.summary("nested-arrays") == nil)
  }

  @Test func datesFormatInUTC() {
    #expect(UnixTime.format(Self.expiry) == "2026-12-28 12:00 UTC")
    #expect(UnixTime.format(0) == "1970-01-01 00:00 UTC")
    #expect(UnixTime.format(951_782_405) == "2000-02-29 00:00:05 UTC")
    #expect(UnixTime.format(.max).hasPrefix("never"))
    #expect(UnixTime.duration(90_061) == "1d 1h 1m 1s")
  }
}
