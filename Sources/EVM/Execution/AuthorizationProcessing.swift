import Secp256k1Signatures
import TxrayCore

extension WorldState {
  /// Applies an EIP-7702 authorization list before execution: each valid tuple sets its
  /// authority's code to a delegation designator (or clears it for the zero address) and bumps
  /// its nonce. Invalid tuples are skipped, never fatal. Returns the refund for authorities that
  /// already existed (PER_EMPTY_ACCOUNT_COST − PER_AUTH_BASE_COST each).
  func applyAuthorizations(_ authorizations: [Authorization], chainId: UInt64) throws(StateError)
    -> Int64
  {
    var refund: Int64 = 0
    for authorization in authorizations {
      guard authorization.chainId.isZero || authorization.chainId == UInt256(chainId),
        let nonce = authorization.nonce.uint64Value, nonce < UInt64.max,
        authorization.yParity <= 1,
        !authorization.r.isZero, authorization.r < Secp256k1.order,
        !authorization.s.isZero, authorization.s <= Secp256k1.halfOrder,
        let authority = authorization.authority
      else { continue }
      warm(authority)
      let account = try account(authority)
      guard account.code.isEmpty || account.delegate != nil, account.nonce == nonce else {
        continue
      }
      if account.exists {
        refund += Int64(GasSchedule.authorization) - GasSchedule.authorizationBase
      }
      let code =
        authorization.address == .zero ? [] : Delegation.designator(for: authorization.address)
      setCode(account, code)
      setNonce(account, nonce + 1)
    }
    return refund
  }
}
