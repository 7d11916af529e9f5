import TxrayCore

/// Writing nearcore's types as Borsh, the exact inverse of `BorshDecoding`.
extension BorshWriter {
  mutating func publicKey(_ key: PublicKey) {
    u8(key.type.rawValue)
    fixed(key.data)
  }

  mutating func signature(_ signature: Signature) {
    u8(signature.type.rawValue)
    fixed(signature.data)
  }

  /// False when the transaction came from an RPC view that left out the block hash or code.
  mutating func transaction(_ tx: Transaction) -> Bool {
    guard let blockHash = tx.blockHash else { return false }
    if case .v1 = tx.version { u8(1) }
    string(tx.signerId.value)
    publicKey(tx.publicKey)
    u64(tx.nonce)
    string(tx.receiverId.value)
    fixed(blockHash)
    guard actions(tx.actions) else { return false }
    if case .v1(let fee) = tx.version { u64(fee) }
    return true
  }

  mutating func actions(_ actions: [Action]) -> Bool {
    count(actions.count)
    return actions.allSatisfy { action($0) }
  }

  /// False when the action lacks bytes only Borsh input carries (contract code from a view).
  mutating func action(_ action: Action) -> Bool {
    u8(action.tag)
    switch action {
    case .createAccount: return true
    case .deployContract(let code):
      guard let bytes = code.bytes else { return false }
      byteVector(bytes)
    case .functionCall(let call):
      string(call.methodName)
      byteVector(call.args)
      u64(call.gas)
      u128(call.deposit)
    case .transfer(let deposit): u128(deposit)
    case .stake(let amount, let key):
      u128(amount)
      publicKey(key)
    case .addKey(let key, let accessKey):
      publicKey(key)
      self.accessKey(accessKey)
    case .deleteKey(let key): publicKey(key)
    case .deleteAccount(let beneficiary): string(beneficiary.value)
    case .delegate(let signed): return signedDelegateAction(signed)
    case .deployGlobalContract(let code, let mode):
      guard let bytes = code.bytes else { return false }
      byteVector(bytes)
      u8(mode.rawValue)
    case .useGlobalContract(let identifier): globalContractIdentifier(identifier)
    case .deterministicStateInit(let initial):
      u8(0)
      globalContractIdentifier(initial.code)
      count(initial.data.count)
      for entry in initial.data {
        byteVector(entry.key)
        byteVector(entry.value)
      }
      u128(initial.deposit)
    case .transferToGasKey(let key, let deposit):
      publicKey(key)
      u128(deposit)
    case .withdrawFromGasKey(let key, let amount):
      publicKey(key)
      u128(amount)
    }
    return true
  }

  mutating func accessKey(_ key: AccessKey) {
    u64(key.nonce)
    switch key.permission {
    case .functionCall(let allowance, let receiver, let methods):
      u8(0)
      if let allowance {
        u8(1)
        u128(allowance)
      } else {
        u8(0)
      }
      string(receiver)
      count(methods.count)
      for method in methods { string(method) }
    case .fullAccess: u8(1)
    }
  }

  mutating func globalContractIdentifier(_ identifier: GlobalContractIdentifier) {
    switch identifier {
    case .codeHash(let hash):
      u8(0)
      fixed(hash)
    case .accountId(let account):
      u8(1)
      string(account.value)
    }
  }

  mutating func delegateAction(_ delegate: DelegateAction) -> Bool {
    string(delegate.senderId.value)
    string(delegate.receiverId.value)
    guard actions(delegate.actions) else { return false }
    u64(delegate.nonce)
    u64(delegate.maxBlockHeight)
    publicKey(delegate.publicKey)
    return true
  }

  mutating func signedDelegateAction(_ signed: SignedDelegateAction) -> Bool {
    guard delegateAction(signed.delegateAction) else { return false }
    signature(signed.signature)
    return true
  }
}

extension Transaction {
  /// The Borsh bytes nearcore hashes and signs; nil for an RPC view, which lacks the block hash
  /// (and the code of deployed contracts).
  public var borshBytes: [UInt8]? {
    var writer = BorshWriter()
    return writer.transaction(self) ? writer.bytes : nil
  }
}

extension SignedTransaction {
  public var borshBytes: [UInt8]? {
    var writer = BorshWriter()
    guard writer.transaction(transaction) else { return nil }
    writer.signature(signature)
    return writer.bytes
  }
}

extension DelegateAction {
  public var borshBytes: [UInt8]? {
    var writer = BorshWriter()
    return writer.delegateAction(self) ? writer.bytes : nil
  }
}

extension SignedDelegateAction {
  public var borshBytes: [UInt8]? {
    var writer = BorshWriter()
    return writer.signedDelegateAction(self) ? writer.bytes : nil
  }
}
