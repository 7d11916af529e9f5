import NEAR
import Testing
import TxrayCore

@Suite struct NFTSimulationTests {
  typealias F = SimulationFixtures

  static var state: NEARSnapshot {
    F.snapshot([
      F.user("alice.near", near: 10),
      F.user("bob.near", near: 1),
      F.contractAccount(
        "kittens.near", code: F.contract("nft"),
        state: [Array("o:kitty-1".utf8): Array("alice.near".utf8)]),
    ])
  }

  @Test func nftTransferMovesTheToken() {
    let tx = F.transaction(
      "alice.near", to: "kittens.near",
      [
        F.call(
          "nft_transfer", #"{"receiver_id":"bob.near","token_id":"kitty-1"}"#, gas: 30 * F.tgas)
      ])
    let result = NEARSimulator(state: Self.state).simulate(tx)
    #expect(result.status == .succeeded(value: []))
    let transfers = F.tokenTransfers(result)
    #expect(transfers.count == 1)
    #expect(transfers.first?.from == "alice.near" && transfers.first?.to == "bob.near")
    #expect(transfers.first?.ids == ["kitty-1"])
    #expect(transfers.first?.amount == nil)
    #expect(result.tokens[F.id("kittens.near")]?.symbol == "KIT")
    #expect(
      result.outcomeEffects.contains(
        .transfer(
          asset: Asset(
            kind: .nonFungible, contract: "kittens.near", symbol: "KIT", name: "Test Kittens"),
          from: "alice.near", to: "bob.near", amount: UInt256(1), tokenId: "kitty-1")))
    #expect(
      F.balanceChange(result, "alice.near")
        == SignedAmount(magnitude: result.tokensBurnt + UInt256(1), isNegative: true))
  }

  @Test func nftTransferByANonOwnerFails() {
    let tx = F.transaction(
      "bob.near", to: "kittens.near",
      [F.call("nft_transfer", #"{"receiver_id":"bob.near","token_id":"kitty-1"}"#)])
    let result = NEARSimulator(state: Self.state).simulate(tx)
    #expect(result.status == .failed("Smart contract panicked: Sender must be the token owner"))
    #expect(F.tokenTransfers(result).isEmpty)
    // The failed receipt's deposit goes back to bob in a refund receipt.
    #expect(result.receipts.filter(\.isRefund).count == 2)
  }
}
