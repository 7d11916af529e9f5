import EVM
import TxrayCore

/// What an EVM call is for, from the richest source there is: the ERC-7730 descriptor that
/// covers it (intent and formatted fields, with a router's typed parts when txray reads them
/// too), else the swap txray reads from router and aggregator calls, else the intent phrase of
/// txray's registry with the amount the call states; a lending or vault call's recipient
/// either way. Nil for a call none of them names.
enum EVMIntent {
  static func of(
    _ tx: Transaction, call: DecodedCall?, described: ClearSignedCall?, swap: Intent?,
    tokens: CallEffects
  ) -> Intent? {
    let contract = tx.to?.checksummed
    if let described, let phrase = described.intent, !phrase.isEmpty {
      var intent = Intent(
        phrase: phrase, source: .descriptor, contract: contract, venue: described.owner,
        fields: described.fields.map {
          IntentField(label: $0.label, value: $0.value, format: $0.format)
        })
      if let swap {
        intent.pays = swap.pays
        intent.receives = swap.receives
        intent.recipient = swap.recipient
        intent.fees = swap.fees
      } else {
        intent.recipient = call.flatMap(RegistryCallRecipient.of)
      }
      return intent
    }
    if let swap { return swap }
    guard let call, call.source == .registry, let phrase = call.intent else { return nil }
    return Intent(
      phrase: phrase, source: .registry, contract: contract,
      recipient: RegistryCallRecipient.of(call),
      fields: RegistryCallAmount.fields(of: call, contract: tx.to, tokens: tokens))
  }
}
