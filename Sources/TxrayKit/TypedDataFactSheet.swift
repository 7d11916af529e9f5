import EVM
import TxrayCore
import TxrayRules

/// The plain-text account of typed data: what signing it grants, in one sentence, then the
/// descriptor's fields, the message, and the hashes.
enum TypedDataFactSheet {
  /// Message members beyond this many are summarized in one row, so a hostile document cannot
  /// flood the terminal.
  static let maxMessageRows = 200

  static func make(_ typed: TypedData, described: ClearSignedCall?, tokens: TypedDataTokenNames)
    -> FactSheet
  {
    let summary = typed.summary
    var sheet = FactSheet(
      headline: headline(typed, summary: summary, described: described, tokens: tokens))
    if let signer = typed.signer { sheet.rows.append(.init("signer", signer.checksummed)) }
    sheet.rows.append(.init("domain", domainText(typed)))
    sheet.rows.append(.init("primary type", typed.primaryType))
    if let summary { appendSummary(summary, tokens: tokens, to: &sheet.rows) }
    if let described { sheet.rows += ClearSigningOutput.rows(described) }
    var messageRows: [FactSheet.Row] = []
    flatten(typed.message, path: "message", into: &messageRows)
    if messageRows.count > maxMessageRows {
      let hidden = messageRows.count - maxMessageRows
      messageRows = Array(messageRows.prefix(maxMessageRows))
      messageRows.append(.init("message", "… \(hidden) more values (see --json)"))
    }
    sheet.rows += messageRows
    sheet.rows.append(.init("domain separator", Hex.encode(typed.domainSeparator)))
    sheet.rows.append(.init("digest", Hex.encode(typed.digest)))
    return sheet
  }

  /// One sentence a person can check before signing.
  static func headline(
    _ typed: TypedData, summary: TypedDataSummary?, described: ClearSignedCall?,
    tokens: TypedDataTokenNames
  ) -> String {
    guard let summary else {
      let intent = described?.intent.map { "\($0) — " } ?? ""
      let app = typed.domainName.map { " for \($0)" } ?? ""
      return "\(intent)EIP-712 signature request: \(typed.primaryType)\(app)"
    }
    let spender = summary.spender?.checksummed ?? "nobody named"
    let amounts = summary.tokens.map(tokens.amount).joined(separator: " and ")
    switch summary.kind {
    case .eip2612Permit, .daiPermit:
      if summary.tokens.allSatisfy({ $0.amount.isZero }) {
        return "\(summary.title): sets \(spender)'s allowance to zero"
      }
      return "\(summary.title): \(spender) may spend up to \(amounts)\(until(summary.deadline))"
    case .permit2Single, .permit2Batch:
      let expirations = Set(summary.tokens.compactMap(\.expiration))
      let end =
        expirations.count == 1 ? until(expirations.first) : " (each until its expiration below)"
      return "\(summary.title): \(spender) may spend up to \(amounts)\(end)"
    case .permit2TransferFrom, .permit2BatchTransferFrom:
      return
        "\(summary.title): \(spender) may take \(amounts) from the signer once\(until(summary.deadline))"
    case .permit2WitnessTransferFrom, .permit2BatchWitnessTransferFrom:
      let witness = typed.types.structs[typed.primaryType]?.last?.type ?? "witness"
      return
        "\(summary.title): \(spender) may take \(amounts) from the signer once\(until(summary.deadline)), bound to a \(witness)"
    case .seaportOrder:
      let offered = summary.offer.map(tokens.item).joined(separator: " and ")
      let offerer = typed.message[member: "offerer"]?.addressValue
      let received = summary.consideration.filter { $0.recipient == offerer }.map(tokens.item)
      let gets = received.isEmpty ? "nothing back" : received.joined(separator: " and ")
      return "\(summary.title): the signer offers \(offered) for \(gets)\(until(summary.deadline))"
    }
  }

  private static func until(_ time: UInt256?) -> String {
    guard let time else { return "" }
    return " until " + UnixTime.format(time)
  }

  private static func appendSummary(
    _ summary: TypedDataSummary, tokens: TypedDataTokenNames, to rows: inout [FactSheet.Row]
  ) {
    for (i, token) in summary.tokens.enumerated() {
      let label = summary.tokens.count == 1 ? "amount" : "amount \(i + 1)"
      var text = tokens.amount(token) + " (token \(token.token.checksummed))"
      if let expiration = token.expiration { text += ", expires " + UnixTime.format(expiration) }
      rows.append(.init(label, text))
    }
    if let spender = summary.spender { rows.append(.init("spender", spender.checksummed)) }
    if let deadline = summary.deadline {
      rows.append(.init("signature valid until", UnixTime.format(deadline)))
    }
    for (i, item) in summary.offer.enumerated() {
      rows.append(.init("offer \(i + 1)", tokens.item(item)))
    }
    for (i, item) in summary.consideration.enumerated() {
      let to = item.recipient.map { " to \($0.checksummed)" } ?? ""
      rows.append(.init("consideration \(i + 1)", tokens.item(item) + to))
    }
  }

  private static func domainText(_ typed: TypedData) -> String {
    var parts: [String] = []
    if let name = typed.domainName { parts.append("\"\(name)\"") }
    if let version = typed.domain[member: "version"]?.displayText {
      parts.append("version \(version)")
    }
    if let chainId = typed.chainId {
      parts.append(EVMTransactionNames.networkName(chainId: chainId))
    } else {
      parts.append("no chain id: valid on every chain")
    }
    if let contract = typed.verifyingContract { parts.append("contract \(contract.checksummed)") }
    if let salt = typed.domain[member: "salt"]?.displayText { parts.append("salt \(salt)") }
    return parts.joined(separator: ", ")
  }

  /// One row per atomic value, labelled with its path (`message.details.amount`).
  private static func flatten(
    _ value: TypedDataValue, path: String, into rows: inout [FactSheet.Row]
  ) {
    switch value {
    case .atomic:
      rows.append(.init(path, value.displayText ?? ""))
    case .array(_, let elements):
      if elements.isEmpty { rows.append(.init(path, "[] (empty)")) }
      for (i, element) in elements.enumerated() where rows.count <= maxMessageRows {
        flatten(element, path: "\(path)[\(i)]", into: &rows)
      }
    case .structure(_, let members):
      for member in members where rows.count <= maxMessageRows {
        flatten(member.value, path: "\(path).\(member.name)", into: &rows)
      }
    }
  }
}
