import TxrayCore

/// Runs the frames of one transaction (or call) over a `WorldState`: the instruction loop, the
/// per-transaction environment the instructions read, and helpers they share.
final class Interpreter {
  // Unchecked exclusivity for the same reason as `WorldState`'s.
  let world: WorldState
  let rules: ForkRules
  let table: OpcodeTable
  let block: BlockEnvironment
  let origin: Address
  let gasPrice: UInt256
  let blobHashes: [UInt256]
  /// EIP-4844's blob base fee (BLOBBASEFEE), worked out on first use: the fake exponential
  /// costs about 500 instructions and few transactions ask.
  lazy var blobBaseFee: UInt256 =
    rules.blobBaseFeeUpdateFraction.map {
      BlobGas.price(excessBlobGas: block.excessBlobGas ?? 0, updateFraction: $0)
    } ?? .zero
  private let deadline: ContinuousClock.Instant?
  @exclusivity(unchecked) private var ticks: UInt32 = 0
  @exclusivity(unchecked) private var stackPool: [UnsafeMutablePointer<UInt256>] = []
  /// Mapping slots hashed so far in this transaction (KECCAK256 of 64 bytes).
  @exclusivity(unchecked) var slotHashes = SlotHashMemo()

  init(
    world: WorldState, rules: ForkRules, block: BlockEnvironment, origin: Address,
    gasPrice: UInt256, blobHashes: [UInt256],
    deadline: ContinuousClock.Instant?
  ) {
    self.world = world
    self.rules = rules
    self.table = OpcodeTable.forFork(rules.fork)
    self.block = block
    self.origin = origin
    self.gasPrice = gasPrice
    self.blobHashes = blobHashes
    self.deadline = deadline
  }

  deinit {
    for stack in stackPool { stack.deallocate() }
  }

  // MARK: Shared helpers

  /// Reads an account; a failed read aborts the execution.
  @inline(__always)
  func account(_ address: Address) throws(ExecutionAbort) -> AccountEntry {
    try stateRead { () throws(StateError) in try world.account(address) }
  }

  /// Runs a read of the world state; its failure aborts the execution.
  @inline(__always)
  func stateRead<Value>(_ read: () throws(StateError) -> Value) throws(ExecutionAbort) -> Value {
    do {
      return try read()
    } catch {
      throw .state(error)
    }
  }

  /// EIP-2929: 100 gas for a warm address, 2600 for a cold one (which becomes warm).
  @inline(__always)
  func accessCost(_ address: Address) -> Int64 {
    world.warm(address) ? GasSchedule.warmAccess : GasSchedule.coldAccountAccess
  }

  /// Checks the wall-clock deadline every 4096 jumps.
  @inline(__always)
  func pollDeadline() throws(ExecutionAbort) {
    ticks &+= 1
    guard ticks & 0xfff == 0 else { return }
    try checkDeadline()
  }

  func checkDeadline() throws(ExecutionAbort) {
    if let deadline, ContinuousClock.now >= deadline { throw .timedOut }
  }

  func makeStack() -> OperandStack {
    OperandStack(base: stackPool.popLast() ?? .allocate(capacity: ForkRules.maxStackHeight))
  }

  func release(_ frame: Frame) {
    stackPool.append(frame.stack.base)
    frame.memory.release()
  }
}
