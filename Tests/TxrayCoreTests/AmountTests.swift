import Testing
import TxrayCore

@Suite struct AmountTests {
  static let oneEther = UInt256(1_000_000_000_000_000_000)

  @Test func ether() {
    #expect(Amount.ether(wei: 1_500_000_000_000_000_000).description == "1.5 ETH")
    #expect(Amount.ether(wei: .zero).description == "0 ETH")
    #expect(Amount.ether(wei: 1).description == "0.000000000000000001 ETH")
    #expect(Amount.ether(wei: Self.oneEther).description == "1 ETH")
    #expect(Amount.ether(wei: Self.oneEther * 1_000_000).description == "1000000 ETH")
    #expect(Amount.ether(wei: Self.oneEther + 1).description == "1.000000000000000001 ETH")
    #expect(Amount.ether(wei: 100_000_000_000_000_000).description == "0.1 ETH")
  }

  @Test func gwei() {
    #expect(Amount.gwei(wei: 21_000_000_000).description == "21 gwei")
    #expect(Amount.gwei(wei: 1_500_000_000).description == "1.5 gwei")
    #expect(Amount.gwei(wei: 1).description == "0.000000001 gwei")
  }

  @Test func extremes() {
    // 2²⁵⁶ − 1 wei, every digit kept.
    #expect(
      Amount.ether(wei: .max).description
        == "115792089237316195423570985008687907853269984665640564039457.584007913129639935 ETH")
    #expect(
      Amount(units: .max, decimals: 0, symbol: "X").description == UInt256.max.decimalString + " X")
    #expect(
      Amount(units: 1, decimals: 78, symbol: "T").description == "0."
        + String(repeating: "0", count: 77) + "1 T")
  }

  @Test func otherDecimalsAndSymbols() {
    #expect(Amount(units: 1_234_500, decimals: 6, symbol: "USDC").description == "1.2345 USDC")
    #expect(Amount(units: 7, decimals: 0, symbol: "NFT").description == "7 NFT")
    #expect(Amount(units: 12, decimals: -2, symbol: "X").description == "1200 X")
    #expect(Amount(units: 5, decimals: 1, symbol: "").description == "0.5")
    #expect(Amount(units: .zero, decimals: 6, symbol: "USDC").formattedNumber == "0")
  }
}
