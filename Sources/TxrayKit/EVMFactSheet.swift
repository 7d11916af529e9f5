import EVM
import TxrayCore
import TxrayRules

/// The plain-text account of a decoded EVM transaction.
enum EVMFactSheet {
  static func make(
    _ tx: Transaction, fork: Fork, validity: Validity, call: DecodedCall? = nil
  ) -> FactSheet {
    let symbol = EVMChain.nativeAsset(chainId: tx.chainId).symbol ?? "ETH"
    var sheet = FactSheet(
      headline: "\(EVMTransactionNames.typeName(tx.type)) transaction (type \(tx.type.rawValue)), "
        + formatDescription(tx.format))
    sheet.rows.append(
      .init(
        "network",
        tx.isUnset("chainId")
          ? "not set: the wallet picks the network"
          : EVMChain.networkName(chainId: tx.chainId)))
    sheet.rows.append(.init("from", tx.from?.checksummed ?? "not known until signed"))
    sheet.rows.append(.init("to", tx.to?.checksummed ?? "nobody: creates a new contract"))
    sheet.rows.append(.init("value", native(tx.value, symbol: symbol, chainId: tx.chainId)))
    sheet.rows.append(.init("fee ceiling", feeCeiling(tx, symbol: symbol)))
    sheet.rows.append(
      .init(
        "nonce", tx.isUnset("nonce") ? "not set: the wallet fills it in" : tx.nonce.decimalString))
    sheet.rows.append(.init("data", dataSummary(tx)))
    if let call { appendCall(call, label: "call", depth: 0, symbol: symbol, to: &sheet.rows) }
    if !tx.accessList.isEmpty {
      let keys = tx.accessList.reduce(0) { $0 + $1.storageKeys.count }
      let addresses = counted(tx.accessList.count, "address", "addresses")
      sheet.rows.append(
        .init("access list", "\(addresses), \(counted(keys, "storage key", "storage keys"))"))
    }
    if !tx.blobVersionedHashes.isEmpty {
      var blobs = counted(tx.blobVersionedHashes.count, "blob hash", "blob hashes")
      if let sidecar = tx.sidecar {
        blobs +=
          "; network form carrying \(counted(sidecar.blobCount, "blob", "blobs")) with commitments and proofs"
      }
      sheet.rows.append(.init("blobs", blobs))
    }
    for (i, auth) in tx.authorizationList.enumerated() {
      sheet.rows.append(.init("delegation \(i + 1)", delegation(auth)))
    }
    if !tx.unsetFields.isEmpty {
      sheet.rows.append(.init("left to wallet", tx.unsetFields.joined(separator: ", ")))
    }
    if let hash = tx.hash { sheet.rows.append(.init("hash", Hex.encode(hash))) }
    sheet.rows.append(
      .init(
        "signing hash",
        tx.unsetFields.isEmpty
          ? Hex.encode(tx.signingHash) : "not final until the wallet fills in the fields above"))
    sheet.rows.append(
      .init(
        "valid",
        validity.isValid
          ? "yes, under \(fork.displayName) rules"
          : "NO under \(fork.displayName) rules: \(validity.reason ?? "invalid")"))
    return sheet
  }

  private static func formatDescription(_ format: TransactionFormat) -> String {
    switch format {
    case .signed: return "signed"
    case .unsigned: return "unsigned (the payload a wallet signs)"
    case .request: return "transaction request (not yet signed)"
    }
  }

  private static func feeCeiling(_ tx: Transaction, symbol: String) -> String {
    if tx.leavesFeesToWallet {
      return "not known yet: the wallet sets the gas limit and fees"
    }
    guard let ceiling = tx.feeCeiling else { return "overflows 256 bits" }
    var parts = "\(tx.gasLimit.decimalString) gas"
    if let price = tx.gasPrice {
      parts += " × \(Amount.gwei(wei: price))"
    } else if let maxFee = tx.maxFeePerGas {
      parts += " × max \(Amount.gwei(wei: maxFee))"
      if let tip = tx.maxPriorityFeePerGas { parts += ", tip \(Amount.gwei(wei: tip))" }
    }
    if let blobFee = tx.maxFeePerBlobGas {
      parts += ", blob gas at max \(Amount.gwei(wei: blobFee))"
    }
    return "\(native(ceiling, symbol: symbol, chainId: tx.chainId)) (\(parts))"
  }

  /// An amount of the native coin. With no chain id the transaction is valid on every chain, so
  /// the amount is of whichever chain's coin it is sent on: "0.1 ETH" alone would claim one.
  private static func native(_ units: UInt256, symbol: String, chainId: UInt256?) -> String {
    let amount = Amount(units: units, decimals: 18, symbol: symbol)
    guard chainId == nil, !units.isZero else { return amount.description }
    let chain = EVMChain.named(UInt256(1))?.name ?? "Ethereum mainnet"
    return "\(amount) on \(chain); on another chain, \(amount.formattedNumber) of its coin"
  }

  private static func dataSummary(_ tx: Transaction) -> String {
    if tx.data.isEmpty { return "none" }
    let size = counted(tx.data.count, "byte", "bytes")
    if tx.to == nil { return "\(size) of contract creation code" }
    if let selector = tx.selector { return "\(size), function selector \(Hex.encode(selector))" }
    return size
  }

  /// The call as rows: a headline row, one row per argument, then nested calls, each level
  /// indented two more spaces in the label column.
  private static func appendCall(
    _ call: DecodedCall, label: String, depth: Int, symbol: String, to rows: inout [FactSheet.Row]
  ) {
    let indent = String(repeating: "  ", count: depth)
    var parts: [String] = []
    if let target = call.target { parts.append("to \(target.checksummed)") }
    if let value = call.value, !value.isZero {
      parts.append("sending \(Amount(units: value, decimals: 18, symbol: symbol))")
    }
    parts.append(callHeadline(call))
    rows.append(.init(indent + label, parts.joined(separator: ", ")))
    let inner = indent + "  "
    for argument in call.arguments {
      let name = argument.name.isEmpty ? argument.type.description : argument.name
      // The bytes a batch carries are shown decoded below; repeating them as hex hides the rest.
      let shown =
        !call.calls.isEmpty && argument.type.carriesBytes
        ? "\(argument.type), decoded below"
        : ShortenedBytes.text(argument.value, as: argument.type)
      rows.append(.init(inner + TerminalSafeText.sanitize(name), shown))
    }
    for alternative in call.alternatives {
      rows.append(.init(inner + "or", callHeadline(alternative)))
    }
    if let note = call.note { rows.append(.init(inner + "note", note)) }
    for (i, nested) in call.calls.enumerated() {
      appendCall(nested, label: "call \(i + 1)", depth: depth + 1, symbol: symbol, to: &rows)
    }
  }

  /// E.g. "approve(address spender, uint256 amount): Approve token spending (bundled registry)".
  private static func callHeadline(_ call: DecodedCall) -> String {
    let function: String
    if call.arguments.isEmpty, let signature = call.signature {
      function = TerminalSafeText.sanitize(signature)
    } else if let name = call.functionName {
      let parameters = call.arguments.map { argument in
        argument.name.isEmpty
          ? argument.type.description
          : "\(argument.type) \(TerminalSafeText.sanitize(argument.name))"
      }
      function = TerminalSafeText.sanitize(name) + "(" + parameters.joined(separator: ", ") + ")"
    } else if call.selector.isEmpty {
      function = "no function"
    } else {
      function = "unknown function \(Hex.encode(call.selector))"
    }
    let intent = call.intent.map { ": \($0)" } ?? ""
    return function + intent + " (" + sourceDescription(call.source) + ")"
  }

  private static func sourceDescription(_ source: DecodedCall.Source) -> String {
    switch source {
    case .descriptor: return "clear-signing descriptor"
    case .registry: return "bundled registry"
    case .abi: return "your ABI"
    case .guess: return "guessed, no ABI"
    case .unknown: return "not decoded"
    }
  }

  private static func delegation(_ auth: Authorization) -> String {
    let who =
      auth.authority?.checksummed
      ?? "unrecoverable signer (\(auth.authorityError ?? "bad signature"))"
    let scope = auth.chainId.isZero ? "on every chain" : "on chain \(auth.chainId.decimalString)"
    return
      "\(who) runs the code of \(auth.address.checksummed) \(scope), nonce \(auth.nonce.decimalString)"
  }

  private static func counted(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) \(n == 1 ? one : many)"
  }
}

extension ABIType {
  /// Whether values of this type hold dynamic `bytes` somewhere (the calls of a batch).
  fileprivate var carriesBytes: Bool {
    switch self {
    case .bytes: return true
    case .array(let element), .fixedArray(let element, _): return element.carriesBytes
    case .tuple(let fields): return fields.contains { $0.type.carriesBytes }
    default: return false
    }
  }
}
