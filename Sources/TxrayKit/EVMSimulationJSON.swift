import EVM
import TxrayCore
import TxrayRules

/// The `simulation` member of an EVM transaction's `--json` object, and its text section. The
/// man page documents every field in this order. As elsewhere: quantities are decimal strings,
/// bytes 0x-hex, addresses EIP-55; contract-chosen text (token symbols, revert reasons, method
/// names) is sanitized before it gets here.
enum EVMSimulationJSON {
  static func object(_ simulation: EVMSimulation, sender: Address) -> JSONValue {
    .object([
      ("status", .string(simulation.status.name)),
      ("reason", .optional(reason(simulation.status))),
      ("from", .string(sender.checksummed)),
      ("gasUsed", .optional(simulation.gasUsed.map { String($0) })),
      ("effects", .array(simulation.effects.map(effect))),
      ("calls", simulation.calls.map(call) ?? .null),
      ("revert", simulation.revert.map(revert) ?? .null),
      ("tokens", .array(tokens(simulation))),
      ("logs", .array(simulation.logs.map(log))),
      ("stateChanges", .array(simulation.changes.map(stateChange))),
    ])
  }

  /// Why there is no verdict (notSimulated) or the transaction cannot be included (invalid).
  private static func reason(_ status: EVMSimulation.Status) -> String? {
    switch status {
    case .success, .reverted: nil
    case .invalid(let reason), .notSimulated(let reason): TerminalSafeText.sanitize(reason)
    }
  }

  /// One effect: `kind` first, then the fields of that kind.
  static func effect(_ effect: Effect) -> JSONValue {
    let fields: [(key: String, value: JSONValue)]
    switch effect {
    case .transfer(let asset, let from, let to, let amount, let tokenId):
      fields = [
        ("asset", self.asset(asset)), ("from", .string(from)), ("to", .string(to)),
        ("amount", .string(amount.decimalString)), ("tokenId", .optional(tokenId)),
      ]
    case .balanceChange(let account, let asset, let delta):
      fields = [
        ("account", .string(account)), ("asset", self.asset(asset)),
        ("delta", .string((delta.isNegative ? "-" : "") + delta.magnitude.decimalString)),
      ]
    case .allowance(let asset, let owner, let spender, let amount, let expiry, let mechanism):
      fields = [
        ("asset", self.asset(asset)), ("owner", .string(owner)), ("spender", .string(spender)),
        ("amount", .string(amount.decimalString)), ("unlimited", .bool(amount == .max)),
        ("expiry", .optional(expiry.map { String($0) })), ("mechanism", .string(mechanism)),
      ]
    case .operatorApproval(let collection, let owner, let op, let approved):
      fields = [
        ("collection", asset(collection)), ("owner", .string(owner)), ("operator", .string(op)),
        ("approved", .bool(approved)),
      ]
    case .keyAdded(let account, let key, _):
      fields = [("account", .string(account)), ("key", .string(key))]
    case .keyRemoved(let account, let key):
      fields = [("account", .string(account)), ("key", .string(key))]
    case .codeDeployed(let account, let codeHash, let size):
      fields = [
        ("account", .string(account)), ("codeHash", .string(codeHash)),
        ("size", size.map(JSONValue.integer) ?? .null),
      ]
    case .delegationSet(let authority, let delegate, let chainId):
      fields = [
        ("authority", .string(authority)), ("delegate", .optional(delegate)),
        ("chainId", .string(String(chainId))),
      ]
    case .accountCreated(let account):
      fields = [("account", .string(account))]
    case .accountDeleted(let account, let beneficiary):
      fields = [("account", .string(account)), ("beneficiary", .string(beneficiary))]
    case .staked(let account, let amount, let validatorKey):
      fields = [
        ("account", .string(account)), ("amount", .string(amount.decimalString)),
        ("validatorKey", .string(validatorKey)),
      ]
    case .call(let from, let to, let method, let attached):
      fields = [
        ("from", .string(from)), ("to", .string(to)), ("method", .optional(method)),
        ("attached", .string(attached.decimalString)),
      ]
    case .delegateCall(let account, let code, let library):
      fields = [
        ("account", .string(account)), ("code", .string(code)), ("library", .optional(library)),
      ]
    case .delegatedAction(let sender, let receiver, let relayer, let maxBlockHeight):
      fields = [
        ("sender", .string(sender)), ("receiver", .string(receiver)),
        ("relayer", .optional(relayer)), ("maxBlockHeight", .string(String(maxBlockHeight))),
      ]
    }
    return .object([("kind", .string(effect.kind))] + fields)
  }

  static func asset(_ asset: Asset) -> JSONValue {
    .object([
      ("kind", .string(asset.kind.rawValue)),
      ("contract", .optional(asset.contract)),
      ("symbol", .optional(asset.symbol)),
      ("name", .optional(asset.name)),
      ("decimals", asset.decimals.map(JSONValue.integer) ?? .null),
      ("source", .optional(asset.source)),
    ])
  }

  /// A frame of the call tree; `calls` nests the frames it made, in order.
  static func call(_ call: SimulatedCall) -> JSONValue {
    let frame = call.frame
    return .object([
      ("kind", .string(frame.kind.rawValue)),
      ("from", .string(frame.from.checksummed)),
      ("to", .string(frame.to.checksummed)),
      ("value", .string(frame.value.decimalString)),
      ("method", .optional(call.method)),
      ("signature", .optional(call.signature)),
      ("implementation", .optional(call.implementation?.checksummed)),
      ("input", .string(Hex.encode(frame.input))),
      ("output", .string(Hex.encode(frame.output))),
      ("gasUsed", .string(String(frame.gasUsed))),
      ("success", .bool(frame.success)),
      ("error", .optional(frame.error.map(TerminalSafeText.sanitize))),
      ("revert", call.revert.map(revert) ?? .null),
      ("calls", .array(call.calls.map(self.call))),
    ])
  }

  static func revert(_ revert: RevertReason) -> JSONValue {
    .object([("reason", .optional(revert.reason)), ("data", .string(Hex.encode(revert.data)))])
  }

  private static func tokens(_ simulation: EVMSimulation) -> [JSONValue] {
    simulation.tokens.sorted { $0.key < $1.key }.map { address, metadata in
      .object([
        ("contract", .string(address.checksummed)),
        ("symbol", .optional(metadata.symbol)),
        ("name", .optional(metadata.name)),
        ("decimals", metadata.decimals.map(JSONValue.integer) ?? .null),
      ])
    }
  }

  static func log(_ log: Log) -> JSONValue {
    .object([
      ("address", .string(log.address.checksummed)),
      ("topics", .array(log.topics.map { .string(Hex.encode($0.bigEndianBytes)) })),
      ("data", .string(Hex.encode(log.data))),
    ])
  }

  /// One touched account: `before`/`after` are null when it did not exist (or was deleted);
  /// code is summarised by size and hash; `storage` lists every slot written.
  static func stateChange(_ change: AccountChange) -> JSONValue {
    func account(_ state: AccountState?) -> JSONValue {
      guard let state else { return .null }
      return .object([
        ("balance", .string(state.balance.decimalString)),
        ("nonce", .string(String(state.nonce))),
        ("codeSize", .integer(state.code.count)),
        ("codeHash", .optional(state.code.isEmpty ? nil : Hex.encode(Keccak256.hash(state.code)))),
      ])
    }
    return .object([
      ("address", .string(change.address.checksummed)),
      ("before", account(change.before)),
      ("after", account(change.after)),
      (
        "storage",
        .array(
          change.storage.map { slot in
            .object([
              ("slot", .string(Hex.encode(slot.slot.bigEndianBytes))),
              ("before", .string(Hex.encode(slot.before.bigEndianBytes))),
              ("after", .string(Hex.encode(slot.after.bigEndianBytes))),
            ])
          })
      ),
    ])
  }

  /// The "Simulation" rows of the text account: status, gas, then one line per effect; value a
  /// call attaches is counted in `native`, the chain's coin.
  static func rows(_ simulation: EVMSimulation, native: Asset) -> [FactSheet.Row] {
    var status: String
    switch simulation.status {
    case .success: status = "succeeded"
    case .reverted: status = "REVERTS: " + (simulation.revert?.reason ?? "no reason given")
    case .invalid(let reason): status = "invalid against this state: " + reason
    case .notSimulated(let reason): status = "not simulated: " + reason
    }
    var rows = [FactSheet.Row("simulation", status)]
    if let gas = simulation.gasUsed { rows.append(.init("  gas used", String(gas))) }
    for effect in simulation.effects {
      if let line = EVMSimulationText.line(effect, native: native) {
        rows.append(.init("  " + line.label, line.text))
      }
    }
    return rows
  }
}

/// One-line descriptions of effects for the text account.
enum EVMSimulationText {
  static func line(_ effect: Effect, native: Asset) -> (label: String, text: String)? {
    switch effect {
    case .transfer(let asset, let from, let to, let amount, let tokenId):
      return ("transfer", "\(amountText(amount, asset, tokenId: tokenId)) from \(from) to \(to)")
    case .balanceChange(let account, let asset, let delta):
      let sign = delta.isNegative ? "-" : "+"
      return ("balance", "\(account) \(sign)\(amountText(delta.magnitude, asset, tokenId: nil))")
    case .allowance(let asset, let owner, let spender, let amount, let expiry, let mechanism):
      let how =
        AllowanceSize(amount).cell(name(asset)) ?? amountText(amount, asset, tokenId: nil)
      let until = expiry.map { " until " + UTCTime.text($0) } ?? ""
      return ("allowance", "\(spender) may spend \(how) of \(owner)\(until) (\(mechanism))")
    case .operatorApproval(let collection, let owner, let op, let approved):
      return (
        "operator",
        approved
          ? "\(op) may move ALL of \(owner)'s \(name(collection))"
          : "\(op) may no longer move \(owner)'s \(name(collection))"
      )
    case .codeDeployed(let account, _, let size):
      return ("deploys", "\(account) (\(size.map { "\($0) bytes of code" } ?? "code"))")
    case .delegationSet(let authority, let delegate, let chainId):
      return (
        "delegation",
        delegate.map { "\(authority) runs the code of \($0) (chain \(chainId))" }
          ?? "\(authority) clears its delegation"
      )
    case .accountDeleted(let account, _):
      return ("deleted", account)
    case .delegateCall(let account, let code, _):
      return ("delegatecall", "\(account) runs the code of \(code) as itself")
    case .call(let from, let to, let method, let attached):
      let value = attached.isZero ? "" : " with \(amountText(attached, native, tokenId: nil))"
      return ("call", "\(from) calls \(method ?? "unknown method") on \(to)\(value)")
    case .accountCreated, .keyAdded, .keyRemoved, .delegatedAction, .staked:
      return nil
    }
  }

  private static func name(_ asset: Asset) -> String {
    asset.symbol ?? asset.contract ?? asset.kind.rawValue
  }

  private static func amountText(_ amount: UInt256, _ asset: Asset, tokenId: String?) -> String {
    if let tokenId {
      return "\(asset.kind == .nonFungible ? "" : "\(amount) × ")#\(tokenId) \(name(asset))"
    }
    guard let decimals = asset.decimals else { return "\(amount) units of \(name(asset))" }
    return Amount(units: amount, decimals: decimals, symbol: name(asset)).description
  }
}
