import EVM
import TxrayCore

extension FuzzBody {
  /// A JSON-RPC node's answers to the EVM state source (`--rpc`, `--verify-state`). The first
  /// byte picks the read (bits 0–1: the block alone, an account, a storage slot, a block's
  /// hash), bit 2 `--verify-state`, bit 3 a block number instead of "latest", bits 4–5 the
  /// HTTP status; 20 bytes of address and 32 of slot follow (the slot's last 8 bytes are also
  /// the block number asked for), then the answers, one per request (`ScriptedNode`).
  /// Every read either answers or fails as `.unavailable`; a block whose hash the node does not
  /// give is `.missingBlockHash`.
  public static let evmStateRPC = FuzzBody(target: "EVMStateRPC") {
    input throws(PropertyViolation) in
    guard input.count >= 53 else { return }
    let selector = input[0]
    let address = Address(bytes: input[1..<21])!
    let slot = UInt256(bigEndianBytes: input[21..<53])!
    let number = input[45..<53].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    let node = ScriptedNode(status: ScriptedNode.status(selector >> 4), answers: input[53...])
    let read = selector & 3
    do throws(StateError) {
      let state = try RPCState(
        endpoint: ScriptedNode.url, block: selector & 8 == 0 ? .latest : .number(number),
        timeout: .seconds(1), verifyState: selector & 4 != 0, transport: node)
      switch read {
      case 1: _ = try state.account(address)
      case 2: _ = try state.storage(address, slot: slot)
      case 3: _ = try state.blockHash(number)
      default: break
      }
    } catch {
      switch error {
      case .unavailable: break
      case .missingBlockHash where read == 3: break
      default:
        throw PropertyViolation("an answer read as neither a value nor unavailable: \(error)")
      }
    }
  }
}
