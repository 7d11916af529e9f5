import TxrayCore

/// A decoded call's arguments by name, members of tuple arguments included (`params.amountIn`
/// is found as `amountIn`): routers wrap their arguments in a struct as often as not. The first
/// argument of a name wins. A name is also found without its leading underscores (LI.FI's
/// `_minAmountOut` as `minAmountOut`), the Solidity habit for parameters.
struct NamedArguments {
  private var values: [String: ABIValue] = [:]
  /// The member lists of arguments that are arrays of tuples, by name.
  private var tupleArrays: [String: [ABIParameter]] = [:]

  private init() {}

  init(_ call: DecodedCall) {
    for argument in call.arguments { add(argument.name, argument.type, argument.value) }
  }

  init(_ parameters: [ABIParameter], _ values: [ABIValue]) {
    for (parameter, value) in zip(parameters, values) {
      add(parameter.name, parameter.type, value)
    }
  }

  private mutating func add(_ name: String, _ type: ABIType, _ value: ABIValue) {
    let bare = String(name.drop { $0 == "_" })
    for key in [name, bare] where !key.isEmpty && values[key] == nil {
      values[key] = value
      if case .array(.tuple(let members)) = type { tupleArrays[key] = members }
    }
    guard case .tuple(let members) = type, case .tuple(let items) = value else { return }
    for (member, item) in zip(members, items) { add(member.name, member.type, item) }
  }

  func value(_ name: String) -> ABIValue? { values[name] }

  /// The items of the first of `names` that is an array of tuples, each read by its members'
  /// names: the steps of an aggregator's route (LI.FI's `_swapData`).
  func steps(_ names: [String]) -> [NamedArguments] {
    for name in names {
      guard case .array(let items)? = values[name], let members = tupleArrays[name] else {
        continue
      }
      return items.map { item in
        guard case .tuple(let fields) = item else { return NamedArguments() }
        return NamedArguments(members, fields)
      }
    }
    return []
  }

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
