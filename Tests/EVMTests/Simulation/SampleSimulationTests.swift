import EVM
import Foundation
import Testing
import TxrayCore

/// Every EVM sample with a snapshot (`samples/NAME.state.json`, written by
/// scripts/gen-evm-samples.py) simulates offline, with the effects its description promises.
@Suite struct SampleSimulationTests {
  static let sender = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
  static let usdc = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
  static let vitalik = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"

  static func simulate(_ name: String, file: String? = nil) throws -> EVMSimulation {
    let samples = SharedTestData.packageRoot.appendingPathComponent("samples")
    let input = try String(
      contentsOf: samples.appendingPathComponent(file ?? "\(name).hex"), encoding: .utf8)
    let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
    let tx =
      trimmed.hasPrefix("{")
      ? try TransactionDecoder.decode(jsonRequest: trimmed)
      : try TransactionDecoder.decode(Hex.decode(trimmed))
    let state = try SnapshotState(file: samples.appendingPathComponent("\(name).state.json"))
    let sender = try #require(tx.from ?? Address(hex: Self.sender))
    return EVMSimulator(fork: .osaka, block: state.block, state: state, timeout: .seconds(30))
      .simulate(tx, from: sender)
  }

  static func kinds(_ simulation: EVMSimulation) -> [String] {
    simulation.effects.map(\.kind)
  }

  @Test(arguments: [
    "eip1559-eth-transfer", "legacy-no-chainid", "legacy-eip155", "eip4844-blob",
  ])
  func etherTransfersSucceed(name: String) throws {
    let simulation = try Self.simulate(name)
    #expect(simulation.status == .success, "\(name): \(simulation.status)")
    #expect(simulation.accountsWithoutCode.contains(try #require(Address(hex: Self.sender))))
  }

  @Test(arguments: [
    ("erc20-transfer", "erc20-transfer.hex"), ("unsigned-eip1559", "unsigned-eip1559.hex"),
  ])
  func usdcTransferMovesTokens(name: String, file: String) throws {
    let simulation = try Self.simulate(name, file: file)
    #expect(simulation.status == .success, "\(name): \(simulation.status)")
    let usdc = Asset(
      kind: .fungible, contract: Self.usdc, symbol: "USDC", name: "USD Coin", decimals: 6,
      source: "chain")
    #expect(
      simulation.effects.contains(
        .transfer(
          asset: usdc, from: Self.sender, to: Self.vitalik, amount: 250_000_000, tokenId: nil)))
    #expect(simulation.calls?.method == "transfer")
  }

  @Test(arguments: [
    ("erc20-approve-unlimited", "erc20-approve-unlimited.hex"), ("request", "request.json"),
  ])
  func unlimitedApprovalIsAnAllowance(name: String, file: String) throws {
    let simulation = try Self.simulate(name, file: file)
    #expect(simulation.status == .success, "\(name): \(simulation.status)")
    let allowance = simulation.effects.first { $0.kind == "allowance" }
    guard
      case .allowance(let asset, let owner, let spender, let amount, _, let mechanism)? = allowance
    else {
      Issue.record("\(name): no allowance in \(Self.kinds(simulation))")
      return
    }
    #expect(asset.symbol == "USDC")
    #expect(owner == Self.sender)
    #expect(spender == "0x000000000022D473030F116dDEE9F6B43aC78BA3")
    #expect(amount == .max)
    #expect(mechanism == "approve")
  }

  @Test func revertCarriesTheTokensReason() throws {
    let simulation = try Self.simulate("erc20-transfer-reverts")
    #expect(simulation.status == .reverted)
    #expect(simulation.revert?.reason == "ERC20: transfer amount exceeds balance")
    #expect(Self.kinds(simulation) == ["balanceChange"])
  }

  @Test func wethDepositWrapsEther() throws {
    let simulation = try Self.simulate("eip2930-access-list")
    #expect(simulation.status == .success, "\(simulation.status)")
    #expect(
      simulation.effects.contains {
        if case .transfer(let asset, _, let to, let amount, _) = $0 {
          return asset.symbol == "WETH" && to == Self.sender
            && amount == UInt256(500_000_000_000_000_000)
        }
        return false
      })
  }

  @Test func setApprovalForAllGrantsTheCollection() throws {
    let simulation = try Self.simulate("nft-set-approval-for-all")
    #expect(simulation.status == .success, "\(simulation.status)")
    #expect(
      simulation.effects.contains(
        .operatorApproval(
          collection: Asset(
            kind: .nonFungible, contract: "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D",
            symbol: "BAYC", name: "BoredApeYachtClub", source: "chain"),
          owner: Self.sender, operator: "0x1E0049783F008A0085193E00003D00cd54003c71",
          approved: true)))
  }

  @Test func delegationIsSet() throws {
    let simulation = try Self.simulate("eip7702-delegation")
    #expect(simulation.status == .success, "\(simulation.status)")
    #expect(
      simulation.effects.contains(
        .delegationSet(
          authority: Self.sender, delegate: "0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B",
          chainId: 1)))
  }

  @Test(arguments: [("contract-creation", 10), ("erc20-deploy", -1)])
  func creationsDeployCode(name: String, size: Int) throws {
    let simulation = try Self.simulate(name)
    #expect(simulation.status == .success, "\(name): \(simulation.status)")
    #expect(simulation.created.count == 1)
    let deployed = simulation.effects.compactMap { effect -> Int? in
      if case .codeDeployed(_, _, let size) = effect { return size }
      return nil
    }
    #expect(deployed.count == 1)
    if size >= 0 { #expect(deployed == [size]) }
  }

  @Test func missingStateIsNamed() throws {
    // The USDC transfer against its own snapshot less the USDC contract.
    let samples = SharedTestData.packageRoot.appendingPathComponent("samples")
    let input = try String(
      contentsOf: samples.appendingPathComponent("erc20-transfer.hex"), encoding: .utf8)
    let tx = try TransactionDecoder.decode(
      Hex.decode(input.trimmingCharacters(in: .whitespacesAndNewlines)))
    var document = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: samples.appendingPathComponent("erc20-transfer.state.json")))
        as? [String: Any])
    var accounts = try #require(document["state"] as? [String: Any])
    accounts[Self.usdc.lowercased()] = nil
    document["state"] = accounts
    let state = SnapshotState(
      try StateSnapshot(json: try JSONSerialization.data(withJSONObject: document)))
    let simulation = EVMSimulator(fork: .osaka, block: state.block, state: state)
      .simulate(tx, from: try #require(tx.from))
    #expect(simulation.status == .notSimulated("missing state: account \(Self.usdc)"))
    #expect(simulation.simulation.effects.isEmpty)
  }
}
