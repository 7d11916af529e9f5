import EVM
import TxrayCore

/// The outcome an EVM transaction declares, from decoding alone: the value it sends, the
/// allowances, operator approvals and token transfers its call states, its EIP-7702
/// delegations. Simulation adds what executing it does.
public enum EVMOutcome {
  /// `call` is what the call decoder made of the calldata (nil for a creation or no data);
  /// `tokens` names tokens (ticker, decimals) and contracts where it knows them. A transaction
  /// that names no chain is read as on `assumedChainId` (`--chain-id`), else Ethereum mainnet,
  /// and the outcome says so.
  public static func declared(
    _ tx: Transaction, call: DecodedCall?, tokens: ClearSigning? = nil,
    assumedChainId: UInt256? = nil
  ) -> Outcome {
    let signer = tx.from?.checksummed
    let namingChain = tx.chainId ?? assumedChainId ?? UInt256(1)
    let native = EVMChain.nativeAsset(chainId: namingChain)
    var effects: [Effect] = []
    if let to = tx.to, !tx.value.isZero {
      effects.append(
        .transfer(
          asset: native, from: signer ?? "", to: to.checksummed, amount: tx.value, tokenId: nil))
    }
    if let call, let to = tx.to {
      let reader = CallEffects(chainId: namingChain, tokens: tokens)
      effects += reader.effects(of: call, contract: to, caller: signer ?? "")
    }
    for authorization in tx.authorizationList {
      // A tuple whose signer cannot be recovered is skipped by the protocol too.
      guard let authority = authorization.authority else { continue }
      // Delegating to the zero address clears a delegation (EIP-7702).
      let clears = authorization.address.bytes.allSatisfy { $0 == 0 }
      let delegate = clears ? nil : authorization.address.checksummed
      effects.append(
        .delegationSet(
          authority: authority.checksummed, delegate: delegate,
          chainId: authorization.chainId.uint64Value ?? .max))
    }
    return Outcome(
      chain: .evm, kind: .transaction, signer: signer, recipient: tx.to?.checksummed,
      isContractCreation: tx.to == nil, value: tx.value,
      feeCeiling: tx.leavesFeesToWallet ? nil : tx.feeCeiling,
      chainId: tx.chainId.map { $0.uint64Value ?? .max }, method: call?.functionName,
      declared: effects, leftToWallet: tx.unsetFields, nativeAsset: native,
      assumedNetwork: tx.chainId == nil
        ? EVMChain.named(namingChain)?.name ?? "chain \(namingChain.decimalString)" : nil)
  }

  /// Names every account the outcome mentions that txray knows: the curated infrastructure
  /// list first, then the owner an ERC-7730 descriptor deployed there names.
  public static func nameKnownAccounts(
    _ outcome: inout Outcome, chainId: UInt256, clearSigning: ClearSigning
  ) {
    var names: [String: String] = [:]
    for account in OutcomeAccounts.all(outcome) {
      guard let address = Address(hex: account) else { continue }
      if let name = KnownContracts.name(chainId: chainId, address: address)
        ?? clearSigning.owner(chainId: chainId, address: address)
      {
        names[account.lowercased()] = name
      }
    }
    outcome.knownNames = names
  }
}

/// Reads the effects a decoded call states: ERC-20, EIP-2612, DAI permit, Permit2, ERC-721 and
/// ERC-1155 calls by canonical signature. Calls a batch carries to a named target (Multicall3,
/// Safe, MultiSend) are read too, with the batching contract as the caller, since it is the
/// `msg.sender` the token sees. A nested call the batch DELEGATECALLs is itself an effect (its
/// code runs as the batching account), and the calls that code makes come from that account.
struct CallEffects {
  let chainId: UInt256?
  let tokens: ClearSigning?

  /// Nested batches are followed this deep (the decoder bounds them too).
  static let maxDepth = 4

  func effects(of call: DecodedCall, contract: Address, caller: String, depth: Int = 0)
    -> [Effect]
  {
    var out = own(call, contract: contract, caller: caller)
    guard depth < Self.maxDepth else { return out }
    for nested in call.calls {
      guard let target = nested.target else { continue }
      guard nested.isDelegateCall else {
        out += effects(of: nested, contract: target, caller: contract.checksummed, depth: depth + 1)
        continue
      }
      out += delegated(nested, by: contract, code: target, depth: depth + 1)
    }
    return out
  }

  /// `account` DELEGATECALLs `call` at `code`: the code runs as `account`, so what it calls is
  /// called by `account`, and what it does to `account` itself is not read from its arguments.
  func delegated(_ call: DecodedCall, by account: Address, code: Address, depth: Int = 0)
    -> [Effect]
  {
    let library =
      KnownContracts.isSafeBatchLibrary(code)
      ? KnownContracts.name(chainId: chainId, address: code) : nil
    var out: [Effect] = [
      .delegateCall(account: account.checksummed, code: code.checksummed, library: library)
    ]
    guard depth < Self.maxDepth else { return out }
    for nested in call.calls {
      guard let target = nested.target else { continue }
      out +=
        nested.isDelegateCall
        ? delegated(nested, by: account, code: target, depth: depth + 1)
        : effects(of: nested, contract: target, caller: account.checksummed, depth: depth + 1)
    }
    return out
  }

  private func own(_ call: DecodedCall, contract: Address, caller: String) -> [Effect] {
    let args = call.arguments.map(\.value)
    let token = fungible(contract)
    switch (call.signature, args.count) {
    // ERC-721's approve(address,uint256) shares this selector; without state the two cannot be
    // told apart, and reading it as an allowance is the cautious choice.
    case ("approve(address,uint256)", 2):
      guard case .address(let spender) = args[0], case .uint(let amount) = args[1] else { break }
      return [allowance(token, caller, spender, amount, nil, "approve")]
    case ("increaseAllowance(address,uint256)", 2):
      // The added value is a lower bound of the new allowance.
      guard case .address(let spender) = args[0], case .uint(let amount) = args[1] else { break }
      return [allowance(token, caller, spender, amount, nil, "increaseAllowance")]
    case ("permit(address,address,uint256,uint256,uint8,bytes32,bytes32)", 7):
      // Submitting an EIP-2612 permit sets an allowance with no end; the deadline only bounds
      // when the signature may be submitted.
      guard case .address(let owner) = args[0], case .address(let spender) = args[1],
        case .uint(let amount) = args[2]
      else { break }
      return [allowance(token, owner.checksummed, spender, amount, nil, "permit")]
    case ("permit(address,address,uint256,uint256,bool,uint8,bytes32,bytes32)", 8):
      // DAI's permit sets the allowance to everything or to nothing.
      guard case .address(let owner) = args[0], case .address(let spender) = args[1],
        case .bool(let allowed) = args[4]
      else { break }
      return [allowance(token, owner.checksummed, spender, allowed ? .max : .zero, nil, "permit")]
    case ("approve(address,address,uint160,uint48)", 4):
      // Permit2's own allowance: the token is an argument, the expiration a Unix time.
      guard case .address(let tokenAddress) = args[0], case .address(let spender) = args[1],
        case .uint(let amount) = args[2], case .uint(let expiration) = args[3]
      else { break }
      return [
        allowance(
          fungible(tokenAddress), caller, spender, amount, expiration.uint64Value ?? .max,
          "permit2")
      ]
    case ("permit(address,((address,uint160,uint48,uint48),address,uint256),bytes)", 3),
      ("permit(address,((address,uint160,uint48,uint48)[],address,uint256),bytes)", 3):
      guard case .address(let owner) = args[0], case .tuple(let permit) = args[1],
        permit.count == 3, case .address(let spender) = permit[1]
      else { break }
      let details: [ABIValue]
      if case .array(let list) = permit[0] { details = list } else { details = [permit[0]] }
      return details.compactMap { detail in
        guard case .tuple(let fields) = detail, fields.count == 4,
          case .address(let tokenAddress) = fields[0], case .uint(let amount) = fields[1],
          case .uint(let expiration) = fields[2]
        else { return nil }
        return allowance(
          fungible(tokenAddress), owner.checksummed, spender, amount,
          expiration.uint64Value ?? .max, "permit2")
      }
    case ("setApprovalForAll(address,bool)", 2):
      guard case .address(let operatorAddress) = args[0], case .bool(let approved) = args[1]
      else { break }
      return [
        .operatorApproval(
          collection: Asset(kind: .nonFungible, contract: contract.checksummed), owner: caller,
          operator: operatorAddress.checksummed, approved: approved)
      ]
    case ("transfer(address,uint256)", 2):
      guard case .address(let to) = args[0], case .uint(let amount) = args[1] else { break }
      return [
        .transfer(asset: token, from: caller, to: to.checksummed, amount: amount, tokenId: nil)
      ]
    // ERC-721's transferFrom shares this selector; read as ERC-20 like `approve`.
    case ("transferFrom(address,address,uint256)", 3):
      guard case .address(let from) = args[0], case .address(let to) = args[1],
        case .uint(let amount) = args[2]
      else { break }
      return [
        .transfer(
          asset: token, from: from.checksummed, to: to.checksummed, amount: amount, tokenId: nil)
      ]
    case ("safeTransferFrom(address,address,uint256)", 3),
      ("safeTransferFrom(address,address,uint256,bytes)", 4):
      guard case .address(let from) = args[0], case .address(let to) = args[1],
        case .uint(let id) = args[2]
      else { break }
      return [
        .transfer(
          asset: Asset(kind: .nonFungible, contract: contract.checksummed), from: from.checksummed,
          to: to.checksummed, amount: UInt256(1), tokenId: id.decimalString)
      ]
    case ("safeTransferFrom(address,address,uint256,uint256,bytes)", 5):
      guard case .address(let from) = args[0], case .address(let to) = args[1],
        case .uint(let id) = args[2], case .uint(let amount) = args[3]
      else { break }
      return [
        .transfer(
          asset: Asset(kind: .multiToken, contract: contract.checksummed), from: from.checksummed,
          to: to.checksummed, amount: amount, tokenId: id.decimalString)
      ]
    case ("safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)", 5):
      guard case .address(let from) = args[0], case .address(let to) = args[1],
        case .array(let ids) = args[2], case .array(let amounts) = args[3]
      else { break }
      return zip(ids, amounts).compactMap { id, amount in
        guard case .uint(let id) = id, case .uint(let amount) = amount else { return nil }
        return .transfer(
          asset: Asset(kind: .multiToken, contract: contract.checksummed), from: from.checksummed,
          to: to.checksummed, amount: amount, tokenId: id.decimalString)
      }
    default:
      break
    }
    return []
  }

  private func allowance(
    _ asset: Asset, _ owner: String, _ spender: Address, _ amount: UInt256, _ expiry: UInt64?,
    _ mechanism: String
  ) -> Effect {
    .allowance(
      asset: asset, owner: owner, spender: spender.checksummed, amount: amount, expiry: expiry,
      mechanism: mechanism)
  }

  /// An ERC-20 token at `address`, with its ticker and decimals when `tokens` knows them.
  func fungible(_ address: Address) -> Asset {
    let info = chainId.flatMap { tokens?.tokenInfo(chainId: $0, address: address) }
    return Asset(
      kind: .fungible, contract: address.checksummed, symbol: info?.ticker,
      decimals: info?.decimals, source: info?.source)
  }
}
