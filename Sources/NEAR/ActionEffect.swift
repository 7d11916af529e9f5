import TxrayCore

/// What a transaction certainly does if it executes, read from its actions alone (no contract
/// runs). A function call's own consequences are the contract's business and are not listed,
/// beyond the NEAR attached to it.
public enum ActionEffect: Sendable, Equatable {
  case nearSent(from: AccountId, to: AccountId, amount: UInt256, reason: String)
  case accountCreated(AccountId)
  case keyAdded(account: AccountId, key: PublicKey, permission: AccessKeyPermission)
  case keyRemoved(account: AccountId, key: PublicKey)
  case accountDeleted(account: AccountId, beneficiary: AccountId)
  case codeDeployed(account: AccountId, sha256: [UInt8], size: Int?)
  case globalCodePublished(
    by: AccountId, sha256: [UInt8], size: Int?, mode: GlobalContractDeployMode)
  case globalCodeAdopted(account: AccountId, code: GlobalContractIdentifier)
  case staked(account: AccountId, amount: UInt256, validatorKey: PublicKey)
  case stateInitialized(account: AccountId, code: GlobalContractIdentifier, entries: Int)
  case delegated(sender: AccountId, receiver: AccountId, relayer: AccountId, maxBlockHeight: UInt64)
  case gasKeyFunded(account: AccountId, key: PublicKey, amount: UInt256)
  case gasKeyWithdrawn(account: AccountId, key: PublicKey, amount: UInt256)

  /// A short machine name, the `kind` of the JSON effect.
  public var kind: String {
    switch self {
    case .nearSent: return "nearSent"
    case .accountCreated: return "accountCreated"
    case .keyAdded: return "keyAdded"
    case .keyRemoved: return "keyRemoved"
    case .accountDeleted: return "accountDeleted"
    case .codeDeployed: return "codeDeployed"
    case .globalCodePublished: return "globalCodePublished"
    case .globalCodeAdopted: return "globalCodeAdopted"
    case .staked: return "staked"
    case .stateInitialized: return "stateInitialized"
    case .delegated: return "delegated"
    case .gasKeyFunded: return "gasKeyFunded"
    case .gasKeyWithdrawn: return "gasKeyWithdrawn"
    }
  }

  /// One sentence a signer can read.
  public var summary: String {
    switch self {
    case .nearSent(let from, let to, let amount, let reason):
      return "\(from) sends \(NEARAmount.text(amount)) to \(to) (\(reason))"
    case .accountCreated(let account): return "creates account \(account)"
    case .keyAdded(let account, let key, let permission):
      return "adds key \(key) to \(account): \(Self.scope(permission))"
    case .keyRemoved(let account, let key): return "removes key \(key) from \(account)"
    case .accountDeleted(let account, let beneficiary):
      return "deletes account \(account); its remaining NEAR goes to \(beneficiary)"
    case .codeDeployed(let account, let hash, let size):
      return "replaces the contract of \(account) with code sha256 \(Base58.encode(hash))"
        + (size.map { " (\($0) bytes)" } ?? "")
    case .globalCodePublished(let account, let hash, let size, let mode):
      let how =
        mode == .accountId
        ? "under \(account), which can later change it for every user"
        : "frozen under its code hash"
      return "\(account) publishes global contract code sha256 \(Base58.encode(hash))"
        + (size.map { " (\($0) bytes)" } ?? "") + ", \(how)"
    case .globalCodeAdopted(let account, let code):
      switch code {
      case .codeHash(let hash):
        return "\(account) runs the global contract with code hash \(Base58.encode(hash))"
      case .accountId(let owner):
        return
          "\(account) runs the global contract published by \(owner), which \(owner) can change"
      }
    case .staked(let account, let amount, let key):
      return "\(account) sets its validator stake to \(NEARAmount.text(amount)) with key \(key)"
    case .stateInitialized(let account, let code, let entries):
      let source: String
      switch code {
      case .codeHash(let hash): source = "code hash \(Base58.encode(hash))"
      case .accountId(let owner): source = "the global contract of \(owner)"
      }
      return
        "initialises deterministic account \(account) with \(source) and \(entries) storage entries"
    case .delegated(let sender, let receiver, let relayer, let height):
      return "\(relayer) relays actions signed by \(sender) for \(receiver); they run as \(sender) "
        + "and expire after block \(height)"
    case .gasKeyFunded(let account, let key, let amount):
      return "\(account) moves \(NEARAmount.text(amount)) into the gas balance of its key \(key)"
    case .gasKeyWithdrawn(let account, let key, let amount):
      return
        "\(account) takes \(NEARAmount.text(amount)) back from the gas balance of its key \(key)"
    }
  }

  static func scope(_ permission: AccessKeyPermission) -> String {
    switch permission {
    case .fullAccess:
      return "FULL ACCESS (can move all NEAR, add keys and delete the account)"
    case .functionCall(let allowance, let receiver, let methods):
      let which = methods.isEmpty ? "any method" : methods.joined(separator: ", ")
      let budget =
        allowance.map { "a fee allowance of \(NEARAmount.text($0))" }
        ?? "an unlimited fee allowance"
      return "may call \(which) on \(receiver), with \(budget); cannot send NEAR"
    }
  }
}

/// Effects in action order. Actions act on the receiver, paid by the signer; the actions of a
/// delegate run as its sender, on its receiver.
public enum EffectList {
  public static func of(_ decoded: DecodedTransaction) -> [ActionEffect] {
    switch decoded.body {
    case .transaction(let tx):
      return effects(tx.actions, signer: tx.signerId, receiver: tx.receiverId)
    case .delegate(let delegate):
      return effects(delegate.actions, signer: delegate.senderId, receiver: delegate.receiverId)
    }
  }

  static func effects(_ actions: [Action], signer: AccountId, receiver: AccountId) -> [ActionEffect]
  {
    var out: [ActionEffect] = []
    for action in actions {
      switch action {
      case .createAccount: out.append(.accountCreated(receiver))
      case .deployContract(let code):
        out.append(.codeDeployed(account: receiver, sha256: code.sha256, size: code.size))
      case .functionCall(let call):
        if !call.deposit.isZero {
          out.append(
            .nearSent(
              from: signer, to: receiver, amount: call.deposit,
              reason: "attached to \(call.methodName)"))
        }
      case .transfer(let deposit):
        out.append(.nearSent(from: signer, to: receiver, amount: deposit, reason: "transfer"))
      case .stake(let amount, let key):
        out.append(.staked(account: receiver, amount: amount, validatorKey: key))
      case .addKey(let key, let accessKey):
        out.append(.keyAdded(account: receiver, key: key, permission: accessKey.permission))
      case .deleteKey(let key): out.append(.keyRemoved(account: receiver, key: key))
      case .deleteAccount(let beneficiary):
        out.append(.accountDeleted(account: receiver, beneficiary: beneficiary))
      case .delegate(let signed):
        let inner = signed.delegateAction
        out.append(
          .delegated(
            sender: inner.senderId, receiver: inner.receiverId, relayer: signer,
            maxBlockHeight: inner.maxBlockHeight))
        out += effects(inner.actions, signer: inner.senderId, receiver: inner.receiverId)
      case .deployGlobalContract(let code, let mode):
        out.append(
          .globalCodePublished(by: receiver, sha256: code.sha256, size: code.size, mode: mode))
      case .useGlobalContract(let identifier):
        out.append(.globalCodeAdopted(account: receiver, code: identifier))
      case .deterministicStateInit(let initial):
        out.append(
          .stateInitialized(account: receiver, code: initial.code, entries: initial.data.count))
        if !initial.deposit.isZero {
          out.append(
            .nearSent(
              from: signer, to: receiver, amount: initial.deposit, reason: "state init deposit"))
        }
      case .transferToGasKey(let key, let deposit):
        out.append(.gasKeyFunded(account: receiver, key: key, amount: deposit))
      case .withdrawFromGasKey(let key, let amount):
        out.append(.gasKeyWithdrawn(account: receiver, key: key, amount: amount))
      }
    }
    return out
  }
}
