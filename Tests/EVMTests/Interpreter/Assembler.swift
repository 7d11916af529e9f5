import EVM
import TxrayCore

/// A tiny bytecode builder for interpreter tests: `Assembler().push(1).push(0).op(0x55)`.
struct Assembler {
  private(set) var code: [UInt8] = []

  /// PUSHn with the shortest encoding of `value` (PUSH1 for zero).
  func push(_ value: UInt256) -> Assembler {
    let bytes = value.minimalBigEndianBytes
    let payload = bytes.isEmpty ? [0] : bytes
    return appending([0x5f + UInt8(payload.count)] + payload)
  }

  func push(_ address: Address) -> Assembler {
    appending([0x73] + address.bytes)
  }

  func op(_ byte: UInt8) -> Assembler { appending([byte]) }

  func bytes(_ raw: [UInt8]) -> Assembler { appending(raw) }

  /// MSTORE of `value` at `offset`.
  func mstore(_ offset: UInt256, _ value: UInt256) -> Assembler {
    push(value).push(offset).op(Op.mstore)
  }

  /// RETURN of the 32-byte word at memory 0.
  func returnTopWord() -> Assembler {
    push(0).op(Op.mstore).push(32).push(0).op(Op.return)
  }

  private func appending(_ bytes: [UInt8]) -> Assembler {
    var next = self
    next.code += bytes
    return next
  }
}

/// Opcode bytes the tests use.
enum Op {
  static let stop: UInt8 = 0x00
  static let add: UInt8 = 0x01
  static let sstore: UInt8 = 0x55
  static let sload: UInt8 = 0x54
  static let mstore: UInt8 = 0x52
  static let mload: UInt8 = 0x51
  static let jump: UInt8 = 0x56
  static let jumpdest: UInt8 = 0x5b
  static let gas: UInt8 = 0x5a
  static let pop: UInt8 = 0x50
  static let push0: UInt8 = 0x5f
  static let tload: UInt8 = 0x5c
  static let tstore: UInt8 = 0x5d
  static let mcopy: UInt8 = 0x5e
  static let clz: UInt8 = 0x1e
  static let balance: UInt8 = 0x31
  static let call: UInt8 = 0xf1
  static let staticcall: UInt8 = 0xfa
  static let delegatecall: UInt8 = 0xf4
  static let create: UInt8 = 0xf0
  static let create2: UInt8 = 0xf5
  static let `return`: UInt8 = 0xf3
  static let revert: UInt8 = 0xfd
  static let invalid: UInt8 = 0xfe
  static let selfdestruct: UInt8 = 0xff
  static let extcodesize: UInt8 = 0x3b
  static let extcodehash: UInt8 = 0x3f
  static let returndatasize: UInt8 = 0x3d
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
