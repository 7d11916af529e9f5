import TxrayCore

/// The EIP-2718 type of a transaction; legacy transactions carry no type byte and are 0 here.
public enum TransactionType: UInt8, Sendable {
  case legacy = 0
  /// EIP-2930 (Berlin): legacy gas price plus an access list.
  case accessList = 1
  /// EIP-1559 (London): max fee and max priority fee instead of one gas price.
  case dynamicFee = 2
  /// EIP-4844 (Cancun): carries blob versioned hashes and a max fee per blob gas.
  case blob = 3
  /// EIP-7702 (Prague): sets code on the signing accounts of its authorization list.
  case setCode = 4

  /// "EIP-1559" for display; "legacy" for type 0.
  public var eipName: String {
    switch self {
    case .legacy: "legacy"
    case .accessList: "EIP-2930"
    case .dynamicFee: "EIP-1559"
    case .blob: "EIP-4844"
    case .setCode: "EIP-7702"
    }
  }
}

/// What the decoded input was: a signed transaction, the payload a wallet is about to sign, or a
/// JSON request an app passed to the wallet.
public enum TransactionFormat: String, Sendable {
  case signed, unsigned, request
}

/// One EIP-2930 access list entry: an address and the storage keys (32 bytes each) pre-warmed.
public struct AccessListEntry: Sendable, Equatable {
  public var address: Address
  public var storageKeys: [[UInt8]]

  public init(address: Address, storageKeys: [[UInt8]]) {
    self.address = address
    self.storageKeys = storageKeys
  }
}

/// An ECDSA signature as it appears in the transaction: `v` is the legacy v (27/28 or
/// chainId × 2 + 35/36) or, for typed transactions, the y-parity (0/1).
public struct Signature: Sendable, Equatable {
  public var v: UInt256
  public var r: UInt256
  public var s: UInt256

  public init(v: UInt256, r: UInt256, s: UInt256) {
    self.v = v
    self.r = r
    self.s = s
  }
}

/// One EIP-7702 authorization tuple. Its signer (the authority) is recovered while decoding; a
/// tuple whose signature does not yield an authority is skipped by the protocol, not fatal to
/// the transaction, so the failure is recorded here instead of thrown.
public struct Authorization: Sendable, Equatable {
  public var chainId: UInt256
  /// The contract whose code the authority delegates to.
  public var address: Address
  public var nonce: UInt256
  public var yParity: UInt256
  public var r: UInt256
  public var s: UInt256
  /// The recovered signer; nil when the signature does not recover (then `authorityError` says why).
  public var authority: Address?
  public var authorityError: String?

  public init(
    chainId: UInt256, address: Address, nonce: UInt256, yParity: UInt256, r: UInt256, s: UInt256,
    authority: Address? = nil, authorityError: String? = nil
  ) {
    self.chainId = chainId
    self.address = address
    self.nonce = nonce
    self.yParity = yParity
    self.r = r
    self.s = s
    self.authority = authority
    self.authorityError = authorityError
  }
}

/// The blobs, KZG commitments and proofs that travel with a blob transaction on the network
/// (never in a block). Each blob is 128 KiB, kept as a slice of the decoded input, not copied.
public struct BlobSidecar: Sendable, Equatable {
  /// 131,072 bytes each.
  public var blobs: [ArraySlice<UInt8>]
  /// 48 bytes each, one per blob.
  public var commitments: [[UInt8]]
  /// 48 bytes each: one per blob (EIP-4844 wrapper) or 128 cell proofs per blob (EIP-7594).
  public var proofs: [[UInt8]]

  public var blobCount: Int { blobs.count }

  public init(blobs: [ArraySlice<UInt8>], commitments: [[UInt8]], proofs: [[UInt8]]) {
    self.blobs = blobs
    self.commitments = commitments
    self.proofs = proofs
  }
}
