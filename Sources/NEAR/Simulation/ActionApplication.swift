import TxrayCore

extension ReceiptEngine {
  /// Applies one action of `run`'s receipt to the world, charging its execution fee.
  func apply(_ action: Action, index: Int, in run: inout ReceiptRun) throws(ActionStop) {
    let receiver = run.receipt.receiver
    do {
      if !run.action.isRefund {
        if case .delegate(let signed) = action {
          // Only the delegate action's own fee burns here; the rest pays for the inner receipt.
          run.charge(burnt: fees.delegate.execution)
          try delegate(signed, in: &run)
          return
        }
        run.charge(burnt: fees.fees(of: action).execution)
      }
      let exists = try world.account(receiver) != nil
      switch action {
      case .createAccount:
        try createAccount(receiver, predecessor: run.receipt.predecessor, in: &run)
      case .transfer(let deposit):
        if exists {
          try credit(receiver, deposit)
        } else {
          try createImplicit(
            receiver, deposit: deposit, soleAction: run.action.actions.count == 1, in: &run)
        }
      default:
        guard exists else { throw ActionStop.failure("AccountDoesNotExist: \(receiver)") }
        try applyToExisting(action, receiver: receiver, in: &run)
      }
    } catch let stop as ActionStop {
      throw stop
    } catch let error as NEARStateError {
      throw .notSimulated(error.description)
    } catch {
      throw .notSimulated("\(error)")
    }
  }

  private func applyToExisting(_ action: Action, receiver: AccountId, in run: inout ReceiptRun)
    throws
  {
    switch action {
    case .functionCall(let call): try functionCall(call, in: &run)
    case .deployContract(let code):
      guard let bytes = code.bytes else {
        throw ActionStop.notSimulated("not simulated: the RPC view leaves out the deployed code")
      }
      var account = try require(receiver)
      let old = try world.code(receiver)?.count ?? 0
      account.storageUsage = account.storageUsage &- UInt64(old) &+ UInt64(bytes.count)
      account.codeHash = code.sha256
      try world.setAccount(receiver, account)
      world.setCode(receiver, bytes)
      run.effects.append(.codeDeployed(account: receiver, sha256: code.sha256, size: bytes.count))
    case .stake(let amount, _):
      var account = try require(receiver)
      if amount > account.locked {
        let more = amount - account.locked
        guard account.amount >= more else {
          throw ActionStop.failure("TriesToStake: \(receiver) stakes more than it holds")
        }
        account.amount -= more
        account.locked = amount
        try world.setAccount(receiver, account)
      }
    case .addKey(let key, let accessKey):
      guard try world.accessKey(receiver, key) == nil else {
        throw ActionStop.failure("AddKeyAlreadyExists: \(key) on \(receiver)")
      }
      var account = try require(receiver)
      account.storageUsage &+= keyRecordSize(key, accessKey)
      try world.setAccount(receiver, account)
      world.setAccessKey(receiver, key, accessKey)
      run.effects.append(.keyAdded(account: receiver, key: key, permission: accessKey.permission))
    case .deleteKey(let key):
      guard let existing = try world.accessKey(receiver, key) else {
        throw ActionStop.failure("DeleteKeyDoesNotExist: \(key) on \(receiver)")
      }
      var account = try require(receiver)
      account.storageUsage = account.storageUsage &- keyRecordSize(key, existing)
      try world.setAccount(receiver, account)
      world.setAccessKey(receiver, key, nil)
      run.effects.append(.keyRemoved(account: receiver, key: key))
    case .deleteAccount(let beneficiary):
      let account = try require(receiver)
      guard account.locked.isZero else {
        throw ActionStop.failure("DeleteAccountStaking: \(receiver) still has a validator stake")
      }
      try world.delete(receiver)
      if !account.amount.isZero {
        run.created.append(refund(account.amount, to: beneficiary, depth: run.receipt.depth))
      }
      run.effects.append(.accountDeleted(account: receiver, beneficiary: beneficiary))
    default:
      throw ActionStop.notSimulated("not simulated: action \(action.typeName)")
    }
  }

  private func require(_ id: AccountId) throws -> NEARAccount {
    guard let account = try world.account(id) else {
      throw ActionStop.failure("AccountDoesNotExist: \(id)")
    }
    return account
  }

  private func credit(_ id: AccountId, _ amount: UInt256) throws {
    var account = try require(id)
    account.amount += amount
    try world.setAccount(id, account)
  }

  /// Bytes an access key occupies in state: Borsh key, Borsh access key, record overhead.
  func keyRecordSize(_ key: PublicKey, _ accessKey: AccessKey) -> UInt64 {
    var writer = BorshWriter()
    writer.publicKey(key)
    writer.accessKey(accessKey)
    return UInt64(writer.bytes.count) &+ fees.storageNumExtraBytesRecord
  }

  /// nearcore's rules: a sub-account only by its parent, a short top-level name only by the
  /// registrar, implicit accounts only by a transfer.
  private func createAccount(_ id: AccountId, predecessor: AccountId, in run: inout ReceiptRun)
    throws
  {
    guard try world.account(id) == nil else {
      throw ActionStop.failure("AccountAlreadyExists: \(id)")
    }
    if id.kind != .named {
      throw ActionStop.failure("OnlyImplicitAccountCreationAllowed: \(id) is created by a transfer")
    }
    if let dot = id.value.firstIndex(of: ".") {
      let parent = String(id.value[id.value.index(after: dot)...])
      guard parent == predecessor.value else {
        throw ActionStop.failure(
          "CreateAccountNotAllowed: only \(parent) can create \(id), not \(predecessor)")
      }
    } else if id.value.utf8.count < fees.minAllowedTopLevelAccountLength,
      predecessor.value != "registrar"
    {
      throw ActionStop.failure("CreateAccountOnlyByRegistrar: \(id) is a short top-level name")
    }
    try world.setAccount(id, NEARAccount(amount: .zero, storageUsage: fees.storageNumBytesAccount))
    run.effects.append(.accountCreated(id))
  }

  /// A transfer to an implicit account that does not exist yet creates it; a NEAR-implicit one
  /// gets its own key as a full access key.
  private func createImplicit(
    _ id: AccountId, deposit: UInt256, soleAction: Bool, in run: inout ReceiptRun
  ) throws {
    guard id.kind != .named, soleAction || run.action.isRefund else {
      throw ActionStop.failure("AccountDoesNotExist: \(id)")
    }
    var account = NEARAccount(amount: deposit, storageUsage: fees.storageNumBytesAccount)
    run.effects.append(.accountCreated(id))
    if id.kind == .nearImplicit, let data = try? Hex.decode(id.value), data.count == 32 {
      let key = PublicKey(type: .ed25519, data: data)
      let accessKey = AccessKey(nonce: 0, permission: .fullAccess)
      account.storageUsage &+= keyRecordSize(key, accessKey)
      world.setAccessKey(id, key, accessKey)
      run.effects.append(.keyAdded(account: id, key: key, permission: .fullAccess))
    }
    try world.setAccount(id, account)
  }

  private func functionCall(_ call: FunctionCall, in run: inout ReceiptRun) throws {
    let receiver = run.receipt.receiver
    var account = try require(receiver)
    guard let code = try world.code(receiver) else {
      throw ActionStop.failure("CompilationError(CodeDoesNotExist): \(receiver) has no contract")
    }
    account.amount += call.deposit
    try world.setAccount(receiver, account)
    let context = CallContext(
      currentAccount: receiver, signer: run.action.signer,
      signerPublicKey: run.action.signerPublicKey, predecessor: run.receipt.predecessor,
      input: call.args, block: block, accountBalance: account.amount,
      lockedBalance: account.locked, attachedDeposit: call.deposit, prepaidGas: call.gas,
      storageUsage: account.storageUsage, randomSeed: randomSeed(run.receipt),
      promiseResults: run.promiseResults)
    let world = self.world
    let outcome = runner.run(code: code, method: call.methodName, context: context) {
      key throws(NEARStateError) in try world.storage(receiver, key: key)
    }
    run.logs += outcome.logs
    run.charge(
      burnt: outcome.gasBurnt, used: outcome.gasUsed &- min(outcome.gasBurnt, outcome.gasUsed))
    run.contractBurnt &+= outcome.gasBurnt
    switch outcome.result {
    case .failure(let message): throw ActionStop.failure(message)
    case .notSimulated(let reason): throw ActionStop.notSimulated(reason)
    case .value(let value): run.returned = .value(value)
    case .receipt(let index): run.returned = .receipt(run.created.count + index)
    }
    world.applyStorage(receiver, outcome.storageChanges)
    account.amount = outcome.balance
    account.storageUsage = outcome.storageUsage
    try world.setAccount(receiver, account)
    let offset = run.created.count
    for request in outcome.receipts {
      var action = ActionReceipt(
        signer: run.action.signer, signerPublicKey: run.action.signerPublicKey,
        gasPrice: run.action.gasPrice, actions: request.actions)
      for dependency in request.dependencies {
        let dataId = newDataId()
        run.created[offset + dependency].action.outputDataReceivers.append(
          (dataId, request.receiver))
        action.inputDataIds.append(dataId)
      }
      run.created.append(
        NewReceipt(
          id: newReceiptId(), predecessor: receiver, receiver: request.receiver, action: action,
          depth: run.receipt.depth + 1))
    }
  }

  /// NEP-366: checks the sender's signature, key and nonce, then sends the inner actions as a
  /// receipt from the sender, paid by the relayer.
  private func delegate(_ signed: SignedDelegateAction, in run: inout ReceiptRun) throws {
    let inner = signed.delegateAction
    guard signed.signatureValid else {
      throw ActionStop.failure("DelegateActionInvalidSignature")
    }
    guard inner.senderId == run.receipt.receiver else {
      throw ActionStop.failure(
        "DelegateActionSenderDoesNotMatchTxReceiver: \(inner.senderId) vs \(run.receipt.receiver)")
    }
    guard block.height <= inner.maxBlockHeight else {
      throw ActionStop.failure("DelegateActionExpired after block \(inner.maxBlockHeight)")
    }
    guard try world.account(inner.senderId) != nil else {
      throw ActionStop.failure("AccountDoesNotExist: \(inner.senderId)")
    }
    guard var key = try world.accessKey(inner.senderId, inner.publicKey) else {
      throw ActionStop.failure("DelegateActionAccessKeyError: \(inner.publicKey) not found")
    }
    guard inner.nonce > key.nonce else {
      throw ActionStop.failure(
        "DelegateActionInvalidNonce: \(inner.nonce) is not above \(key.nonce)")
    }
    if case .functionCall(_, let receiver, let methods) = key.permission {
      guard inner.actions.count == 1, case .functionCall(let call) = inner.actions[0],
        call.deposit.isZero, receiver == inner.receiverId.value,
        methods.isEmpty || methods.contains(call.methodName)
      else { throw ActionStop.failure("DelegateActionAccessKeyError: the key does not allow this") }
    }
    key.nonce = inner.nonce
    world.setAccessKey(inner.senderId, inner.publicKey, key)
    let innerBudget =
      fees.executionFees(inner.actions)
      &+ (GasFeeBound.prepaidGas(inner.actions).uint64Value ?? 0)
    run.used &+= innerBudget
    run.created.append(
      NewReceipt(
        id: newReceiptId(), predecessor: inner.senderId, receiver: inner.receiverId,
        action: ActionReceipt(
          signer: run.action.signer, signerPublicKey: run.action.signerPublicKey,
          gasPrice: run.action.gasPrice, actions: inner.actions),
        depth: run.receipt.depth + 1))
  }
}
