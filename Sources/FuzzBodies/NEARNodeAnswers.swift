import NEAR
import TxrayCore

extension FuzzBody {
  /// A NEAR RPC node's answers to the NEAR state source (`--rpc`). The first byte picks the
  /// read (bits 0–2: block, view_account, view_access_key, view_code with the view_account it is
  /// checked against, view_state), bit 3 a block height instead of the final block, bits 4–5
  /// the HTTP status; 8 bytes of block height follow, then the answers, one per request
  /// (`ScriptedNode`). Every read either answers (nil when the node says the thing does not
  /// exist) or fails as `.unavailable`.
  public static let nearStateRPC = FuzzBody(target: "NEARStateRPC") {
    input throws(PropertyViolation) in
    guard input.count >= 9 else { return }
    let selector = input[0]
    let height = input[1..<9].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    let node = ScriptedNode(status: ScriptedNode.status(selector >> 4), answers: input[9...])
    let client = NEARRPCClient(url: ScriptedNode.url, timeout: .seconds(1), transport: node)
    let state = NEARRPCState(client: client, block: selector & 8 == 0 ? nil : height)
    let account = AccountId("alice.near")!
    do throws(NEARStateError) {
      switch selector & 7 {
      case 1: _ = try state.account(account)
      case 2:
        _ = try state.accessKey(
          account, publicKey: PublicKey(type: .ed25519, data: Array(repeating: 0, count: 32)))
      case 3: _ = try state.code(account)
      case 4: _ = try state.storage(account, key: Array("STATE".utf8))
      default: _ = try state.block()
      }
    } catch {
      guard case .unavailable = error else {
        throw PropertyViolation("an answer read as neither a value nor unavailable: \(error)")
      }
    }
  }
}
