import EVM
import TxrayCore

/// Who gets what a lending or vault call gives back, when the call names someone: the account
/// an Aave supply credits (`onBehalfOf`: its aTokens, the deposit itself), the account an Aave
/// withdrawal pays (`to`), the account an ERC-4626 vault's deposit, mint, withdrawal or
/// redemption pays (`receiver`). A drainer words a "deposit" exactly so: the signer pays in and
/// a stranger owns the position. Borrowing and repaying on behalf of someone are not here: there
/// the named account takes or sheds a debt, and what moves still comes from and to the signer.
enum RegistryCallRecipient {
  private static let argument: [String: String] = [
    "supply": "onBehalfOf", "supplyWithPermit": "onBehalfOf", "depositETH": "onBehalfOf",
    "withdrawETH": "to", "mint": "receiver", "redeem": "receiver",
  ]

  static func of(_ call: DecodedCall) -> String? {
    guard let function = call.functionName else { return nil }
    let name: String?
    switch function {
    // Aave's deposit names `onBehalfOf`, a vault's `receiver`; Aave's withdraw names `to`.
    case "deposit": name = has(call, "onBehalfOf") ? "onBehalfOf" : "receiver"
    case "withdraw": name = has(call, "to") ? "to" : "receiver"
    default: name = argument[function]
    }
    guard let name else { return nil }
    let matches = call.arguments.filter { $0.name == name }
    guard matches.count == 1, case .address(let address) = matches[0].value,
      address.bytes.contains(where: { $0 != 0 })
    else { return nil }
    return address.checksummed
  }

  private static func has(_ call: DecodedCall, _ name: String) -> Bool {
    call.arguments.contains { $0.name == name }
  }
}
