import NEAR
import Testing
import TxrayCore

@Suite struct FungibleTokenSimulationTests {
  typealias F = SimulationFixtures

  static let token = "dollar.token.near"

  static var state: NEARSnapshot {
    F.snapshot([
      F.user("alice.near", near: 25),
      F.user("bob.near", near: 1),
      F.contractAccount(
        token, code: F.contract("ft"),
        state: Dictionary(
          uniqueKeysWithValues: [
            F.balance("alice.near", 500_000_000), F.balance("dex.near", 1_000_000),
          ])),
      F.contractAccount("dex.near", code: F.contract("ft_receiver")),
    ])
  }

  @Test func ftTransferMovesTokensAndChargesGas() {
    let tx = F.transaction(
      "alice.near", to: Self.token,
      [F.call("ft_transfer", #"{"receiver_id":"bob.near","amount":"250000000"}"#)])
    let result = NEARSimulator(state: Self.state).simulate(tx)
    #expect(result.status == .succeeded(value: []))
    let transfers = F.tokenTransfers(result)
    #expect(transfers.count == 1)
    #expect(transfers.first?.from == "alice.near")
    #expect(transfers.first?.to == "bob.near")
    #expect(transfers.first?.amount == UInt256(250_000_000))
    #expect(result.tokens[F.id(Self.token)]?.symbol == "TUSD")
    #expect(result.tokens[F.id(Self.token)]?.decimals == 6)
    // Alice pays the 1 yoctoNEAR deposit and exactly the gas burnt; unused gas comes back.
    #expect(
      F.balanceChange(result, "alice.near")
        == SignedAmount(magnitude: result.tokensBurnt + UInt256(1), isNegative: true))
    // The token gets the deposit and 30% of the gas its code burnt.
    let tokenGain = F.balanceChange(result, Self.token)
    #expect(tokenGain?.isNegative == false)
    #expect((tokenGain?.magnitude ?? .zero) > UInt256(1))
    // bob's new balance entry: "b:bob.near" (10 bytes) + 8-byte value + 40 bytes of record.
    #expect(
      result.effects.contains(
        .storageChange(
          account: F.id(Self.token), beforeBytes: Self.tokenStorage,
          afterBytes: Self.tokenStorage + 58)))
    #expect(result.receipts.count == 2)
    #expect(result.receipts.first?.actions == ["FunctionCall ft_transfer"])
    #expect(result.receipts.first?.logs.first?.hasPrefix("EVENT_JSON:") == true)
    #expect(result.receipts.last?.isRefund == true)
    #expect(result.receipts.last?.receiver == F.id("alice.near"))
    #expect(result.gasBurnt > F.tgas && result.gasBurnt < 10 * F.tgas)
    let outcome = result.outcomeEffects
    #expect(
      outcome.contains(
        .transfer(
          asset: Asset(
            kind: .fungible, contract: Self.token, symbol: "TUSD", name: "Test Dollar", decimals: 6),
          from: "alice.near", to: "bob.near", amount: UInt256(250_000_000), tokenId: nil)))
  }

  static var tokenStorage: UInt64 {
    guard let account = state.accounts[F.id(token)]?.account else {
      return 0
    }
    return account.storageUsage
  }

  @Test func ftTransferCallRefundsWhatTheReceiverReturns() {
    let tx = F.transaction(
      "alice.near", to: Self.token,
      [
        F.call(
          "ft_transfer_call",
          #"{"receiver_id":"dex.near","amount":"100000000","msg":"refund:25000000"}"#)
      ])
    let result = NEARSimulator(state: Self.state).simulate(tx)
    // The transaction's value is ft_resolve_transfer's: the amount the receiver used.
    #expect(result.status == .succeeded(value: Array(#""75000000""#.utf8)))
    let transfers = F.tokenTransfers(result)
    #expect(transfers.count == 2)
    #expect(transfers.first?.from == "alice.near" && transfers.first?.to == "dex.near")
    #expect(transfers.first?.amount == UInt256(100_000_000))
    #expect(transfers.last?.from == "dex.near" && transfers.last?.to == "alice.near")
    #expect(transfers.last?.amount == UInt256(25_000_000))
    let actionReceipts = result.receipts.filter { !$0.isRefund }
    #expect(
      actionReceipts.map(\.actions) == [
        ["FunctionCall ft_transfer_call"], ["FunctionCall ft_on_transfer"],
        ["FunctionCall ft_resolve_transfer"],
      ])
    #expect(actionReceipts.map(\.receiver.value) == [Self.token, "dex.near", Self.token])
    #expect(actionReceipts[1].logs == ["kept 75000000, returning 25000000"])
    if case .succeededWithReceipt(let id) = actionReceipts[0].status {
      #expect(id == actionReceipts[2].id)
    } else {
      Issue.record("ft_transfer_call should return the result of ft_resolve_transfer")
    }
    // Every receipt's unused gas goes back to alice; she pays the deposit and the gas burnt.
    #expect(
      F.balanceChange(result, "alice.near")
        == SignedAmount(magnitude: result.tokensBurnt + UInt256(1), isNegative: true))
    #expect(result.receipts.filter(\.isRefund).allSatisfy { $0.receiver == F.id("alice.near") })
  }

  @Test func ftTransferCallRefundsEverythingWhenTheReceiverFails() {
    let tx = F.transaction(
      "alice.near", to: Self.token,
      [F.call("ft_transfer_call", #"{"receiver_id":"dex.near","amount":"100","msg":"panic"}"#)])
    let result = NEARSimulator(state: Self.state).simulate(tx)
    #expect(result.status == .succeeded(value: Array(#""0""#.utf8)))
    let failed = result.receipts.first { $0.actions == ["FunctionCall ft_on_transfer"] }
    #expect(failed?.status == .failed("Smart contract panicked: receiver refuses the tokens"))
    let transfers = F.tokenTransfers(result)
    #expect(transfers.map(\.amount) == [UInt256(100), UInt256(100)])
    #expect(transfers.last?.to == "alice.near")
  }

  @Test func ftTransferWithoutTheYoctoFailsAndRefundsNothingButGas() {
    let tx = F.transaction(
      "alice.near", to: Self.token,
      [F.call("ft_transfer", #"{"receiver_id":"bob.near","amount":"1"}"#, deposit: .zero)])
    let result = NEARSimulator(state: Self.state).simulate(tx)
    #expect(
      result.status
        == .failed("Smart contract panicked: Requires attached deposit of exactly 1 yoctoNEAR"))
    #expect(F.tokenTransfers(result).isEmpty)
    #expect(
      F.balanceChange(result, "alice.near")
        == SignedAmount(magnitude: result.tokensBurnt, isNegative: true))
  }
}
