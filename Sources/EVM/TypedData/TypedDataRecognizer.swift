import TxrayCore

/// Recognizes the typed-data messages that move or unlock tokens, by their exact struct shapes
/// (encodeType), so a look-alike with an extra or renamed member is not mistaken for one.
extension TypedData {
  static let maxUInt160 = (UInt256(1) << 160) - 1

  /// encodeType of each recognized primary type, without the witness struct for witness forms.
  private static let shapes: [(kind: TypedDataSummary.Kind, encodeType: String)] = [
    (
      .eip2612Permit,
      "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
    ),
    (
      .daiPermit,
      "Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)"
    ),
    (
      .permit2Single,
      "PermitSingle(PermitDetails details,address spender,uint256 sigDeadline)"
        + "PermitDetails(address token,uint160 amount,uint48 expiration,uint48 nonce)"
    ),
    (
      .permit2Batch,
      "PermitBatch(PermitDetails[] details,address spender,uint256 sigDeadline)"
        + "PermitDetails(address token,uint160 amount,uint48 expiration,uint48 nonce)"
    ),
    (
      .permit2TransferFrom,
      "PermitTransferFrom(TokenPermissions permitted,address spender,uint256 nonce,uint256 deadline)"
        + "TokenPermissions(address token,uint256 amount)"
    ),
    (
      .permit2BatchTransferFrom,
      "PermitBatchTransferFrom(TokenPermissions[] permitted,address spender,uint256 nonce,uint256 deadline)"
        + "TokenPermissions(address token,uint256 amount)"
    ),
    (
      .seaportOrder,
      "OrderComponents(address offerer,address zone,OfferItem[] offer,ConsiderationItem[] consideration,"
        + "uint8 orderType,uint256 startTime,uint256 endTime,bytes32 zoneHash,uint256 salt,"
        + "bytes32 conduitKey,uint256 counter)ConsiderationItem(uint8 itemType,address token,"
        + "uint256 identifierOrCriteria,uint256 startAmount,uint256 endAmount,address recipient)"
        + "OfferItem(uint8 itemType,address token,uint256 identifierOrCriteria,uint256 startAmount,"
        + "uint256 endAmount)"
    ),
  ]

  /// The recognized meaning of the message; nil when it is none of the known kinds.
  public var summary: TypedDataSummary? {
    guard let kind = recognizedKind else { return nil }
    let m = message
    var summary = TypedDataSummary(
      kind: kind, tokens: [], spender: m[member: "spender"]?.addressValue, deadline: nil,
      offer: [], consideration: [])
    switch kind {
    case .eip2612Permit:
      guard let token = verifyingContract, let value = m[member: "value"]?.uintValue else {
        return nil
      }
      summary.tokens = [
        .init(token: token, amount: value, isUnlimited: value == .max, expiration: nil)
      ]
      summary.deadline = m[member: "deadline"]?.uintValue
    case .daiPermit:
      // DAI's permit grants all or nothing: `allowed` sets the allowance to 2^256-1 or to zero.
      guard let token = verifyingContract, let allowed = m[member: "allowed"]?.boolValue else {
        return nil
      }
      summary.tokens = [
        .init(token: token, amount: allowed ? .max : .zero, isUnlimited: allowed, expiration: nil)
      ]
      // An expiry of zero means the permit never expires.
      summary.deadline = m[member: "expiry"]?.uintValue.flatMap { $0.isZero ? nil : $0 }
    case .permit2Single, .permit2Batch:
      let details = m[member: "details"].map { $0.arrayElements ?? [$0] } ?? []
      summary.tokens = details.compactMap { detail in
        guard let token = detail[member: "token"]?.addressValue,
          let amount = detail[member: "amount"]?.uintValue
        else { return nil }
        return .init(
          token: token, amount: amount, isUnlimited: amount == Self.maxUInt160,
          expiration: detail[member: "expiration"]?.uintValue)
      }
      summary.deadline = m[member: "sigDeadline"]?.uintValue
    case .permit2TransferFrom, .permit2BatchTransferFrom, .permit2WitnessTransferFrom,
      .permit2BatchWitnessTransferFrom:
      let permitted = m[member: "permitted"].map { $0.arrayElements ?? [$0] } ?? []
      summary.tokens = permitted.compactMap { item in
        guard let token = item[member: "token"]?.addressValue,
          let amount = item[member: "amount"]?.uintValue
        else { return nil }
        return .init(token: token, amount: amount, isUnlimited: amount == .max, expiration: nil)
      }
      summary.deadline = m[member: "deadline"]?.uintValue
    case .seaportOrder:
      summary.offer = (m[member: "offer"]?.arrayElements ?? []).compactMap(Self.seaportItem)
      summary.consideration =
        (m[member: "consideration"]?.arrayElements ?? []).compactMap(Self.seaportItem)
      summary.deadline = m[member: "endTime"]?.uintValue
    }
    return summary
  }

  private var recognizedKind: TypedDataSummary.Kind? {
    let encoded = encodedPrimaryType
    if let exact = Self.shapes.first(where: { $0.encodeType == encoded }) { return exact.kind }
    return witnessKind
  }

  /// Permit2's witness forms end with a member `witness` of an app-defined struct, so only the
  /// members before it are fixed.
  private var witnessKind: TypedDataSummary.Kind? {
    let members = (types.structs[primaryType] ?? []).map { "\($0.type) \($0.name)" }
    guard members.count == 5, members.last?.hasSuffix(" witness") == true,
      types.structs["TokenPermissions"].map({ $0.map { "\($0.type) \($0.name)" } })
        == ["address token", "uint256 amount"]
    else { return nil }
    let fixed = ["address spender", "uint256 nonce", "uint256 deadline"]
    if primaryType == "PermitWitnessTransferFrom",
      members.prefix(4) == ["TokenPermissions permitted"] + fixed
    {
      return .permit2WitnessTransferFrom
    }
    if primaryType == "PermitBatchWitnessTransferFrom",
      members.prefix(4) == ["TokenPermissions[] permitted"] + fixed
    {
      return .permit2BatchWitnessTransferFrom
    }
    return nil
  }

  private static func seaportItem(_ value: TypedDataValue) -> TypedDataSummary.SeaportItem? {
    guard let itemType = value[member: "itemType"]?.uintValue,
      let token = value[member: "token"]?.addressValue,
      let identifier = value[member: "identifierOrCriteria"]?.uintValue,
      let start = value[member: "startAmount"]?.uintValue,
      let end = value[member: "endAmount"]?.uintValue
    else { return nil }
    return .init(
      itemType: itemType, token: token, identifierOrCriteria: identifier, startAmount: start,
      endAmount: end, recipient: value[member: "recipient"]?.addressValue)
  }
}
