/// Everything rules, narration and the front ends need to know about one input, chain-neutral:
/// what it declares (decoded) and, when it was simulated, what executing it did.
public struct Outcome: Sendable {
  public enum Kind: String, Sendable {
    /// A transaction to sign and send.
    case transaction
    /// An off-chain signature request (EIP-712 typed data: permits, orders …).
    case signatureRequest
    /// A NEAR delegate action (NEP-366) that a relayer submits.
    case delegateAction
  }

  public var chain: Chain
  public var kind: Kind
  /// Who signs (nil when an unsigned transaction does not say).
  public var signer: String?
  /// The account called or paid (`to`, `receiver_id`, the typed data's verifying contract); nil
  /// for contract creation.
  public var recipient: String?
  public var isContractCreation: Bool
  /// Native value attached (ETH value, or the sum of NEAR deposits).
  public var value: UInt256
  /// The most the signer can pay in fees (EVM gas limit × max fee; NEAR gas × price bound).
  public var feeCeiling: UInt256?
  /// EVM chain id; nil for a legacy transaction without EIP-155 protection.
  public var chainId: UInt64?
  /// The decoded method name of the top-level call, when known.
  public var method: String?
  /// What the transaction itself declares, from decoding alone.
  public var declared: [Effect]
  /// What simulation found; nil when the input was not simulated.
  public var simulation: Simulation?
  /// Accounts known to hold code (from state or simulation); rules use it to tell EOAs from
  /// contracts. Empty when unknown.
  public var accountsWithCode: Set<String>
  /// Accounts known to hold no code (state was read and found none).
  public var accountsWithoutCode: Set<String>
  /// Fields an unsigned request leaves for the wallet to fill in ("chainId", "nonce", fee
  /// fields): rules must not judge a value that is not there yet (an unset chain id is not a
  /// replayable legacy transaction). Empty for signed and unsigned transactions.
  public var leftToWallet: [String]
  /// The coin `value` and fees are paid in on this chain (POL on Polygon, NEAR on NEAR).
  public var nativeAsset: Asset
  /// What the transaction is for, when a descriptor, a router or the registry says.
  public var intent: Intent?
  /// Names of well-known contracts and accounts this outcome mentions (Permit2, a router, a
  /// descriptor's owner), by lower-cased account. Not the signer's address book: these come
  /// with txray and its descriptors.
  public var knownNames: [String: String]
  /// Tokens whose on-chain symbol or decimals contradict the token list.
  public var tokenMismatches: [TokenMismatch]
  /// The network names were read for when the transaction names none ("Ethereum mainnet",
  /// or the one `--chain-id` gives); nil when the transaction states its chain.
  public var assumedNetwork: String?

  /// A Safe transaction its owners sign (EIP-712 `SafeTx`): a signature, but one that makes the
  /// Safe (`recipient`) act, so what the Safe does is what the signature does.
  public var isSafeTransaction: Bool { kind == .signatureRequest && method == "SafeTx" }

  public init(
    chain: Chain, kind: Kind = .transaction, signer: String? = nil, recipient: String? = nil,
    isContractCreation: Bool = false, value: UInt256 = .zero, feeCeiling: UInt256? = nil,
    chainId: UInt64? = nil, method: String? = nil, declared: [Effect] = [],
    simulation: Simulation? = nil, accountsWithCode: Set<String> = [],
    accountsWithoutCode: Set<String> = [], leftToWallet: [String] = [],
    nativeAsset: Asset? = nil, intent: Intent? = nil, knownNames: [String: String] = [:],
    tokenMismatches: [TokenMismatch] = [], assumedNetwork: String? = nil
  ) {
    self.chain = chain
    self.kind = kind
    self.signer = signer
    self.recipient = recipient
    self.isContractCreation = isContractCreation
    self.value = value
    self.feeCeiling = feeCeiling
    self.chainId = chainId
    self.method = method
    self.declared = declared
    self.simulation = simulation
    self.accountsWithCode = accountsWithCode
    self.accountsWithoutCode = accountsWithoutCode
    self.leftToWallet = leftToWallet
    self.nativeAsset = nativeAsset ?? .native(of: chain)
    self.intent = intent
    self.knownNames = knownNames
    self.tokenMismatches = tokenMismatches
    self.assumedNetwork = assumedNetwork
  }

  /// Simulated effects when there are any, else the declared ones: the best account of what
  /// happens.
  public var effects: [Effect] {
    if let simulation, simulation.status == .succeeded { return simulation.effects }
    return declared
  }
}

/// The result of executing a transaction against real state.
public struct Simulation: Sendable {
  public enum Status: Sendable, Equatable {
    case succeeded
    /// The transaction runs but fails: the signer still pays the fee; nothing else changes.
    case reverted(reason: String?)
    /// It could not be judged: missing state, timeout, unsupported feature. Not a verdict.
    case notSimulated(reason: String)
  }

  public var status: Status
  public var gasUsed: UInt64?
  public var effects: [Effect]

  public init(status: Status, gasUsed: UInt64? = nil, effects: [Effect] = []) {
    self.status = status
    self.gasUsed = gasUsed
    self.effects = effects
  }
}
