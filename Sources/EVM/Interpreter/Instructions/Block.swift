import TxrayCore

// Block environment: BLOCKHASH, COINBASE, TIMESTAMP, NUMBER, PREVRANDAO, GASLIMIT, CHAINID,
// BASEFEE, BLOBHASH (EIP-4844) and BLOBBASEFEE (EIP-7516).

extension Interpreter {
  /// BLOCKHASH: the hash of one of the 256 blocks before this one, else zero.
  func blockhash(_ f: inout Frame) throws(ExecutionAbort) {
    let requested = f.stack.peek()
    let current = block.number
    guard let number = requested.uint64Value, number < current, current - number <= 256 else {
      f.stack.set(0, .zero)
      return
    }
    f.stack.set(0, try stateRead { () throws(StateError) in try world.blockHash(number) })
  }

  @inline(__always)
  func coinbase(_ f: inout Frame) {
    f.stack.push(UInt256(block.coinbase))
  }

  @inline(__always)
  func timestamp(_ f: inout Frame) {
    f.stack.push(UInt256(block.timestamp))
  }

  @inline(__always)
  func number(_ f: inout Frame) {
    f.stack.push(UInt256(block.number))
  }

  /// PREVRANDAO from Paris; DIFFICULTY before.
  @inline(__always)
  func prevrandao(_ f: inout Frame) {
    f.stack.push(rules.hasPrevRandao ? block.prevRandao : block.difficulty)
  }

  @inline(__always)
  func gaslimit(_ f: inout Frame) {
    f.stack.push(UInt256(block.gasLimit))
  }

  @inline(__always)
  func chainid(_ f: inout Frame) {
    f.stack.push(UInt256(block.chainId))
  }

  @inline(__always)
  func basefee(_ f: inout Frame) {
    f.stack.push(block.baseFee)
  }

  @inline(__always)
  func blobhash(_ f: inout Frame) {
    let index = f.stack.peek()
    if let i = index.clamped(to: UInt64(blobHashes.count)), i < blobHashes.count {
      f.stack.set(0, blobHashes[i])
    } else {
      f.stack.set(0, .zero)
    }
  }

  @inline(__always)
  func blobbasefee(_ f: inout Frame) {
    f.stack.push(blobBaseFee)
  }
}
