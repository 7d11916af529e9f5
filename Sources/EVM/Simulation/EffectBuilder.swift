import TxrayCore

/// Turns what execution did into chain-neutral effects, in reading order: the call, ETH moved
/// by calls, token events, code deployed or delegated, accounts deleted, then net balance
/// changes (ETH from the state diff, so fees are included; tokens summed from their transfers).
struct EffectBuilder {
  let sender: Address
  let tx: Transaction
  let block: BlockEnvironment
  let tokens: [Address: TokenMetadata]

  func effects(
    root: SimulatedCall?, events: [TokenEvent], changes: [AccountChange], created: [Address],
    succeeded: Bool
  ) -> [Effect] {
    var effects: [Effect] = []
    if succeeded {
      if let root { effects += callEffects(root) }
      effects += events.flatMap(eventEffects)
      effects += created.map { address in
        let code = changes.first { $0.address == address }?.after?.code ?? []
        return Effect.codeDeployed(
          account: address.checksummed, codeHash: Hex.encode(Keccak256.hash(code)),
          size: code.count)
      }
      effects += changes.compactMap(delegation)
      effects += changes.compactMap(deletion)
    }
    effects += nativeBalanceChanges(changes)
    if succeeded { effects += tokenBalanceChanges(events) }
    return effects
  }

  /// The top-level call, then every value transfer of a frame that succeeded inside frames that
  /// all succeeded (a reverted frame's transfers did not happen).
  private func callEffects(_ root: SimulatedCall) -> [Effect] {
    var effects: [Effect] = []
    if root.frame.kind == .call {
      effects.append(
        .call(
          from: root.frame.from.checksummed, to: root.frame.to.checksummed, method: root.method,
          attached: root.frame.value))
    }
    func walk(_ call: SimulatedCall) {
      guard call.frame.success else { return }
      let frame = call.frame
      if !frame.value.isZero, frame.kind != .delegatecall, frame.kind != .staticcall {
        effects.append(
          .transfer(
            asset: native, from: frame.from.checksummed, to: frame.to.checksummed,
            amount: frame.value, tokenId: nil))
      }
      call.calls.forEach(walk)
    }
    walk(root)
    return effects
  }

  private func eventEffects(_ event: TokenEvent) -> [Effect] {
    switch event {
    case .fungibleTransfer(let token, let from, let to, let amount):
      return [
        .transfer(
          asset: asset(token, .fungible), from: from.checksummed, to: to.checksummed,
          amount: amount, tokenId: nil)
      ]
    case .nftTransfer(let token, let from, let to, let tokenId):
      return [
        .transfer(
          asset: asset(token, .nonFungible), from: from.checksummed, to: to.checksummed,
          amount: 1, tokenId: tokenId.decimalString)
      ]
    case .multiTokenTransfer(let token, _, let from, let to, let id, let amount):
      return [
        .transfer(
          asset: asset(token, .multiToken), from: from.checksummed, to: to.checksummed,
          amount: amount, tokenId: id.decimalString)
      ]
    case .fungibleApproval(let token, let owner, let spender, let amount):
      return [
        .allowance(
          asset: asset(token, .fungible), owner: owner.checksummed, spender: spender.checksummed,
          amount: amount, expiry: nil, mechanism: approvalMechanism(token))
      ]
    case .nftApproval(let token, let owner, let approved, let tokenId):
      return [
        .allowance(
          asset: asset(token, .nonFungible), owner: owner.checksummed,
          spender: approved.checksummed, amount: 1, expiry: nil,
          mechanism: "approve token \(tokenId.decimalString)")
      ]
    case .approvalForAll(let token, let owner, let op, let approved):
      let kind: Asset.Kind = tokens[token]?.isMultiToken == true ? .multiToken : .nonFungible
      return [
        .operatorApproval(
          collection: asset(token, kind), owner: owner.checksummed, operator: op.checksummed,
          approved: approved)
      ]
    case .wrap(let token, let account, let amount):
      guard isWrappedEther(token) else { return [] }
      return [
        .transfer(
          asset: asset(token, .fungible), from: token.checksummed, to: account.checksummed,
          amount: amount, tokenId: nil)
      ]
    case .unwrap(let token, let account, let amount):
      guard isWrappedEther(token) else { return [] }
      return [
        .transfer(
          asset: asset(token, .fungible), from: account.checksummed, to: token.checksummed,
          amount: amount, tokenId: nil)
      ]
    case .permit2Allowance(
      _, let owner, let token, let spender, let amount, let expiration, let how):
      return [
        .allowance(
          asset: asset(token, .fungible), owner: owner.checksummed, spender: spender.checksummed,
          amount: amount, expiry: expiration, mechanism: "permit2 " + how.rawValue)
      ]
    }
  }

  /// `Deposit(address,uint256)` is a common event name; only WETH-like tokens (the canonical
  /// WETH addresses, or a token whose symbol says it wraps ether) are read as wrapping.
  private func isWrappedEther(_ token: Address) -> Bool {
    if Self.wrappedEther.contains(token) { return true }
    let symbol = tokens[token]?.symbol?.uppercased()
    return symbol == "WETH" || symbol == "WETH9"
  }

  /// WETH9 on Ethereum, Sepolia and Holesky; the OP Stack's predeploy.
  static let wrappedEther: Set<Address> = Set(
    [
      "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xfFf9976782d46CC05630D1f6eBAb18b2324d6B14",
      "0x94373a4919B3240D86eA41593D5eBa789FEF3848", "0x4200000000000000000000000000000000000006",
    ].compactMap(Address.init(hex:)))

  /// How an ERC-20 allowance was set: by the top-level call's method when the signer called the
  /// token itself (approve, permit, increaseAllowance …), else "approve".
  private func approvalMechanism(_ token: Address) -> String {
    guard tx.to == token, let selector = tx.selector else { return "approve" }
    return Self.allowanceMethods[selector] ?? "approve"
  }

  private static let allowanceMethods: [[UInt8]: String] = Dictionary(
    uniqueKeysWithValues: [
      ("approve(address,uint256)", "approve"),
      ("increaseAllowance(address,uint256)", "increaseAllowance"),
      ("decreaseAllowance(address,uint256)", "decreaseAllowance"),
      ("permit(address,address,uint256,uint256,uint8,bytes32,bytes32)", "permit"),
      ("transferFrom(address,address,uint256)", "transferFrom"),
    ].map { (ABIFunction.selector(of: $0.0), $0.1) })

  /// An account whose code became `0xef0100 ‖ address` (EIP-7702), or whose delegation was
  /// cleared.
  private func delegation(_ change: AccountChange) -> Effect? {
    let before = change.before?.code ?? []
    let after = change.after?.code ?? []
    guard before != after else { return nil }
    let chainId =
      tx.authorizationList.first { $0.authority == change.address }?.chainId.uint64Value
      ?? block.chainId
    if let delegate = Self.delegate(after) {
      return .delegationSet(
        authority: change.address.checksummed, delegate: delegate.checksummed, chainId: chainId)
    }
    if Self.delegate(before) != nil, after.isEmpty {
      return .delegationSet(authority: change.address.checksummed, delegate: nil, chainId: chainId)
    }
    return nil
  }

  /// The delegate of an EIP-7702 delegation indicator, nil for any other code.
  static func delegate(_ code: [UInt8]) -> Address? {
    guard code.count == 23, code.starts(with: [0xef, 0x01, 0x00]) else { return nil }
    return Address(bytes: code.dropFirst(3))
  }

  private func deletion(_ change: AccountChange) -> Effect? {
    guard change.before != nil, change.after == nil else { return nil }
    return .accountDeleted(account: change.address.checksummed, beneficiary: "unknown")
  }

  /// Net ETH change per account from the state diff, the sender first. The block's fee
  /// recipient is left out unless it is a party to the transaction: its tip is not something
  /// the signer decides.
  private func nativeBalanceChanges(_ changes: [AccountChange]) -> [Effect] {
    let parties = Set([sender] + (tx.to.map { [$0] } ?? []))
    let ordered = changes.sorted { lhs, rhs in
      lhs.address == sender
        ? rhs.address != sender : rhs.address != sender && lhs.address < rhs.address
    }
    return ordered.compactMap { change in
      let before = change.before?.balance ?? .zero
      let after = change.after?.balance ?? .zero
      guard before != after, change.address != block.coinbase || parties.contains(change.address)
      else { return nil }
      return .balanceChange(
        account: change.address.checksummed, asset: native,
        delta: .change(from: before, to: after))
    }
  }

  /// Net fungible-token change per (account, token) summed from transfer events, in order of
  /// first appearance; zero nets are left out. A hostile token can claim amounts whose sum
  /// overflows 256 bits: such a sum is left out rather than wrapped.
  private func tokenBalanceChanges(_ events: [TokenEvent]) -> [Effect] {
    struct Key: Hashable {
      var account: Address
      var token: Address
    }
    struct Sums {
      var gained = UInt256.zero
      var lost = UInt256.zero
      var overflowed = false
    }
    var order: [Key] = []
    var sums: [Key: Sums] = [:]
    func add(_ amount: UInt256, to key: Key, gain: Bool) {
      if sums[key] == nil { order.append(key) }
      var entry = sums[key] ?? Sums()
      let (total, overflow) = (gain ? entry.gained : entry.lost).addingReportingOverflow(amount)
      if gain { entry.gained = total } else { entry.lost = total }
      entry.overflowed = entry.overflowed || overflow
      sums[key] = entry
    }
    for event in events {
      switch event {
      case .fungibleTransfer(let token, let from, let to, let amount):
        add(amount, to: Key(account: from, token: token), gain: false)
        add(amount, to: Key(account: to, token: token), gain: true)
      case .wrap(let token, let account, let amount) where isWrappedEther(token):
        add(amount, to: Key(account: account, token: token), gain: true)
      case .unwrap(let token, let account, let amount) where isWrappedEther(token):
        add(amount, to: Key(account: account, token: token), gain: false)
      default:
        continue
      }
    }
    return order.compactMap { key in
      guard let entry = sums[key], !entry.overflowed, entry.gained != entry.lost else {
        return nil
      }
      return .balanceChange(
        account: key.account.checksummed, asset: asset(key.token, .fungible),
        delta: .change(from: entry.lost, to: entry.gained))
    }
  }

  /// The chain's coin, from the chain registry: a Polygon transaction moves POL.
  private var native: Asset { EVMChain.nativeAsset(chainId: tx.chainId) }

  private func asset(_ token: Address, _ kind: Asset.Kind) -> Asset {
    let metadata = tokens[token]
    return Asset(
      kind: kind, contract: token.checksummed, symbol: metadata?.symbol, name: metadata?.name,
      decimals: kind == .fungible ? metadata?.decimals : nil,
      source: metadata?.symbol == nil ? nil : "chain")
  }
}
