import Foundation
import Testing

/// ERC-4626 vault shares, which the curated token lists lack, named offline from the broad list
/// (SmolDapp's): a real redemption from the ERC-7730 registry's tests shows its amount as the
/// device does, with the vault's ticker, not in base units of a bare address.
@Suite struct VaultShareAmountTests {
  @Test func gauntletUSDCPrimeRedemptionShowsTheSharesWithTheirTicker() throws {
    let raw = try DeFiExplanationTests.registryTransaction(
      file: "calldata-gauntlet-gtUSDC.tests.json",
      showing: "85050.2547744693 74529364 gtUSDC")
    let result = try TxrayProcess.run([
      "--no-model", "--descriptors", DeFiExplanationTests.registryRoot + "/registry", raw,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains("Shares to redeem  85050.254774469374529364 gtUSDC"),
      "\(result.stdout)")
    #expect(!result.stdout.contains("base units"), "\(result.stdout)")
  }
}
