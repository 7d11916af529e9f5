/// What a transaction is for in the terms of the protocol it talks to — a swap, a stake, a
/// deposit — with its parts as values. Code fills it (an ERC-7730 descriptor's intent and
/// formatted fields, txray's own registry, decoded router commands, simulated effects); the
/// narration states it, and a model never computes any part of it.
public struct Intent: Sendable, Hashable {
  /// Where the intent was read from, richest first.
  public enum Source: String, Sendable, Hashable {
    /// An ERC-7730 descriptor: its `intent` and formatted fields.
    case descriptor
    /// Swap and router calls txray decodes itself (routers, aggregators, Universal Router
    /// commands).
    case decodedCommands
    /// txray's own function registry: an intent phrase, no parts.
    case registry
    /// A signed message txray reads itself: a Seaport order, what its offerer gives and gets.
    case signedOrder
  }

  /// The verb phrase as the source states it: "Swap", "Stake ETH", "Supply".
  public var phrase: String
  public var source: Source
  /// The contract acted on.
  public var contract: String?
  /// Who the signer deals with, when known: "1inch Network", "Uniswap Universal Router".
  public var venue: String?
  /// What the signer pays in: exact, or at most.
  public var pays: [IntentAmount]
  /// What comes back: exact, or at least.
  public var receives: [IntentAmount]
  /// Who the output goes to when the transaction names someone; nil when it stays with the
  /// signer (or cannot be told).
  public var recipient: String?
  /// Portions of what moves that go to others: fees, referral shares.
  public var fees: [IntentAmount]
  /// The descriptor's fields as it labels and formats them, in its order.
  public var fields: [IntentField]

  public init(
    phrase: String, source: Source, contract: String? = nil, venue: String? = nil,
    pays: [IntentAmount] = [], receives: [IntentAmount] = [], recipient: String? = nil,
    fees: [IntentAmount] = [], fields: [IntentField] = []
  ) {
    self.phrase = phrase
    self.source = source
    self.contract = contract
    self.venue = venue
    self.pays = pays
    self.receives = receives
    self.recipient = recipient
    self.fees = fees
    self.fields = fields
  }
}

/// An amount of an asset in an intent, with how firm it is.
public struct IntentAmount: Sendable, Hashable {
  public enum Bound: String, Sendable, Hashable {
    case exact
    /// The most the signer may pay (an exact-output swap's input).
    case atMost
    /// The least the signer accepts (a swap's minimum output).
    case atLeast
    /// Whatever is there when it runs (the router's whole balance, a share in basis points).
    case unknown
  }

  public var asset: Asset
  /// Base units; nil when only a share is known (`share`).
  public var amount: UInt256?
  public var bound: Bound
  /// Basis points of what moves (a fee share), when that is how it is stated.
  public var shareBips: UInt256?
  /// Who is paid, for a fee.
  public var party: String?
  /// Which token of an NFT collection (ERC-721, ERC-1155), as the chain writes it.
  public var tokenId: String?

  public init(
    asset: Asset, amount: UInt256?, bound: Bound, shareBips: UInt256? = nil, party: String? = nil,
    tokenId: String? = nil
  ) {
    self.asset = asset
    self.amount = amount
    self.bound = bound
    self.shareBips = shareBips
    self.party = party
    self.tokenId = tokenId
  }
}

/// One field of a descriptor's screen: its label, the value formatted as the descriptor says,
/// and the format's name ("tokenAmount", "addressName" …).
public struct IntentField: Sendable, Hashable {
  public var label: String
  public var value: String
  public var format: String

  public init(label: String, value: String, format: String) {
    self.label = label
    self.value = value
    self.format = format
  }
}
