import EVM
import TxrayCore

/// The `--json` object for an EVM transaction; the man page documents every field in this order.
/// Integers are decimal strings (they exceed what JSON numbers carry exactly), byte strings are
/// 0x-hex, addresses are EIP-55.
enum EVMTransactionJSON {
  static func object(_ tx: Transaction, fork: Fork, validity: Validity) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("chain", .string("evm")),
      ("format", .string(tx.format.rawValue)),
      ("type", .string(String(tx.type.rawValue))),
      ("typeName", .string(EVMTransactionNames.typeName(tx.type))),
      ("chainId", .optional(tx.chainId?.decimalString)),
      ("nonce", .string(tx.nonce.decimalString)),
      ("from", .optional(tx.from?.checksummed)),
      ("to", .optional(tx.to?.checksummed)),
      ("value", .string(tx.value.decimalString)),
      ("gasLimit", .string(tx.gasLimit.decimalString)),
    ]
    if let gasPrice = tx.gasPrice { members.append(("gasPrice", .string(gasPrice.decimalString))) }
    if let maxFee = tx.maxFeePerGas {
      members.append(("maxFeePerGas", .string(maxFee.decimalString)))
    }
    if let tip = tx.maxPriorityFeePerGas {
      members.append(("maxPriorityFeePerGas", .string(tip.decimalString)))
    }
    if let blobFee = tx.maxFeePerBlobGas {
      members.append(("maxFeePerBlobGas", .string(blobFee.decimalString)))
    }
    members += [
      ("feeCeiling", .optional(tx.feeCeiling?.decimalString)),
      ("data", .string(Hex.encode(tx.data))),
      ("selector", .optional(tx.selector.map { Hex.encode($0) })),
      ("hash", .optional(tx.hash.map { Hex.encode($0) })),
      ("signingHash", .string(Hex.encode(tx.signingHash))),
      ("signature", signature(tx.signature)),
      ("accessList", .array(tx.accessList.map(accessListEntry))),
      ("blobVersionedHashes", .array(tx.blobVersionedHashes.map { .string(Hex.encode($0)) })),
      ("blobSidecar", sidecar(tx.sidecar)),
      ("authorizationList", .array(tx.authorizationList.map(authorization))),
      ("fork", .string(fork.displayName)),
      ("valid", .bool(validity.isValid)),
      ("invalidReason", .optional(validity.reason)),
      ("findings", .array([])),
    ]
    return .object(members)
  }

  private static func signature(_ signature: Signature?) -> JSONValue {
    guard let signature else { return .null }
    return .object([
      ("v", .string(signature.v.decimalString)),
      ("r", .string(signature.r.hexString)),
      ("s", .string(signature.s.hexString)),
    ])
  }

  private static func accessListEntry(_ entry: AccessListEntry) -> JSONValue {
    .object([
      ("address", .string(entry.address.checksummed)),
      ("storageKeys", .array(entry.storageKeys.map { .string(Hex.encode($0)) })),
    ])
  }

  private static func sidecar(_ sidecar: BlobSidecar?) -> JSONValue {
    guard let sidecar else { return .null }
    return .object([
      ("blobs", .string(String(sidecar.blobCount))),
      ("commitments", .array(sidecar.commitments.map { .string(Hex.encode($0)) })),
      ("proofs", .array(sidecar.proofs.map { .string(Hex.encode($0)) })),
    ])
  }

  private static func authorization(_ auth: Authorization) -> JSONValue {
    .object([
      ("chainId", .string(auth.chainId.decimalString)),
      ("address", .string(auth.address.checksummed)),
      ("nonce", .string(auth.nonce.decimalString)),
      ("yParity", .string(auth.yParity.decimalString)),
      ("r", .string(auth.r.hexString)),
      ("s", .string(auth.s.hexString)),
      ("authority", .optional(auth.authority?.checksummed)),
      ("authorityError", .optional(auth.authorityError)),
    ])
  }
}
