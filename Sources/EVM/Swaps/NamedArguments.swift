import TxrayCore

/// A decoded call's arguments by name, members of tuple arguments included (`params.amountIn`
/// is found as `amountIn`): routers wrap their arguments in a struct as often as not. The first
/// argument of a name wins.
struct NamedArguments {
  private var values: [String: ABIValue] = [:]

  init(_ call: DecodedCall) {
    for argument in call.arguments { add(argument.name, argument.type, argument.value) }
  }

  init(_ parameters: [ABIParameter], _ values: [ABIValue]) {
    for (parameter, value) in zip(parameters, values) {
      add(parameter.name, parameter.type, value)
    }
  }

  private mutating func add(_ name: String, _ type: ABIType, _ value: ABIValue) {
    if !name.isEmpty, values[name] == nil { values[name] = value }
    guard case .tuple(let members) = type, case .tuple(let items) = value else { return }
    for (member, item) in zip(members, items) { add(member.name, member.type, item) }
  }

  func value(_ name: String) -> ABIValue? { values[name] }

  func uint(_ name: String) -> UInt256? {
    if case .uint(let number)? = values[name] { return number }
    return nil
  }

  func uint(_ names: [String]) -> UInt256? { names.lazy.compactMap(uint).first }

  func address(_ name: String) -> Address? {
    if case .address(let address)? = values[name] { return address }
    return nil
  }

  func address(_ names: [String]) -> Address? { names.lazy.compactMap(address).first }

  /// The first of `names` that holds an address, as a token (the zero address and 0xEeee…EEeE
  /// are the chain's coin). OKX passes its tokens as a uint256 with the address in the low 20
  /// bytes and flags above them.
  func token(_ names: [String]) -> SwapLeg.Token? {
    let packed = names.lazy.compactMap { name -> Address? in
      guard case .uint(let word)? = values[name] else { return nil }
      return Address(bytes: word.bigEndianBytes.suffix(20))
    }.first
    guard let address = address(names) ?? packed else { return nil }
    if address == .nativeCurrencyPlaceholder || address.bytes.allSatisfy({ $0 == 0 }) {
      return .native
    }
    return .erc20(address)
  }
}
