import EVM
import TxrayCore

/// The `--json` object for an EVM transaction; the man page documents every field in this order.
/// Integers are decimal strings (they exceed what JSON numbers carry exactly), byte strings are
/// 0x-hex, addresses are EIP-55.
enum EVMTransactionJSON {
  static func object(
    _ tx: Transaction, fork: Fork, validity: Validity, call: DecodedCall?,
    clearSigning: ClearSignedCall? = nil
  ) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("chain", .string("evm")),
      ("format", .string(tx.format.rawValue)),
      ("type", .string(String(tx.type.rawValue))),
      ("typeName", .string(EVMTransactionNames.typeName(tx.type))),
      ("chainId", .optional(tx.chainId?.decimalString)),
      ("nonce", quantity(tx.nonce, "nonce", of: tx)),
      ("from", .optional(tx.from?.checksummed)),
      ("to", .optional(tx.to?.checksummed)),
      ("value", .string(tx.value.decimalString)),
      ("gasLimit", quantity(tx.gasLimit, "gas", of: tx)),
    ]
    let fees = [
      ("gasPrice", tx.gasPrice), ("maxFeePerGas", tx.maxFeePerGas),
      ("maxPriorityFeePerGas", tx.maxPriorityFeePerGas), ("maxFeePerBlobGas", tx.maxFeePerBlobGas),
    ]
    for (name, value) in fees {
      if let value { members.append((name, quantity(value, name, of: tx))) }
    }
    members += [
      ("feeCeiling", .optional(tx.leavesFeesToWallet ? nil : tx.feeCeiling?.decimalString)),
      ("data", .string(Hex.encode(tx.data))),
      ("selector", .optional(tx.selector.map { Hex.encode($0) })),
      ("call", call.map(callObject) ?? .null),
      ("clearSigning", clearSigning.map(ClearSigningOutput.json) ?? .null),
      ("hash", .optional(tx.hash.map { Hex.encode($0) })),
      ("signingHash", .optional(tx.unsetFields.isEmpty ? Hex.encode(tx.signingHash) : nil)),
      ("unsetFields", .array(tx.unsetFields.map(JSONValue.string))),
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

  /// A decimal quantity, or null when a request left it for the wallet.
  private static func quantity(_ value: UInt256, _ name: String, of tx: Transaction) -> JSONValue {
    tx.isUnset(name) ? .null : .string(value.decimalString)
  }

  /// The decoded call; nested calls have the same shape. `target` and `value` are set on nested
  /// calls whose batch names them; `alternatives` lists other functions an ambiguous selector
  /// decodes as.
  static func callObject(_ call: DecodedCall) -> JSONValue {
    .object([
      ("selector", .string(Hex.encode(call.selector))),
      ("signature", .optional(call.signature)),
      ("function", .optional(call.functionName.map(TerminalSafeText.sanitize))),
      ("arguments", .array(call.arguments.map(argument))),
      ("calls", .array(call.calls.map(callObject))),
      ("intent", .optional(call.intent)),
      ("source", .string(call.source.rawValue)),
      ("target", .optional(call.target?.checksummed)),
      ("value", .optional(call.value?.decimalString)),
      ("alternatives", .array(call.alternatives.map(callObject))),
      ("note", .optional(call.note.map(TerminalSafeText.sanitize))),
    ])
  }

  private static func argument(_ argument: DecodedCall.Argument) -> JSONValue {
    .object([
      ("name", .string(TerminalSafeText.sanitize(argument.name))),
      ("type", .string(argument.type.description)),
      ("value", argument.value.json(as: argument.type)),
    ])
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
