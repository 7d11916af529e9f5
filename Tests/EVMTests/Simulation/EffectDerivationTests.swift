import EVM
import Testing
import TxrayCore

/// Effects derived from hand-made execution results: what a signer is told a transaction did.
@Suite struct EffectDerivationTests {
  typealias F = SimulationFixtures

  @Test func erc20TransferMovesTokensAndChargesTheFee() throws {
    let amount = UInt256(250_000_000)
    let tx = try F.transaction(
      to: F.usdc, data: F.calldata("transfer(address,uint256)", [F.word(F.vitalik), amount]))
    let log = Log(
      address: F.usdc,
      topics: [
        F.topic("Transfer(address,address,uint256)"), F.word(F.sender), F.word(F.vitalik),
      ], data: amount.bigEndianBytes)
    let root = CallFrame(
      kind: .call, from: F.sender, to: F.usdc, value: .zero, input: tx.data,
      output: UInt256(1).bigEndianBytes, gasUsed: 30_000)
    var view = FakePostState()
    view.token(F.usdc, symbol: "USDC", name: "USD Coin", decimals: 6)
    let result = ExecutionResult(
      status: .success, gasUsed: 51_000, logs: [log], root: root,
      changes: F.feeChanges(gasUsed: 51_000))

    let simulation = F.simulator().derive(result, tx: tx, sender: F.sender, view: view)

    #expect(simulation.status == .success)
    #expect(simulation.gasUsed == 51_000)
    let usdc = Asset(
      kind: .fungible, contract: F.usdc.checksummed, symbol: "USDC", name: "USD Coin", decimals: 6,
      source: "chain")
    let fee = UInt256(51_000) * UInt256(11_000_000_000)
    #expect(
      simulation.effects == [
        .call(
          from: F.sender.checksummed, to: F.usdc.checksummed, method: "transfer", attached: .zero),
        .transfer(
          asset: usdc, from: F.sender.checksummed, to: F.vitalik.checksummed, amount: amount,
          tokenId: nil),
        .balanceChange(
          account: F.sender.checksummed, asset: .ether,
          delta: SignedAmount(magnitude: fee, isNegative: true)),
        .balanceChange(
          account: F.sender.checksummed, asset: usdc,
          delta: SignedAmount(magnitude: amount, isNegative: true)),
        .balanceChange(
          account: F.vitalik.checksummed, asset: usdc,
          delta: SignedAmount(magnitude: amount, isNegative: false)),
      ])
    #expect(simulation.calls?.method == "transfer")
    #expect(simulation.calls?.signature == "transfer(address,uint256)")
    #expect(simulation.accountsWithCode == [F.usdc])
    #expect(simulation.accountsWithoutCode == [F.sender, F.vitalik])
    #expect(simulation.simulation.status == .succeeded)
  }

  @Test func unlimitedApprovalBecomesAnAllowance() throws {
    let tx = try F.transaction(
      to: F.usdc, data: F.calldata("approve(address,uint256)", [F.word(F.permit2), .max]))
    let log = Log(
      address: F.usdc,
      topics: [F.topic("Approval(address,address,uint256)"), F.word(F.sender), F.word(F.permit2)],
      data: UInt256.max.bigEndianBytes)
    var view = FakePostState()
    view.token(F.usdc, symbol: "USDC", name: "USD Coin", decimals: 6)
    view.codes[F.permit2] = [0x00]
    let simulation = F.simulator().derive(
      ExecutionResult(status: .success, gasUsed: 46_000, logs: [log]), tx: tx, sender: F.sender,
      view: view)
    let allowance = simulation.effects.first { $0.kind == "allowance" }
    #expect(
      allowance
        == .allowance(
          asset: Asset(
            kind: .fungible, contract: F.usdc.checksummed, symbol: "USDC", name: "USD Coin",
            decimals: 6, source: "chain"),
          owner: F.sender.checksummed, spender: F.permit2.checksummed, amount: .max, expiry: nil,
          mechanism: "approve"))
    #expect(simulation.accountsWithCode.contains(F.permit2))
  }

  @Test func revertWithErrorStringIsDecoded() throws {
    let tx = try F.transaction(to: F.usdc, data: [0xa9, 0x05, 0x9c, 0xbb])
    let data =
      ABIFunction.selector(of: "Error(string)")
      + F.abiString("ERC20: transfer amount exceeds balance")
    let result = ExecutionResult(
      status: .reverted, gasUsed: 22_173, output: data,
      root: CallFrame(
        kind: .call, from: F.sender, to: F.usdc, value: .zero, input: tx.data, output: data,
        success: false, error: "revert"),
      changes: F.feeChanges(gasUsed: 22_173))
    let simulation = F.simulator().derive(result, tx: tx, sender: F.sender, view: FakePostState())
    #expect(simulation.status == .reverted)
    #expect(simulation.revert?.reason == "ERC20: transfer amount exceeds balance")
    #expect(simulation.calls?.revert?.reason == "ERC20: transfer amount exceeds balance")
    #expect(
      simulation.simulation.status == .reverted(reason: "ERC20: transfer amount exceeds balance"))
    // The fee is still paid; nothing else happened.
    #expect(simulation.effects.map(\.kind) == ["balanceChange"])
  }

  @Test(arguments: [
    (UInt256(0x11), "panic 0x11: arithmetic overflow or underflow"),
    (UInt256(0x32), "panic 0x32: array index out of bounds"),
    (UInt256(0x99), "panic 0x99: unknown panic code"),
  ])
  func panicCodesAreNamed(code: UInt256, reason: String) {
    let data = ABIFunction.selector(of: "Panic(uint256)") + code.bigEndianBytes
    #expect(RevertReason.decode(data).reason == reason)
  }

  @Test func knownCustomErrorsAndUserErrorsAreDecoded() throws {
    let known =
      ABIFunction.selector(of: "ERC20InsufficientBalance(address,uint256,uint256)")
      + F.word(F.sender).bigEndianBytes + UInt256(5).bigEndianBytes + UInt256(9).bigEndianBytes
    #expect(
      RevertReason.decode(known).reason
        == "ERC20InsufficientBalance(sender=\(F.sender.checksummed), balance=5, needed=9)")
    let user = try ABIFunction(parsing: "TooLate(uint256 deadline)")
    let data = user.selector + UInt256(77).bigEndianBytes
    #expect(RevertReason.decode(data).reason == nil)
    #expect(RevertReason.decode(data, errors: [user]).reason == "TooLate(deadline=77)")
  }

  @Test func hostileRevertTextIsSanitizedAndBounded() {
    let text = "\u{1b}[2J\u{202e}" + String(repeating: "A", count: 10_000)
    let reason =
      RevertReason.decode(ABIFunction.selector(of: "Error(string)") + F.abiString(text)).reason
      ?? ""
    #expect(!reason.contains("\u{1b}"))
    #expect(reason.hasPrefix("\\x1b[2J\\u{202e}AAA"))
    #expect(reason.count <= RevertReason.maxReasonLength + 1)
    // Truncated or malformed revert data says nothing rather than trapping.
    #expect(RevertReason.decode([0x08, 0xc3, 0x79, 0xa0, 0x00]).reason == nil)
    #expect(RevertReason.decode([0x4e, 0x48]).reason == nil)
  }

  @Test func haltsAreReportedAsReverts() throws {
    let tx = try F.transaction(to: F.usdc)
    let simulation = F.simulator().derive(
      ExecutionResult(status: .halted("out of gas"), gasUsed: 30_000), tx: tx, sender: F.sender,
      view: FakePostState())
    #expect(simulation.status == .reverted)
    #expect(simulation.simulation.status == .reverted(reason: "out of gas"))
  }

  @Test func unjudgeableRunsAreNotSimulated() throws {
    let tx = try F.transaction(to: F.usdc)
    let slot = UInt256(3)
    let cases: [(ExecutionResult.Status, EVMSimulation.Status)] = [
      (
        .stateUnavailable(.missingStorage(F.usdc, slot: slot)),
        .notSimulated("missing state: account \(F.usdc.checksummed) slot 0x3")
      ),
      (
        .stateUnavailable(.missingAccount(F.vitalik)),
        .notSimulated("missing state: account \(F.vitalik.checksummed)")
      ),
      (.timedOut, .notSimulated("simulation timed out after 5 s")),
      (
        .unsupported("fork Frontier is not simulated"),
        .notSimulated("fork Frontier is not simulated")
      ),
      (.invalid("nonce too low"), .invalid("nonce too low")),
    ]
    for (status, expected) in cases {
      let simulation = F.simulator().derive(
        ExecutionResult(status: status), tx: tx, sender: F.sender, view: FakePostState())
      #expect(simulation.status == expected)
      #expect(simulation.effects.isEmpty)
      if case .notSimulated = simulation.simulation.status {
      } else {
        Issue.record("\(status) should not be a verdict")
      }
    }
  }

  @Test func delegationAndCreationComeFromStateChanges() throws {
    let delegate = F.address("0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B")
    let created = F.address("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9")
    let code: [UInt8] = [0x60, 0x2a, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3]
    let tx = try F.transaction(to: nil, data: code)
    let changes = [
      AccountChange(
        address: F.sender, before: AccountState(balance: 10, nonce: 3),
        after: AccountState(balance: 10, nonce: 4, code: [0xef, 0x01, 0x00] + delegate.bytes)),
      AccountChange(address: created, before: nil, after: AccountState(nonce: 1, code: code)),
    ]
    let simulation = F.simulator().derive(
      ExecutionResult(
        status: .success, gasUsed: 60_000,
        root: CallFrame(kind: .create, from: F.sender, to: created, value: .zero, input: code),
        changes: changes, created: [created]),
      tx: tx, sender: F.sender, view: FakePostState())
    #expect(
      simulation.effects == [
        .codeDeployed(
          account: created.checksummed, codeHash: Hex.encode(Keccak256.hash(code)), size: 10),
        .delegationSet(authority: F.sender.checksummed, delegate: delegate.checksummed, chainId: 1),
      ])
  }

  @Test func wethDepositNftApprovalsAndPermit2() throws {
    let weth = F.address("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2")
    let bayc = F.address("0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D")
    let conduit = F.address("0x1E0049783F008A0085193E00003D00cd54003c71")
    let half = UInt256(500_000_000_000_000_000)
    let logs = [
      Log(
        address: weth, topics: [F.topic("Deposit(address,uint256)"), F.word(F.sender)],
        data: half.bigEndianBytes),
      Log(
        address: bayc,
        topics: [
          F.topic("ApprovalForAll(address,address,bool)"), F.word(F.sender), F.word(conduit),
        ], data: UInt256(1).bigEndianBytes),
      Log(
        address: F.permit2,
        topics: [
          F.topic("Approval(address,address,address,uint160,uint48)"), F.word(F.sender),
          F.word(F.usdc), F.word(conduit),
        ], data: UInt256(1000).bigEndianBytes + UInt256(1_800_000_000).bigEndianBytes),
      // A dirty address word: not an event txray can read, so it is skipped.
      Log(
        address: F.usdc,
        topics: [F.topic("Transfer(address,address,uint256)"), .max, F.word(F.vitalik)],
        data: UInt256(1).bigEndianBytes),
    ]
    var view = FakePostState()
    view.token(weth, symbol: "WETH", name: "Wrapped Ether", decimals: 18)
    let tx = try F.transaction(to: weth, data: [0xd0, 0xe3, 0x0d, 0xb0], value: 1)
    let simulation = F.simulator().derive(
      ExecutionResult(status: .success, gasUsed: 50_000, logs: logs), tx: tx, sender: F.sender,
      view: view)
    #expect(simulation.events.count == 3)
    let wethAsset = Asset(
      kind: .fungible, contract: weth.checksummed, symbol: "WETH", name: "Wrapped Ether",
      decimals: 18, source: "chain")
    #expect(
      simulation.effects == [
        .transfer(
          asset: wethAsset, from: weth.checksummed, to: F.sender.checksummed, amount: half,
          tokenId: nil),
        .operatorApproval(
          collection: Asset(kind: .nonFungible, contract: bayc.checksummed),
          owner: F.sender.checksummed, operator: conduit.checksummed, approved: true),
        .allowance(
          asset: Asset(kind: .fungible, contract: F.usdc.checksummed), owner: F.sender.checksummed,
          spender: conduit.checksummed, amount: 1000, expiry: 1_800_000_000,
          mechanism: "permit2 approve"),
        .balanceChange(
          account: F.sender.checksummed, asset: wethAsset,
          delta: SignedAmount(magnitude: half, isNegative: false)),
      ])
  }

  @Test func erc1155BatchesSplitIntoTransfers() throws {
    let collection = F.address("0x76BE3b62873462d2142405439777e971754E8E77")
    let ids = [UInt256(7), UInt256(9)]
    let amounts = [UInt256(2), UInt256(3)]
    let data = try ABIEncoder.encode(
      [.array(ids.map(ABIValue.uint)), .array(amounts.map(ABIValue.uint))],
      as: [.array(.uint(bits: 256)), .array(.uint(bits: 256))])
    let log = Log(
      address: collection,
      topics: [
        F.topic("TransferBatch(address,address,address,uint256[],uint256[])"), F.word(F.sender),
        F.word(F.sender), F.word(F.vitalik),
      ], data: data)
    #expect(
      TokenEvent.decode(log) == [
        .multiTokenTransfer(
          token: collection, operator: F.sender, from: F.sender, to: F.vitalik, id: 7, amount: 2),
        .multiTokenTransfer(
          token: collection, operator: F.sender, from: F.sender, to: F.vitalik, id: 9, amount: 3),
      ])
    // Arrays of different lengths are malformed.
    let uneven = try ABIEncoder.encode(
      [.array([.uint(1)]), .array([])], as: [.array(.uint(bits: 256)), .array(.uint(bits: 256))])
    #expect(TokenEvent.decode(Log(address: collection, topics: log.topics, data: uneven)).isEmpty)
  }

  @Test func hostileTokenMetadataIsSanitized() {
    var view = FakePostState()
    let token = F.address("0x1111111111111111111111111111111111111111")
    view.calls[token] = [
      ABIFunction.selector(of: "symbol()"): F.abiString("\u{1b}]0;pwned\u{07}USDC"),
      ABIFunction.selector(of: "name()"): Array("Maker".utf8) + [UInt8](repeating: 0, count: 27),
      ABIFunction.selector(of: "decimals()"): UInt256(1000).bigEndianBytes,
    ]
    let metadata = TokenMetadata.read(token, from: view)
    #expect(metadata.symbol == "\\x1b]0;pwned\\x07USDC")
    #expect(metadata.name == "Maker")
    #expect(metadata.decimals == nil)
    #expect(!metadata.isMultiToken)
  }

  @Test func proxiesAreDecodedWithTheImplementationsABI() throws {
    let proxy = F.address("0x2222222222222222222222222222222222222222")
    let implementation = F.address("0x3333333333333333333333333333333333333333")
    let function = try ABIFunction(parsing: "stake(uint256 amount)")
    let decoder = CallDecoder(userABI: UserABI(contractFunctions: [implementation: [function]]))
    var simulator = F.simulator()
    simulator.callDecoder = decoder
    var view = FakePostState()
    let slot =
      (UInt256(bigEndianBytes: Keccak256.hash(Array("eip1967.proxy.implementation".utf8))) ?? 0)
      - 1
    view.slots[proxy] = [slot: F.word(implementation)]
    let input = function.selector + UInt256(5).bigEndianBytes
    let tx = try F.transaction(to: proxy, data: input)
    let simulation = simulator.derive(
      ExecutionResult(
        status: .success, gasUsed: 40_000,
        root: CallFrame(kind: .call, from: F.sender, to: proxy, value: .zero, input: input)),
      tx: tx, sender: F.sender, view: view)
    #expect(simulation.calls?.implementation == implementation)
    #expect(simulation.calls?.method == "stake")
  }

  @Test func valueMovedByRevertedSubcallsIsNotATransfer() throws {
    let tx = try F.transaction(to: F.vitalik, value: 5)
    let inner = CallFrame(
      kind: .call, from: F.vitalik, to: F.usdc, value: 3, input: [], success: false,
      error: "revert")
    let root = CallFrame(
      kind: .call, from: F.sender, to: F.vitalik, value: 5, input: [], children: [inner])
    let simulation = F.simulator().derive(
      ExecutionResult(status: .success, gasUsed: 30_000, root: root), tx: tx, sender: F.sender,
      view: FakePostState())
    #expect(
      simulation.effects == [
        .call(from: F.sender.checksummed, to: F.vitalik.checksummed, method: nil, attached: 5),
        .transfer(
          asset: .ether, from: F.sender.checksummed, to: F.vitalik.checksummed, amount: 5,
          tokenId: nil),
      ])
  }
}
