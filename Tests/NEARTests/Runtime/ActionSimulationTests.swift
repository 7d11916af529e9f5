import Foundation
import NEAR
import Testing
import TxrayCore

@Suite struct ActionSimulationTests {
  typealias F = SimulationFixtures

  static var state: NEARSnapshot {
    F.snapshot([F.user("alice.near", near: 10), F.user("bob.near", near: 3)])
  }

  @Test func plainTransferMovesNEARAndBurnsOnlyFixedFees() {
    let amount = UInt256(2) * F.near
    let tx = F.transaction("alice.near", to: "bob.near", [.transfer(deposit: amount)])
    let result = NEARSimulator(state: Self.state).simulate(tx)
    #expect(result.status == .succeeded(value: []))
    #expect(
      F.balanceChange(result, "bob.near") == SignedAmount(magnitude: amount, isNegative: false))
    #expect(
      F.balanceChange(result, "alice.near")
        == SignedAmount(magnitude: amount + result.tokensBurnt, isNegative: true))
    // Receipt creation and the transfer, sent and executed: 2 × (108.0595 + 115.1230625) Ggas.
    #expect(result.gasBurnt == 2 * (108_059_500_000 + 115_123_062_500))
    #expect(result.receipts.count == 1)
    #expect(result.receipts.first?.actions == ["Transfer"])
    #expect(
      result.outcomeEffects.contains(
        .balanceChange(
          account: "bob.near", asset: .near,
          delta: SignedAmount(magnitude: amount, isNegative: false))))
  }

  @Test func transferToAMissingImplicitAccountCreatesIt() {
    let implicit = String(repeating: "ab", count: 32)
    let tx = F.transaction("alice.near", to: implicit, [.transfer(deposit: F.near)])
    let result = NEARSimulator(
      state: F.snapshot([
        F.user("alice.near", near: 10), (F.id(implicit), NEARSnapshot.Entry(account: nil)),
      ])
    ).simulate(tx)
    #expect(result.status == .succeeded(value: []))
    #expect(result.effects.contains(.accountCreated(F.id(implicit))))
    #expect(F.balanceChange(result, implicit) == SignedAmount(magnitude: F.near, isNegative: false))
  }

  @Test func createSubAccountFundsAndKeysIt() {
    let key = F.key("sub key")
    let tx = F.transaction(
      "alice.near", to: "sub.alice.near",
      [
        .createAccount, .transfer(deposit: F.near),
        .addKey(publicKey: key, accessKey: AccessKey(nonce: 0, permission: .fullAccess)),
      ])
    var state = Self.state
    state.accounts[F.id("sub.alice.near")] = NEARSnapshot.Entry(account: nil)
    let result = NEARSimulator(state: state).simulate(tx)
    #expect(result.status == .succeeded(value: []))
    #expect(result.effects.contains(.accountCreated(F.id("sub.alice.near"))))
    #expect(
      result.effects.contains(
        .keyAdded(account: F.id("sub.alice.near"), key: key, permission: .fullAccess)))
    #expect(
      F.balanceChange(result, "sub.alice.near")
        == SignedAmount(magnitude: F.near, isNegative: false))
    #expect(
      F.balanceChange(result, "alice.near")
        == SignedAmount(magnitude: F.near + result.tokensBurnt, isNegative: true))
  }

  @Test func onlyTheParentCreatesASubAccount() {
    let tx = F.transaction("bob.near", to: "sub.alice.near", [.createAccount])
    var state = Self.state
    state.accounts[F.id("sub.alice.near")] = NEARSnapshot.Entry(account: nil)
    let result = NEARSimulator(state: state).simulate(tx)
    #expect(result.reason?.hasPrefix("CreateAccountNotAllowed") == true)
  }

  @Test func transferBeyondTheBalanceIsRejected() {
    let tx = F.transaction("alice.near", to: "bob.near", [.transfer(deposit: UInt256(11) * F.near)])
    let result = NEARSimulator(state: Self.state).simulate(tx)
    guard case .invalid(let reason) = result.status else {
      Issue.record("expected a rejection, got \(result.status)")
      return
    }
    #expect(reason.contains("alice.near has 10 NEAR"))
    #expect(result.receipts.isEmpty)
  }

  @Test func usedNonceIsRejected() {
    var tx = F.transaction("alice.near", to: "bob.near", [.transfer(deposit: UInt256(1))])
    if case .transaction(var inner) = tx.body {
      inner.nonce = 10
      tx.body = .transaction(inner)
    }
    let result = NEARSimulator(state: Self.state).simulate(tx)
    #expect(result.reason?.contains("nonce 10 is not above") == true)
  }

  @Test func addKeyGrantsAndPaysStorage() {
    let newKey = F.key("alice phone")
    let permission = AccessKeyPermission.functionCall(
      allowance: F.near / UInt256(4), receiverId: "dollar.token.near",
      methodNames: ["ft_transfer"])
    let tx = F.transaction(
      "alice.near", to: "alice.near",
      [.addKey(publicKey: newKey, accessKey: AccessKey(nonce: 0, permission: permission))])
    let result = NEARSimulator(state: Self.state).simulate(tx)
    #expect(result.status == .succeeded(value: []))
    #expect(
      result.effects.contains(
        .keyAdded(account: F.id("alice.near"), key: newKey, permission: permission)))
    // Borsh key (33) + access key (8 nonce + 1 tag + 17 allowance + 4+17 receiver + 4+4+11
    // methods) + 40 bytes of record.
    #expect(
      result.effects.contains(
        .storageChange(
          account: F.id("alice.near"), beforeBytes: 182, afterBytes: 182 + 33 + 66 + 40)))
    #expect(
      result.outcomeEffects.contains(
        .keyAdded(
          account: "alice.near", key: newKey.description,
          access: .functionCall(
            receiver: "dollar.token.near", methods: ["ft_transfer"],
            allowance: F.near / UInt256(4)))))
  }

  @Test func addingAnExistingKeyFails() {
    let tx = F.transaction(
      "alice.near", to: "alice.near",
      [
        .addKey(
          publicKey: F.key("alice.near"), accessKey: AccessKey(nonce: 0, permission: .fullAccess))
      ])
    let result = NEARSimulator(state: Self.state).simulate(tx)
    #expect(result.reason?.hasPrefix("AddKeyAlreadyExists") == true)
    #expect(!result.effects.contains { $0.kind == "keyAdded" })
  }

  @Test func deleteAccountHandsTheRestToTheBeneficiary() {
    let tx = F.transaction(
      "bob.near", to: "bob.near", [.deleteAccount(beneficiaryId: F.id("alice.near"))])
    let result = NEARSimulator(state: Self.state).simulate(tx)
    #expect(result.status == .succeeded(value: []))
    #expect(
      result.effects.contains(
        .accountDeleted(account: F.id("bob.near"), beneficiary: F.id("alice.near"))))
    let bobStart = UInt256(3) * F.near
    #expect(
      F.balanceChange(result, "bob.near") == SignedAmount(magnitude: bobStart, isNegative: true))
    #expect(
      F.balanceChange(result, "alice.near")
        == SignedAmount(magnitude: bobStart - result.tokensBurnt, isNegative: false))
    #expect(result.receipts.map(\.isRefund) == [false, true])
    #expect(result.receipts.last?.receiver == F.id("alice.near"))
  }

  @Test func delegateActionRunsTheSendersCallPaidByTheRelayer() throws {
    let text = try String(
      contentsOf: NEARVector.packageRoot.appendingPathComponent("samples/near-delegate.b64"),
      encoding: .utf8)
    let decoded = try TransactionDecoder.decode(
      try Base64.decode(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    guard case .transaction(let tx) = decoded.body, case .delegate(let signed) = tx.actions.first
    else {
      Issue.record("the sample is not a relayed delegate action")
      return
    }
    let inner = signed.delegateAction
    guard case .functionCall(let call) = inner.actions.first else {
      Issue.record("the delegate action is not a function call")
      return
    }
    var state = F.snapshot([
      (
        tx.signerId,
        NEARSnapshot.Entry(
          account: NEARAccount(amount: UInt256(5) * F.near),
          accessKeys: [tx.publicKey: AccessKey(nonce: tx.nonce - 1, permission: .fullAccess)])
      ),
      (
        inner.senderId,
        NEARSnapshot.Entry(
          account: NEARAccount(amount: F.near),
          accessKeys: [inner.publicKey: AccessKey(nonce: inner.nonce - 1, permission: .fullAccess)])
      ),
      F.contractAccount(
        inner.receiverId.value, code: F.contract("ft"),
        state: Dictionary(uniqueKeysWithValues: [F.balance(inner.senderId.value, 900_000_000)])),
    ])
    state.currentBlock?.height = inner.maxBlockHeight - 10
    let result = NEARSimulator(state: state).simulate(decoded)
    #expect(result.status == .succeeded(value: []))
    #expect(call.methodName == "ft_transfer")
    let transfers = F.tokenTransfers(result)
    #expect(transfers.count == 1)
    #expect(transfers.first?.from == inner.senderId.value)
    #expect(transfers.first?.to == "bob.near")
    #expect(transfers.first?.amount == UInt256(250_000_000))
    // The relayer pays the gas and the inner deposit; the sender's NEAR does not move.
    #expect(F.balanceChange(result, inner.senderId.value) == nil)
    #expect(
      F.balanceChange(result, tx.signerId.value)
        == SignedAmount(magnitude: result.tokensBurnt + call.deposit, isNegative: true))
    let actionReceipts = result.receipts.filter { !$0.isRefund }
    #expect(actionReceipts.map(\.actions) == [["Delegate"], ["FunctionCall ft_transfer"]])
    #expect(actionReceipts.last?.predecessor == inner.senderId)
    #expect(result.receipts.filter(\.isRefund).allSatisfy { $0.receiver == tx.signerId })
  }

  @Test func expiredDelegateActionFails() throws {
    let text = try String(
      contentsOf: NEARVector.packageRoot.appendingPathComponent("samples/near-delegate.b64"),
      encoding: .utf8)
    let decoded = try TransactionDecoder.decode(
      try Base64.decode(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    guard case .transaction(let tx) = decoded.body, case .delegate(let signed) = tx.actions.first
    else { return }
    let inner = signed.delegateAction
    var state = F.snapshot([
      (
        tx.signerId,
        NEARSnapshot.Entry(
          account: NEARAccount(amount: UInt256(5) * F.near),
          accessKeys: [tx.publicKey: AccessKey(nonce: 0, permission: .fullAccess)])
      ),
      (inner.senderId, NEARSnapshot.Entry(account: NEARAccount(amount: F.near), accessKeys: [:])),
    ])
    state.currentBlock?.height = inner.maxBlockHeight + 1
    let result = NEARSimulator(state: state).simulate(decoded)
    #expect(result.reason?.hasPrefix("DelegateActionExpired") == true)
  }
}
