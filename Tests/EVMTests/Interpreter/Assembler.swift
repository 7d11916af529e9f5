import EVM
import TxrayCore

/// A tiny bytecode builder for interpreter tests: `Assembler().push(1).push(0).op(.sstore)`.
struct Assembler {
  private(set) var code: [UInt8] = []

  /// PUSHn with the shortest encoding of `value` (PUSH1 for zero).
  func push(_ value: UInt256) -> Assembler {
    let bytes = value.minimalBigEndianBytes
    let payload = bytes.isEmpty ? [0] : bytes
    return appending([Opcode.push0.rawValue + UInt8(payload.count)] + payload)
  }

  func push(_ address: Address) -> Assembler {
    appending([Opcode.push20.rawValue] + address.bytes)
  }

  func op(_ opcode: Opcode) -> Assembler { appending([opcode.rawValue]) }

  func bytes(_ raw: [UInt8]) -> Assembler { appending(raw) }

  /// MSTORE of `value` at `offset`.
  func mstore(_ offset: UInt256, _ value: UInt256) -> Assembler {
    push(value).push(offset).op(.mstore)
  }

  /// RETURN of the 32-byte word at memory 0.
  func returnTopWord() -> Assembler {
    push(0).op(.mstore).push(32).push(0).op(.return)
  }

  private func appending(_ bytes: [UInt8]) -> Assembler {
    var next = self
    next.code += bytes
    return next
  }
}

/// One contract called by one funded sender in a Cancun-or-later block.
struct TestChain {
  static let sender = Address(hex: "0x00000000000000000000000000000000000a11ce")!
  static let contract = Address(hex: "0x00000000000000000000000000000000c0de0001")!
  static let other = Address(hex: "0x00000000000000000000000000000000c0de0002")!
  static let coinbase = Address(hex: "0x000000000000000000000000000000000000c0b0")!

  var accounts: [Address: AccountState]
  var storage: [Address: [UInt256: UInt256]] = [:]
  var fork: Fork = .osaka

  init(code: [UInt8], extra: [Address: AccountState] = [:]) {
    accounts = [
      Self.sender: AccountState(balance: UInt256(10).raised(to: 18)),
      Self.contract: AccountState(code: code),
    ].merging(extra) { $1 }
  }

  var block: BlockEnvironment {
    BlockEnvironment(
      number: 1000, timestamp: 1_700_000_000, coinbase: Self.coinbase, gasLimit: 30_000_000,
      baseFee: 7, prevRandao: .zero)
  }

  func execute(
    to: Address? = TestChain.contract, data: [UInt8] = [], value: UInt256 = .zero,
    gas: UInt64 = 1_000_000, accessList: [AccessListEntry] = [],
    authorizations: [Authorization]? = nil, limits: ExecutionLimits = .init()
  ) -> ExecutionResult {
    let executor = TransactionExecutor(
      fork: fork, block: block,
      state: InMemoryState(accounts: accounts, storage: storage), limits: limits)
    return executor.execute(
      ExecutableTransaction(
        sender: Self.sender, to: to, value: value, data: data, gasLimit: UInt256(gas),
        maxFeePerGas: 10, maxPriorityFeePerGas: 1, accessList: accessList,
        authorizations: authorizations))
  }
}

extension UInt256 {
  func raised(to exponent: Int) -> UInt256 {
    var result: UInt256 = 1
    for _ in 0..<exponent { result = result &* self }
    return result
  }
}
