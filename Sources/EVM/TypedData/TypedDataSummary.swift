import TxrayCore

/// What a recognized typed-data message grants, with the facts a signer must not miss made
/// explicit: which token, how much (and whether it is unlimited), to whom, until when.
public struct TypedDataSummary: Sendable, Equatable {
  public enum Kind: String, Sendable {
    /// EIP-2612 `Permit(owner,spender,value,nonce,deadline)`.
    case eip2612Permit
    /// DAI's pre-2612 `Permit(holder,spender,nonce,expiry,allowed)`.
    case daiPermit
    /// Permit2 AllowanceTransfer: a standing allowance held by Permit2.
    case permit2Single, permit2Batch
    /// Permit2 SignatureTransfer: a one-time transfer, optionally bound to a witness.
    case permit2TransferFrom, permit2BatchTransferFrom
    case permit2WitnessTransferFrom, permit2BatchWitnessTransferFrom
    case seaportOrder
  }

  /// A token and an amount of it, in base units.
  public struct TokenAmount: Sendable, Equatable {
    public var token: Address
    public var amount: UInt256
    /// The amount is the largest value its type holds (2^256-1, or 2^160-1 for Permit2): the
    /// conventional way to ask for an allowance that never runs out.
    public var isUnlimited: Bool
    /// When this allowance ends (Permit2 details carry one per token); nil when it does not.
    public var expiration: UInt256?
  }

  /// One Seaport offer or consideration item.
  public struct SeaportItem: Sendable, Equatable {
    /// 0 native, 1 ERC-20, 2 ERC-721, 3 ERC-1155, 4/5 ERC-721/1155 with criteria.
    public var itemType: UInt256
    public var token: Address
    public var identifierOrCriteria: UInt256
    public var startAmount: UInt256
    public var endAmount: UInt256
    /// Who receives a consideration item; nil for offer items.
    public var recipient: Address?

    public var itemTypeName: String {
      switch itemType.uint64Value {
      case 0: return "native"
      case 1: return "ERC-20"
      case 2: return "ERC-721"
      case 3: return "ERC-1155"
      case 4: return "ERC-721 by criteria"
      case 5: return "ERC-1155 by criteria"
      default: return "unknown item type \(itemType.decimalString)"
      }
    }
  }

  public var kind: Kind
  public var tokens: [TokenAmount]
  /// Who may spend or receive: the permit's spender, Permit2's spender, Seaport's offerer is the
  /// signer so this stays nil there.
  public var spender: Address?
  /// The signature stops being usable after this Unix time (deadline, sigDeadline, expiry, endTime).
  public var deadline: UInt256?
  public var offer: [SeaportItem]
  public var consideration: [SeaportItem]

  /// A short name for people, e.g. "Permit2 allowance".
  public var title: String {
    switch kind {
    case .eip2612Permit: return "EIP-2612 permit"
    case .daiPermit: return "DAI permit"
    case .permit2Single, .permit2Batch: return "Permit2 allowance"
    case .permit2TransferFrom, .permit2BatchTransferFrom: return "Permit2 transfer"
    case .permit2WitnessTransferFrom, .permit2BatchWitnessTransferFrom:
      return "Permit2 transfer with witness"
    case .seaportOrder: return "Seaport order"
    }
  }
}
