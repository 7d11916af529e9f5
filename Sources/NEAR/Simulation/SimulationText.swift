import TxrayCore

/// The simulation as labelled lines for the text account. Token symbols and logs are the
/// contracts' text: the renderer escapes control characters; nothing here trusts them.
public enum NEARSimulationText {
  public static func lines(_ result: NEARSimulationResult) -> [(label: String, value: String)] {
    var lines: [(label: String, value: String)] = []
    switch result.status {
    case .succeeded: lines.append(("simulation", "succeeded"))
    case .failed(let reason): lines.append(("simulation", "FAILS: \(reason)"))
    case .invalid(let reason): lines.append(("simulation", "REJECTED before running: \(reason)"))
    case .notSimulated(let reason): lines.append(("simulation", reason))
    }
    lines.append(
      (
        "gas burnt",
        "\(Amount(units: UInt256(result.gasBurnt), decimals: 12, symbol: "Tgas")) = "
          + NEARAmount.text(result.tokensBurnt)
      ))
    for (index, effect) in result.effects.enumerated() {
      lines.append(("outcome \(index + 1)", text(effect, tokens: result.tokens)))
    }
    for receipt in result.receipts {
      lines.append(("receipt \(receipt.id)", receiptText(receipt)))
      for log in receipt.logs { lines.append(("  log", log)) }
    }
    return lines
  }

  static func text(_ effect: NEARSimulatedEffect, tokens: [AccountId: NEARTokenMetadata])
    -> String
  {
    switch effect {
    case .balanceChange(let account, let before, let after):
      let delta = SignedAmount.change(from: before, to: after)
      return
        "\(account) \(delta.isNegative ? "loses" : "gains") \(NEARAmount.text(delta.magnitude))"
        + " (\(NEARAmount.text(before)) → \(NEARAmount.text(after)))"
    case .tokenTransfer(_, let token, let from, let to, let amount, let ids, _):
      return "\(from) sends \(what(amount, ids, token, tokens)) to \(to)"
    case .tokenMint(_, let token, let owner, let amount, let ids):
      return "\(owner) receives \(what(amount, ids, token, tokens)) newly minted"
    case .tokenBurn(_, let token, let owner, let amount, let ids):
      return "\(owner) burns \(what(amount, ids, token, tokens))"
    case .storageChange(let account, let before, let after):
      let grew = after > before
      let bytes = grew ? after - before : before - after
      return "\(account) storage \(grew ? "grows" : "shrinks") by \(bytes) bytes "
        + "(\(grew ? "locks" : "frees") \(NEARAmount.text(UInt256(bytes) * UInt256(10_000_000_000_000_000_000))) of stake)"
    case .keyAdded(let account, let key, let permission):
      return EffectSentence.text(
        .keyAdded(account: account.value, key: key.description, access: permission.access))
    case .keyRemoved(let account, let key):
      return EffectSentence.text(.keyRemoved(account: account.value, key: key.description))
    case .codeDeployed(let account, let hash, let size):
      return EffectSentence.text(
        .codeDeployed(account: account.value, codeHash: Base58.encode(hash), size: size))
    case .accountCreated(let account):
      return EffectSentence.text(.accountCreated(account: account.value))
    case .accountDeleted(let account, let beneficiary):
      return EffectSentence.text(
        .accountDeleted(account: account.value, beneficiary: beneficiary.value))
    }
  }

  private static func what(
    _ amount: UInt256?, _ ids: [String], _ token: AccountId,
    _ tokens: [AccountId: NEARTokenMetadata]
  ) -> String {
    guard let amount else { return "NFT \(ids.joined(separator: ", ")) of \(token)" }
    let metadata = tokens[token]
    if let decimals = metadata?.decimals, (0...77).contains(decimals) {
      let symbol = TerminalSafeText.sanitize(metadata?.symbol ?? "")
      return "\(Amount(units: amount, decimals: decimals, symbol: symbol)) (token \(token))"
    }
    return "\(amount) units of token \(token)"
  }

  private static func receiptText(_ receipt: NEARReceiptOutcome) -> String {
    let head =
      receipt.isRefund
      ? "refund to \(receipt.receiver)"
      : "\(receipt.predecessor) → \(receipt.receiver): \(receipt.actions.joined(separator: ", "))"
    switch receipt.status {
    case .succeeded(let value):
      let shown = String(validating: value, as: UTF8.self).map {
        $0.isEmpty ? "" : ", returns \($0.prefix(200))"
      }
      return head + " — ok" + (shown ?? ", returns \(value.count) bytes")
    case .succeededWithReceipt(let id): return head + " — ok, result from receipt \(id)"
    case .failed(let reason): return head + " — FAILED: \(reason)"
    case .notSimulated(let reason): return head + " — \(reason)"
    }
  }
}
