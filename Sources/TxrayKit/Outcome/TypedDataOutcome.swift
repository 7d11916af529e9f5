import EVM
import TxrayCore

/// The outcome an EIP-712 signature request declares. Permits (EIP-2612, DAI, Permit2
/// allowances) become allowances, Permit2 signature transfers a one-time allowance up to the
/// amount until the deadline; any other message is a plain signature request for its
/// verifying contract.
public enum TypedDataOutcome {
  /// The allowance or signature request `typed` states; `tokens` names tokens where it can, and
  /// `calls` decodes the call a Safe transaction makes.
  public static func declared(
    _ typed: TypedData, tokens: ClearSigning? = nil, calls: CallDecoder = CallDecoder()
  ) -> Outcome {
    let reader = CallEffects(chainId: typed.chainId, tokens: tokens)
    let signer = typed.signer?.checksummed
    if let safeTransaction = typed.safeTransaction {
      return Outcome(
        chain: .evm, kind: .signatureRequest, signer: signer,
        recipient: safeTransaction.safe.checksummed,
        chainId: typed.chainId.map { $0.uint64Value ?? .max }, method: typed.primaryType,
        declared: effects(of: safeTransaction, reader: reader, calls: calls))
    }
    var effects: [Effect] = []
    if let summary = typed.summary, let spender = summary.spender {
      let owner = ownerOf(typed, summary: summary) ?? signer ?? ""
      for token in summary.tokens {
        let (expiry, mechanism) = terms(summary, token: token)
        effects.append(
          .allowance(
            asset: reader.fungible(token.token), owner: owner, spender: spender.checksummed,
            amount: token.amount, expiry: expiry, mechanism: mechanism))
      }
    }
    var outcome = Outcome(
      chain: .evm, kind: .signatureRequest, signer: signer,
      recipient: typed.verifyingContract?.checksummed,
      chainId: typed.chainId.map { $0.uint64Value ?? .max }, method: typed.primaryType,
      declared: effects)
    if let summary = typed.summary, summary.kind == .seaportOrder {
      outcome.intent = SeaportOrderIntent.of(
        summary, offerer: typed.message[member: "offerer"]?.addressValue,
        contract: typed.verifyingContract, reader: reader)
    }
    return outcome
  }

  /// What the Safe does once its owners have signed: the call it makes (and what that call
  /// states, with the Safe as the caller), or the code it DELEGATECALLs and what that code calls
  /// as the Safe.
  private static func effects(
    of safeTransaction: SafeTransaction, reader: CallEffects, calls: CallDecoder
  ) -> [Effect] {
    let safe = safeTransaction.safe
    let to = safeTransaction.to
    var call = calls.decode(calldata: safeTransaction.data, contract: to)
    call.target = to
    if safeTransaction.isDelegateCall {
      call.isDelegateCall = true
      return reader.delegated(call, by: safe, code: to)
    }
    var effects: [Effect] = [
      .call(
        from: safe.checksummed, to: to.checksummed,
        method: safeTransaction.data.isEmpty ? nil : call.functionName,
        attached: safeTransaction.value)
    ]
    if !safeTransaction.value.isZero {
      effects.append(
        .transfer(
          asset: EVMChain.nativeAsset(chainId: reader.chainId), from: safe.checksummed,
          to: to.checksummed, amount: safeTransaction.value, tokenId: nil))
    }
    if !safeTransaction.data.isEmpty {
      effects += reader.effects(of: call, contract: to, caller: safe.checksummed)
    }
    return effects
  }

  /// The permit's own owner field (EIP-2612 `owner`, DAI `holder`); Permit2 messages have none,
  /// their owner is whoever signs.
  private static func ownerOf(_ typed: TypedData, summary: TypedDataSummary) -> String? {
    switch summary.kind {
    case .eip2612Permit: return typed.message[member: "owner"]?.addressValue?.checksummed
    case .daiPermit: return typed.message[member: "holder"]?.addressValue?.checksummed
    default: return nil
    }
  }

  /// When the grant stops being usable, and what grants it. EIP-2612 and DAI: the signature's
  /// deadline (after it nobody can submit the permit; DAI's 0 means never, already nil in the
  /// summary). Permit2 allowances: the allowance's own expiration. Permit2 transfers: the
  /// deadline of the one-time transfer.
  private static func terms(_ summary: TypedDataSummary, token: TypedDataSummary.TokenAmount)
    -> (UInt64?, String)
  {
    func seconds(_ value: UInt256?) -> UInt64? { value.map { $0.uint64Value ?? .max } }
    switch summary.kind {
    case .eip2612Permit, .daiPermit:
      return (seconds(summary.deadline), "permit")
    case .permit2Single, .permit2Batch:
      return (seconds(token.expiration), "permit2")
    case .permit2TransferFrom, .permit2BatchTransferFrom, .permit2WitnessTransferFrom,
      .permit2BatchWitnessTransferFrom:
      return (seconds(summary.deadline), "permit2-transfer")
    case .seaportOrder:
      return (seconds(summary.deadline), "seaport")
    }
  }
}
