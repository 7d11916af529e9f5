/// One statement the narrator makes about an outcome: a relation over role-typed values, with
/// one or more plain-English sentences written by code. Findings are claims too.
///
/// A model never writes a claim's words. It may only choose which claims to say, in which order,
/// which of their wordings, and how to join them (`Composition`); a model that writes prose (an
/// `--endpoint` server) has each sentence read back into claims by `ClaimCheck`. So every value
/// in a shown sentence stands in a role its claim gives it.
public struct Claim: Sendable, Equatable {
  /// What part of the account a claim is.
  public enum Kind: String, Sendable {
    /// The main thing the signer does ("You allow {spender} to spend all of your {token}").
    case action
    /// A consequence of the action ("{spender} can then take …").
    case detail
    /// What simulation found, or that there was none.
    case simulation
    /// A rule's finding.
    case finding
    /// Who signs, what else rides along, the fee ceiling.
    case context
    /// A vetted, value-free sentence on why the claim before it matters; said only right after
    /// it (`follows`).
    case why
  }

  /// A stable name, unique within one narration: "action", "finding.evm.unlimited-allowance" …
  public var id: String
  public var kind: Kind
  /// The finding's severity for `.finding` claims, else nil.
  public var severity: Severity?
  /// Whole sentences over `{slot}` placeholders; any one of them states the claim.
  public var wordings: [String]
  /// The role of every slot the wordings name.
  public var roles: [String: Role]
  /// For `.why` claims: the claim it explains, which must come right before it.
  public var follows: String?
  /// A caveat every explanation must state though it is no finding (names read for a chain the
  /// transaction does not name).
  public var mustBeSaid: Bool

  public init(
    id: String, kind: Kind, severity: Severity? = nil, wordings: [String],
    roles: [String: Role] = [:], follows: String? = nil, mustBeSaid: Bool = false
  ) {
    self.id = id
    self.kind = kind
    self.severity = severity
    self.wordings = wordings
    self.roles = roles
    self.follows = follows
    self.mustBeSaid = mustBeSaid
  }

  /// A finding of warning severity or worse, or a caveat that must be said: every explanation
  /// shown must state it, so a model can never leave a risk out. Notes (info) may be left to the
  /// findings list.
  public var isRequired: Bool { mustBeSaid || (severity ?? .info) >= .warning }
}

/// What a value stands for in a claim. A sentence that puts a value in another role (the spender
/// as the signer, an amount of the wrong asset) states a different claim.
public enum Role: String, Sendable, CaseIterable {
  case signer, spender, `operator`, owner, recipient, source, sender, receiver, relayer
  case newKey, key, delegate, authority, beneficiary, contract, account
  case asset, amount, collection, time, chain, fee, value, balanceChange, count, method, code
  case size, block, reason, finding
}
