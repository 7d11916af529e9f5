import WasmKit

/// One function of NEAR's `env` import module: its Wasm signature and what it does to the call.
struct HostFunction: Sendable {
  typealias Body = @Sendable (VMLogic, HostArguments) throws(HostError) -> [Value]

  let name: String
  let parameters: [ValueType]
  let results: [ValueType]
  let body: Body

  init(
    _ name: String, _ parameters: [ValueType], _ results: [ValueType] = [],
    _ body: @escaping Body
  ) {
    self.name = name
    self.parameters = parameters
    self.results = results
    self.body = body
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

/// A host call's arguments as unsigned integers: NEAR passes pointers, lengths and ids as i64
/// (`abort` as i32).
struct HostArguments {
  let values: [Value]

  subscript(_ index: Int) -> UInt64 {
    guard index < values.count else { return 0 }
    switch values[index] {
    case .i64(let value): return value
    case .i32(let value): return UInt64(value)
    default: return 0
    }
  }
}
