import TxrayCore

/// An event a signer cares about, recognised in a log by its topic-0 hash and shape. Logs are
/// written by the contracts a transaction runs, so they are claims, not proofs: a hostile token
/// can emit anything. They are still what wallets and explorers show, and txray reports them as
/// what the contract *says* happened, next to the native balance changes it can verify.
public enum TokenEvent: Sendable, Equatable {
  /// ERC-20 `Transfer(from, to, value)`: three topics and a 32-byte amount.
  case fungibleTransfer(token: Address, from: Address, to: Address, amount: UInt256)
  /// ERC-721 `Transfer(from, to, tokenId)`: four topics, no data.
  case nftTransfer(token: Address, from: Address, to: Address, tokenId: UInt256)
  /// ERC-1155 `TransferSingle` and each pair of `TransferBatch`.
  case multiTokenTransfer(
    token: Address, operator: Address, from: Address, to: Address, id: UInt256, amount: UInt256)
  /// ERC-20 `Approval(owner, spender, value)`.
  case fungibleApproval(token: Address, owner: Address, spender: Address, amount: UInt256)
  /// ERC-721 `Approval(owner, approved, tokenId)`: one token; the zero address clears it.
  case nftApproval(token: Address, owner: Address, approved: Address, tokenId: UInt256)
  /// ERC-721 / ERC-1155 `ApprovalForAll(owner, operator, approved)`.
  case approvalForAll(token: Address, owner: Address, operator: Address, approved: Bool)
  /// WETH9 `Deposit(dst, wad)`: ETH wrapped into the token.
  case wrap(token: Address, account: Address, amount: UInt256)
  /// WETH9 `Withdrawal(src, wad)`: the token unwrapped back into ETH.
  case unwrap(token: Address, account: Address, amount: UInt256)
  /// Permit2 `Approval`, `Permit` and `Lockdown` (amount 0): `spender` may move `owner`'s
  /// `asset` through the Permit2 contract `permit2` until `expiration` (unix seconds).
  case permit2Allowance(
    permit2: Address, owner: Address, asset: Address, spender: Address, amount: UInt256,
    expiration: UInt64?, how: Permit2Change)

  public enum Permit2Change: String, Sendable {
    case approve, permit, lockdown
  }

  /// The contract that emitted the event (the token, or Permit2).
  public var emitter: Address {
    switch self {
    case .fungibleTransfer(let token, _, _, _), .nftTransfer(let token, _, _, _),
      .multiTokenTransfer(let token, _, _, _, _, _), .fungibleApproval(let token, _, _, _),
      .nftApproval(let token, _, _, _), .approvalForAll(let token, _, _, _),
      .wrap(let token, _, _), .unwrap(let token, _, _):
      return token
    case .permit2Allowance(let permit2, _, _, _, _, _, _): return permit2
    }
  }

  /// The token the event is about (for Permit2, the token whose allowance changed).
  public var token: Address {
    if case .permit2Allowance(_, _, let asset, _, _, _, _) = self { return asset }
    return emitter
  }

  /// Every event the log carries: one, none (unrecognised), or several for `TransferBatch`.
  /// Malformed logs (wrong topic count, short data, dirty address words) are not recognised
  /// rather than misread.
  public static func decode(_ log: Log) -> [TokenEvent] {
    guard let topic0 = log.topics.first else { return [] }
    let topics = log.topics
    let data = log.data
    switch (topic0, topics.count) {
    case (Signature.transfer, 3):
      guard let from = address(topics[1]), let to = address(topics[2]), let amount = word(data, 0)
      else { return [] }
      return [.fungibleTransfer(token: log.address, from: from, to: to, amount: amount)]
    case (Signature.transfer, 4):
      guard let from = address(topics[1]), let to = address(topics[2]) else { return [] }
      return [.nftTransfer(token: log.address, from: from, to: to, tokenId: topics[3])]
    case (Signature.approval, 3):
      guard let owner = address(topics[1]), let spender = address(topics[2]),
        let amount = word(data, 0)
      else { return [] }
      return [.fungibleApproval(token: log.address, owner: owner, spender: spender, amount: amount)]
    case (Signature.approval, 4):
      guard let owner = address(topics[1]), let approved = address(topics[2]) else { return [] }
      return [
        .nftApproval(token: log.address, owner: owner, approved: approved, tokenId: topics[3])
      ]
    case (Signature.approvalForAll, 3):
      guard let owner = address(topics[1]), let op = address(topics[2]),
        let flag = word(data, 0), flag <= UInt256(1)
      else { return [] }
      return [.approvalForAll(token: log.address, owner: owner, operator: op, approved: flag == 1)]
    case (Signature.transferSingle, 4):
      guard let op = address(topics[1]), let from = address(topics[2]),
        let to = address(topics[3]), let id = word(data, 0), let amount = word(data, 1)
      else { return [] }
      return [
        .multiTokenTransfer(
          token: log.address, operator: op, from: from, to: to, id: id, amount: amount)
      ]
    case (Signature.transferBatch, 4):
      return transferBatch(log)
    case (Signature.deposit, 2):
      guard let account = address(topics[1]), let amount = word(data, 0) else { return [] }
      return [.wrap(token: log.address, account: account, amount: amount)]
    case (Signature.withdrawal, 2):
      guard let account = address(topics[1]), let amount = word(data, 0) else { return [] }
      return [.unwrap(token: log.address, account: account, amount: amount)]
    case (Signature.permit2Approval, 4), (Signature.permit2Permit, 4):
      guard let owner = address(topics[1]), let asset = address(topics[2]),
        let spender = address(topics[3]), let amount = word(data, 0),
        let expiration = word(data, 1)?.uint64Value
      else { return [] }
      return [
        .permit2Allowance(
          permit2: log.address, owner: owner, asset: asset, spender: spender, amount: amount,
          expiration: expiration, how: topic0 == Signature.permit2Permit ? .permit : .approve)
      ]
    case (Signature.permit2Lockdown, 2):
      guard let owner = address(topics[1]), let asset = word(data, 0).flatMap(address),
        let spender = word(data, 1).flatMap(address)
      else { return [] }
      return [
        .permit2Allowance(
          permit2: log.address, owner: owner, asset: asset, spender: spender, amount: .zero,
          expiration: nil, how: .lockdown)
      ]
    default:
      return []
    }
  }

  /// `TransferBatch(operator, from, to, uint256[] ids, uint256[] values)`: one event per pair;
  /// arrays of different lengths are malformed.
  private static func transferBatch(_ log: Log) -> [TokenEvent] {
    guard let op = address(log.topics[1]), let from = address(log.topics[2]),
      let to = address(log.topics[3]),
      let values = try? ABIDecoder.decode(
        [
          ABIParameter(type: .array(.uint(bits: 256))),
          ABIParameter(type: .array(.uint(bits: 256))),
        ],
        from: log.data),
      values.count == 2, case .array(let ids) = values[0], case .array(let amounts) = values[1],
      ids.count == amounts.count
    else { return [] }
    return zip(ids, amounts).compactMap { id, amount in
      guard case .uint(let id) = id, case .uint(let amount) = amount else { return nil }
      return .multiTokenTransfer(
        token: log.address, operator: op, from: from, to: to, id: id, amount: amount)
    }
  }

  /// The address in a 32-byte word; nil when the upper 12 bytes are not zero.
  static func address(_ word: UInt256) -> Address? {
    guard word >> 160 == .zero else { return nil }
    return Address(bytes: word.bigEndianBytes.suffix(20))
  }

  /// The `index`-th 32-byte word of `data`, nil when the data is too short.
  static func word(_ data: [UInt8], _ index: Int) -> UInt256? {
    let start = index * 32
    guard start + 32 <= data.count else { return nil }
    return UInt256(bigEndianBytes: data[start..<start + 32])
  }

  /// Topic-0 hashes of the recognised events.
  enum Signature {
    static let transfer = topic("Transfer(address,address,uint256)")
    static let approval = topic("Approval(address,address,uint256)")
    static let approvalForAll = topic("ApprovalForAll(address,address,bool)")
    static let transferSingle = topic("TransferSingle(address,address,address,uint256,uint256)")
    static let transferBatch = topic(
      "TransferBatch(address,address,address,uint256[],uint256[])")
    static let deposit = topic("Deposit(address,uint256)")
    static let withdrawal = topic("Withdrawal(address,uint256)")
    static let permit2Approval = topic("Approval(address,address,address,uint160,uint48)")
    static let permit2Permit = topic(
      "Permit(address,address,address,uint160,uint48,uint48)")
    static let permit2Lockdown = topic("Lockdown(address,address,address)")

    static func topic(_ signature: String) -> UInt256 {
      UInt256(bigEndianBytes: Keccak256.hash(Array(signature.utf8))) ?? .zero
    }
  }
}
