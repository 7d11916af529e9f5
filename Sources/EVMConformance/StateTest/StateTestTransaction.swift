import EVM
import TxrayCore

/// A state test's transaction template. Values that cannot be represented (a value above
/// 2²⁵⁶−1, written "0x:bigint …") are kept as the reason, since the test then expects the
/// transaction to be rejected.
public struct StateTestTransaction: Sendable {
  public var sender: Address
  public var to: Address?
  public var nonce: UInt256
  public var data: [[UInt8]]
  public var gasLimits: [Result<UInt256, StateTestError>]
  public var values: [Result<UInt256, StateTestError>]
  public var gasPrice: UInt256?
  public var maxFeePerGas: UInt256?
  public var maxPriorityFeePerGas: UInt256?
  /// One list per `data` entry, or nil when the transaction has none (a legacy transaction).
  public var accessLists: [[AccessListEntry]]?
  public var blobHashes: [UInt256]?
  public var maxFeePerBlobGas: UInt256?
  public var authorizations: [Authorization]?

  init(_ json: StateTestJSON.Transaction, chainId: UInt64) throws(StateTestError) {
    guard let senderText = json.sender else {
      throw StateTestError("transaction has no sender field")
    }
    sender = try StateTestHex.address(senderText, field: "transaction.sender")
    to = json.to.isEmpty ? nil : try StateTestHex.address(json.to, field: "transaction.to")
    nonce = try StateTestHex.uint256(json.nonce, field: "transaction.nonce")
    data = try json.data.map { (text) throws(StateTestError) in
      try StateTestHex.bytes(text, field: "transaction.data")
    }
    gasLimits = json.gasLimit.map { text in
      Result { () throws(StateTestError) in
        try StateTestHex.uint256(text, field: "transaction.gasLimit")
      }
    }
    values = json.value.map { text in
      Result { () throws(StateTestError) in
        try StateTestHex.uint256(text, field: "transaction.value")
      }
    }
    gasPrice = try Self.quantity(json.gasPrice, field: "gasPrice")
    maxFeePerGas = try Self.quantity(json.maxFeePerGas, field: "maxFeePerGas")
    maxPriorityFeePerGas = try Self.quantity(
      json.maxPriorityFeePerGas, field: "maxPriorityFeePerGas")
    maxFeePerBlobGas = try Self.quantity(json.maxFeePerBlobGas, field: "maxFeePerBlobGas")
    accessLists = try json.accessLists.map { (lists) throws(StateTestError) in
      try lists.map { (list) throws(StateTestError) in
        try (list ?? []).map { (entry) throws(StateTestError) in
          AccessListEntry(
            address: try StateTestHex.address(entry.address, field: "accessList address"),
            storageKeys: try entry.storageKeys.map { (key) throws(StateTestError) in
              try StateTestHex.hash(key, field: "accessList storage key")
            })
        }
      }
    }
    blobHashes = try json.blobVersionedHashes.map { (hashes) throws(StateTestError) in
      try hashes.map { (text) throws(StateTestError) in
        try StateTestHex.uint256(text, field: "blobVersionedHashes")
      }
    }
    authorizations = try json.authorizationList.map { (list) throws(StateTestError) in
      try list.map(Self.authorization)
    }
  }

  /// The authority is recovered from the signature as a node does, not taken from the file's
  /// `signer`: a tuple whose signature does not recover (or has a high s) must be skipped, and
  /// the key the filler signed with would hide that.
  private static func authorization(_ json: StateTestJSON.Authorization) throws(StateTestError)
    -> Authorization
  {
    guard let parity = json.yParity ?? json.v else {
      throw StateTestError("authorization has neither yParity nor v")
    }
    var authorization = Authorization(
      chainId: try StateTestHex.uint256(json.chainId, field: "authorization chainId"),
      address: try StateTestHex.address(json.address, field: "authorization address"),
      nonce: try StateTestHex.uint256(json.nonce, field: "authorization nonce"),
      yParity: try StateTestHex.uint256(parity, field: "authorization yParity"),
      r: try StateTestHex.uint256(json.r, field: "authorization r"),
      s: try StateTestHex.uint256(json.s, field: "authorization s"))
    authorization.recoverAuthority()
    return authorization
  }

  private static func quantity(_ text: String?, field: String) throws(StateTestError) -> UInt256? {
    guard let text else { return nil }
    return try StateTestHex.uint256(text, field: "transaction.\(field)")
  }

  /// The executable transaction for one post entry's data/gas/value combination.
  public func executable(for post: StateTestPost) throws(StateTestError) -> ExecutableTransaction {
    guard data.indices.contains(post.dataIndex), gasLimits.indices.contains(post.gasIndex),
      values.indices.contains(post.valueIndex)
    else {
      throw StateTestError(
        "indexes data \(post.dataIndex), gas \(post.gasIndex), value \(post.valueIndex) out of range"
      )
    }
    let accessList = accessLists.flatMap { lists in
      lists.indices.contains(post.dataIndex) ? lists[post.dataIndex] : nil
    }
    return ExecutableTransaction(
      sender: sender, to: to, value: try values[post.valueIndex].get(),
      data: data[post.dataIndex], gasLimit: try gasLimits[post.gasIndex].get(), nonce: nonce,
      gasPrice: gasPrice, maxFeePerGas: maxFeePerGas,
      maxPriorityFeePerGas: maxPriorityFeePerGas, accessList: accessList ?? [],
      blobHashes: blobHashes, maxFeePerBlobGas: maxFeePerBlobGas, authorizations: authorizations)
  }
}
