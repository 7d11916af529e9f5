import TxrayCore

/// The token transfers NEP-141 (`ft_transfer`, `ft_transfer_call`) and NEP-171
/// (`nft_transfer`, `nft_transfer_call`) calls state in their JSON arguments. Arguments are the
/// caller's bytes: a receiver that is not a valid account id, or an amount that is not a
/// decimal string, yields no transfer (the call itself is still listed).
enum TokenCallEffects {
  static func of(_ call: FunctionCall, signer: AccountId, contract: AccountId) -> [Effect] {
    guard
      ["ft_transfer", "ft_transfer_call", "nft_transfer", "nft_transfer_call"]
        .contains(call.methodName),
      let object = FunctionCallArguments.object(call.args),
      let receiverText = object["receiver_id"]?.stringValue,
      let receiver = AccountId(receiverText)
    else { return [] }
    if call.methodName.hasPrefix("ft_") {
      guard let amountText = object["amount"]?.stringValue,
        let amount = UInt256(decimalString: amountText)
      else { return [] }
      return [
        .transfer(
          asset: Asset(kind: .fungible, contract: contract.value), from: signer.value,
          to: receiver.value, amount: amount, tokenId: nil)
      ]
    }
    guard let tokenId = object["token_id"]?.stringValue else { return [] }
    return [
      .transfer(
        asset: Asset(kind: .nonFungible, contract: contract.value), from: signer.value,
        to: receiver.value, amount: UInt256(1), tokenId: tokenId)
    ]
  }
}
