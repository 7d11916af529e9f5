import Foundation
import NEAR
import TxrayCore

/// The outcome a NEAR transaction or delegate action declares, from its actions alone:
/// transfers, keys, deletions, deployments, function calls with their deposits, and the token
/// transfers of NEP-141/NEP-171 calls. What a contract then does is the simulation's to say.
public enum NEAROutcome {
  /// The transfers, keys, deletions, deployments and calls `decoded` states.
  public static func declared(_ decoded: DecodedTransaction) -> Outcome {
    let isDelegate = decoded.format == .signedDelegate || decoded.format == .delegate
    var effects: [Effect] = []
    if case .delegate(let delegate) = decoded.body {
      // The sender signs actions for whoever relays them: no relayer is named yet.
      effects.append(
        .delegatedAction(
          sender: delegate.senderId.value, receiver: delegate.receiverId.value, relayer: nil,
          maxBlockHeight: delegate.maxBlockHeight))
    }
    effects += ActionEffects.of(
      decoded.actions, signer: decoded.signerId, receiver: decoded.receiverId)
    let method = decoded.actions.lazy.compactMap { action -> String? in
      if case .functionCall(let call) = action { return call.methodName }
      return nil
    }.first
    let value = decoded.actions.reduce(UInt256.zero) {
      $0.addingReportingOverflow($1.deposit).partialValue
    }
    return Outcome(
      chain: .near, kind: isDelegate ? .delegateAction : .transaction,
      signer: decoded.signerId.value, recipient: decoded.receiverId.value, value: value,
      feeCeiling: GasFeeBound.maximumPrepaidGasCost(decoded.actions), method: method,
      declared: effects)
  }
}

/// NEAR actions as chain-neutral effects. Actions act on the receiver and are paid by the
/// signer; a delegate action's actions run as its sender on its receiver.
enum ActionEffects {
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
      case .addKey(let key, let accessKey):
        out.append(
          .keyAdded(account: receiver.value, key: key.description, access: access(accessKey)))
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
      // Staking locks NEAR on the account itself; publishing global code and moving NEAR
      // between an account and its own gas keys change no one else's holdings.
      case .stake, .deployGlobalContract, .transferToGasKey, .withdrawFromGasKey:
        break
      }
    }
    return out
  }

  private static func access(_ key: AccessKey) -> KeyAccess {
    switch key.permission {
    case .fullAccess:
      return .fullAccess
    case .functionCall(let allowance, let receiverId, let methodNames):
      return .functionCall(receiver: receiverId, methods: methodNames, allowance: allowance)
    }
  }

  /// "global code <base58 hash>" or "global code of <account>".
  private static func globalCode(_ identifier: GlobalContractIdentifier) -> String {
    switch identifier {
    case .codeHash(let hash): return "global code " + Base58.encode(hash)
    case .accountId(let owner): return "global code of " + owner.value
    }
  }
}

/// The token transfers NEP-141 (`ft_transfer`, `ft_transfer_call`) and NEP-171
/// (`nft_transfer`, `nft_transfer_call`) calls state in their JSON arguments. Arguments are the
/// caller's bytes: a receiver that is not a valid account id, or an amount that is not a
/// decimal string, yields no transfer (the call itself is still listed).
enum TokenCallEffects {
  static func of(_ call: FunctionCall, signer: AccountId, contract: AccountId) -> [Effect] {
    guard
      ["ft_transfer", "ft_transfer_call", "nft_transfer", "nft_transfer_call"]
        .contains(call.methodName),
      FunctionCallArguments.jsonText(call.args) != nil,
      let object = (try? JSONSerialization.jsonObject(with: Data(call.args))) as? [String: Any],
      let receiverText = object["receiver_id"] as? String,
      let receiver = AccountId(receiverText)
    else { return [] }
    if call.methodName.hasPrefix("ft_") {
      guard let amountText = object["amount"] as? String,
        let amount = UInt256(decimalString: amountText)
      else { return [] }
      return [
        .transfer(
          asset: Asset(kind: .fungible, contract: contract.value), from: signer.value,
          to: receiver.value, amount: amount, tokenId: nil)
      ]
    }
    guard let tokenId = object["token_id"] as? String else { return [] }
    return [
      .transfer(
        asset: Asset(kind: .nonFungible, contract: contract.value), from: signer.value,
        to: receiver.value, amount: UInt256(1), tokenId: tokenId)
    ]
  }
}
