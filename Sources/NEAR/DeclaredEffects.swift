import TxrayCore

/// What a transaction or delegate action certainly does if it executes, read from its actions
/// alone (no contract runs), in the chain-neutral vocabulary of `Effect`: the outcome, the
/// rules, the `--json` effects and the text all read this one list. Actions act on the receiver
/// and are paid by the signer; a delegate action's actions run as its sender on its receiver.
public enum DeclaredEffects {
  /// The effects of `decoded`'s actions in action order, after the delegation itself when
  /// `decoded` is a delegate action.
  public static func of(_ decoded: DecodedTransaction) -> [Effect] {
    var effects: [Effect] = []
    if case .delegate(let delegate) = decoded.body {
      // The sender signs actions for whoever relays them: no relayer is named yet.
      effects.append(
        .delegatedAction(
          sender: delegate.senderId.value, receiver: delegate.receiverId.value, relayer: nil,
          maxBlockHeight: delegate.maxBlockHeight))
    }
    return effects + of(decoded.actions, signer: decoded.signerId, receiver: decoded.receiverId)
  }

  static func of(_ actions: [Action], signer: AccountId, receiver: AccountId) -> [Effect] {
    var out: [Effect] = []
    for action in actions {
      switch action {
      case .createAccount:
        out.append(.accountCreated(account: receiver.value))
      case .deployContract(let code):
        out.append(
          .codeDeployed(
            account: receiver.value, codeHash: Base58.encode(code.sha256), size: code.size))
      case .functionCall(let call):
        out.append(
          .call(
            from: signer.value, to: receiver.value, method: call.methodName,
            attached: call.deposit))
        out += TokenCallEffects.of(call, signer: signer, contract: receiver)
      case .transfer(let deposit):
        out.append(
          .transfer(
            asset: .near, from: signer.value, to: receiver.value, amount: deposit, tokenId: nil))
      case .stake(let amount, let key):
        out.append(.staked(account: receiver.value, amount: amount, validatorKey: key.description))
      case .addKey(let key, let accessKey):
        out.append(
          .keyAdded(
            account: receiver.value, key: key.description, access: accessKey.permission.access))
      case .deleteKey(let key):
        out.append(.keyRemoved(account: receiver.value, key: key.description))
      case .deleteAccount(let beneficiary):
        out.append(.accountDeleted(account: receiver.value, beneficiary: beneficiary.value))
      case .delegate(let signed):
        let inner = signed.delegateAction
        out.append(
          .delegatedAction(
            sender: inner.senderId.value, receiver: inner.receiverId.value,
            relayer: signer.value, maxBlockHeight: inner.maxBlockHeight))
        out += of(inner.actions, signer: inner.senderId, receiver: inner.receiverId)
      case .useGlobalContract(let identifier):
        // The account's code becomes the global contract's: the same risk as a deployment.
        out.append(
          .codeDeployed(account: receiver.value, codeHash: globalCode(identifier), size: nil))
      case .deterministicStateInit(let initial):
        out.append(.accountCreated(account: receiver.value))
        out.append(
          .codeDeployed(account: receiver.value, codeHash: globalCode(initial.code), size: nil))
        if !initial.deposit.isZero {
          out.append(
            .transfer(
              asset: .near, from: signer.value, to: receiver.value, amount: initial.deposit,
              tokenId: nil))
        }
      // Publishing global code and moving NEAR between an account and its own gas keys change
      // no one's holdings or code; the actions themselves are listed in full.
      case .deployGlobalContract, .transferToGasKey, .withdrawFromGasKey:
        break
      }
    }
    return out
  }

  /// "global code <base58 hash>" or "global code of <account>".
  private static func globalCode(_ identifier: GlobalContractIdentifier) -> String {
    switch identifier {
    case .codeHash(let hash): return "global code " + Base58.encode(hash)
    case .accountId(let owner): return "global code of " + owner.value
    }
  }
}

extension AccessKeyPermission {
  /// The permission in the chain-neutral terms of `KeyAccess`.
  public var access: KeyAccess {
    switch self {
    case .fullAccess: return .fullAccess
    case .functionCall(let allowance, let receiverId, let methodNames):
      return .functionCall(receiver: receiverId, methods: methodNames, allowance: allowance)
    }
  }
}
