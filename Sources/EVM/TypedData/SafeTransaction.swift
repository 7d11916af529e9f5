import TxrayCore

/// A Safe multisig transaction its owners sign as EIP-712 `SafeTx` (Safe 1.0 and later): what
/// the Safe at the domain's verifying contract will do once enough owners have signed. With
/// `operation` 1 the Safe DELEGATECALLs `to`: that code runs as the Safe itself, with its funds
/// and its storage, owners and modules included (how the Bybit Safe was emptied in 2025).
public struct SafeTransaction: Sendable, Equatable {
  public var safe: Address
  public var to: Address
  public var value: UInt256
  public var data: [UInt8]
  public var isDelegateCall: Bool
  /// A gas price above zero makes the Safe refund the gas it used, in `gasToken` (the zero
  /// address: ETH), to `refundReceiver` (zero: whoever submits it).
  public var gasPrice: UInt256
  public var gasToken: Address
  public var refundReceiver: Address
  public var nonce: UInt256
}

extension TypedData {
  /// `SafeTx`'s encodeType: only this exact shape is read as a Safe transaction.
  static let safeTxType =
    "SafeTx(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,"
    + "uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,uint256 nonce)"

  /// The Safe transaction this message is, or nil when it is not one.
  public var safeTransaction: SafeTransaction? {
    guard encodedPrimaryType == Self.safeTxType, let safe = verifyingContract else { return nil }
    let m = message
    guard let to = m[member: "to"]?.addressValue, let value = m[member: "value"]?.uintValue,
      case .atomic(_, .bytes(let data))? = m[member: "data"],
      let operation = m[member: "operation"]?.uintValue, operation <= 1,
      let gasPrice = m[member: "gasPrice"]?.uintValue,
      let gasToken = m[member: "gasToken"]?.addressValue,
      let refundReceiver = m[member: "refundReceiver"]?.addressValue,
      let nonce = m[member: "nonce"]?.uintValue
    else { return nil }
    return SafeTransaction(
      safe: safe, to: to, value: value, data: data, isDelegateCall: operation == 1,
      gasPrice: gasPrice, gasToken: gasToken, refundReceiver: refundReceiver, nonce: nonce)
  }
}
