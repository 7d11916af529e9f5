import WasmKit

/// One function of NEAR's `env` import module: its parameters, named as nearcore's `VMLogic`
/// names them, and what it does to the call. The body reads its arguments by those names
/// (`a.key_len`), so it can be read line by line against nearcore's `logic.rs`.
struct HostFunction: Sendable {
  typealias Body = @Sendable (VMLogic, HostArguments) throws(HostError) -> [Value]

  let name: String
  /// The parameters in Wasm order.
  let parameterNames: [String]
  let parameters: [ValueType]
  let results: [ValueType]
  /// nearcore's hashing and signature functions (`sha256`, `ecrecover`, …) charge their own base
  /// cost instead of `wasm_base`; every other host function burns `wasm_base` first.
  let chargesBase: Bool
  let body: Body

  /// A host function whose parameters are all of `type` (i64 on NEAR; i32 for `abort`).
  init(
    _ name: String, _ parameterNames: [String] = [], of type: ValueType = .i64,
    returns results: [ValueType] = [], chargesBase: Bool = true, _ body: @escaping Body
  ) {
    self.name = name
    self.parameterNames = parameterNames
    self.parameters = parameterNames.map { _ in type }
    self.results = results
    self.chargesBase = chargesBase
    self.body = body
  }

  /// Runs the function as a contract's call does: `wasm_base` first, then the body.
  func call(_ vm: VMLogic, _ values: [Value]) throws(HostError) -> [Value] {
    if chargesBase { try vm.burn(vm.fees.host.base) }
    return try body(vm, HostArguments(function: name, names: parameterNames, values: values))
  }

  /// Every host function txray implements, by name. An import not in here makes the contract
  /// "not simulated", naming the import.
  static let all: [String: HostFunction] = {
    let families = [
      registers, context, economics, math, miscellaneous, logs, promises, storage, validators,
    ]
    var table: [String: HostFunction] = [:]
    for function in families.joined() { table[function.name] = function }
    return table
  }()

  /// Host functions nearcore has that txray does not run (curve arithmetic, yield/resume, …):
  /// a contract importing one is reported as not simulated, naming it.
  static func unsupportedReason(_ name: String) -> String {
    "not simulated: unknown host function \(name)"
  }
}

/// A host call's arguments, read by the names the function declares (`a.register_id`). NEAR
/// passes pointers, lengths and ids as i64 (`abort` as i32); both read as unsigned. A name the
/// function does not declare stops the call as not simulated rather than reading another
/// argument.
@dynamicMemberLookup
struct HostArguments {
  let function: String
  let names: [String]
  let values: [Value]

  subscript(dynamicMember name: String) -> UInt64 {
    get throws(HostError) {
      guard let index = names.firstIndex(of: name), index < values.count else {
        throw .notSimulated("not simulated: host function \(function) has no parameter \(name)")
      }
      switch values[index] {
      case .i64(let value): return value
      case .i32(let value): return UInt64(value)
      default:
        throw .notSimulated("not simulated: \(function) got a non-integer \(name)")
      }
    }
  }
}
