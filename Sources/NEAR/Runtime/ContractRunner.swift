import TxrayCore
@_spi(Fuzzing) import WasmKit

/// Runs one exported method of a contract on WasmKit with NEAR's host functions.
///
/// Bounds: Wasm operators burn gas through WasmKit's fuel, so an endless loop ends with
/// "Exceeded the prepaid gas."; memory may grow to `fees.maxMemoryPages` (128 MiB on NEAR) and
/// no further; an import txray does not know is reported as not simulated, never guessed.
public struct ContractRunner: Sendable {
  public var fees: FeeSchedule

  public init(fees: FeeSchedule = FeeSchedule()) {
    self.fees = fees
  }

  public func run(
    code: [UInt8], method: String, context: CallContext,
    readStorage: @escaping ([UInt8]) throws(NEARStateError) -> [UInt8]?
  ) -> FunctionCallOutcome {
    let vm = VMLogic(fees: fees, context: context, readStorage: readStorage)
    let result = execute(vm, code: code, method: method)
    if case .value = result { vm.distributeUnusedGas() }
    if case .receipt = result { vm.distributeUnusedGas() }
    let succeeded: Bool
    switch result {
    case .value, .receipt: succeeded = true
    case .failure, .notSimulated: succeeded = false
    }
    vm.memory = nil
    return FunctionCallOutcome(
      result: result, logs: vm.logs, gasBurnt: vm.gasBurnt,
      gasUsed: succeeded ? vm.gasUsed : vm.gasBurnt,
      storageChanges: succeeded ? vm.storageChanges : [:],
      storageUsage: succeeded ? vm.storageUsage : context.storageUsage,
      balance: succeeded ? vm.balance : context.accountBalance,
      receipts: succeeded ? vm.receipts : [])
  }

  private func execute(_ vm: VMLogic, code: [UInt8], method: String) -> FunctionCallOutcome.Result {
    do {
      try vm.burn(
        vm.perByte(fees.host.contractLoadingBase, fees.host.contractLoadingByte, UInt64(code.count))
      )
    } catch { return result(of: error) }
    let module: Module
    do { module = try parseWasm(bytes: code) } catch {
      return .failure("CompilationError: \(error)")
    }
    guard
      module.exports.contains(where: { export in
        if case .function = export.descriptor { return export.name == method }
        return false
      })
    else { return .failure("MethodResolveError(MethodNotFound): \(method)") }

    let engine = Engine(configuration: EngineConfiguration(fuelMetering: true))
    let store = Store(engine: engine)
    store.resourceLimiter = MemoryLimiter(maxBytes: Int(fees.maxMemoryPages) * 65_536)
    vm.store = store
    let imports: Imports
    switch makeImports(module, store: store, vm: vm) {
    case .success(let built): imports = built
    case .failure(let reason): return .notSimulated(reason.message)
    }
    vm.refuel()
    do {
      let instance = try module.instantiate(store: store, imports: imports)
      if vm.memory == nil { vm.memory = instance.exports[memory: "memory"] }
      guard let function = instance.exports[function: method] else {
        return .failure("MethodResolveError(MethodNotFound): \(method)")
      }
      guard function.type.parameters.isEmpty, function.type.results.isEmpty else {
        return .failure("MethodResolveError(MethodInvalidSignature): \(method)")
      }
      try function.invoke([])
      try vm.chargeOperators()
      return vm.returned
    } catch let error as HostError {
      return result(of: error)
    } catch let trap as Trap {
      let reason = Self.reason(of: trap)
      if reason == "out of fuel" { return result(of: vm.exhaust()) }
      try? vm.chargeOperators()
      return .failure("WebAssembly trap: \(reason)")
    } catch {
      try? vm.chargeOperators()
      return .failure("WebAssembly trap: \(error)")
    }
  }

  /// The trap's reason: the first line of its description without the "Trap: " prefix
  /// (WasmKit keeps the reason itself package-internal).
  static func reason(of trap: Trap) -> String {
    let firstLine = trap.description.split(separator: "\n", maxSplits: 1).first ?? ""
    return String(firstLine.hasPrefix("Trap: ") ? firstLine.dropFirst(6) : firstLine)
  }

  private func result(of error: HostError) -> FunctionCallOutcome.Result {
    if case .notSimulated(let reason) = error { return .notSimulated(reason) }
    return .failure(error.message)
  }

  private struct ImportProblem: Error {
    var message: String
  }

  /// NEAR's `env` functions the module imports, and the memory when it imports one (nearcore
  /// moves a contract's memory to an `env.memory` import; clang-built modules export their own).
  private func makeImports(_ module: Module, store: Store, vm: VMLogic) -> Result<
    Imports, ImportProblem
  > {
    var imports = Imports()
    for entry in module.imports {
      let fullName = "\(entry.module).\(entry.name)"
      switch entry.descriptor {
      case .function:
        guard entry.module == "env", let host = HostFunction.all[entry.name] else {
          return .failure(ImportProblem(message: HostFunction.unsupportedReason(fullName)))
        }
        let function = Function(
          store: store, parameters: host.parameters, results: host.results
        ) { [unowned vm] _, arguments in
          try vm.chargeOperators()
          let results = try host.call(vm, arguments)
          vm.refuel()
          return results
        }
        imports.define(module: entry.module, name: entry.name, function)
      case .memory(let type):
        guard entry.module == "env", entry.name == "memory" else {
          return .failure(ImportProblem(message: "not simulated: unknown import \(fullName)"))
        }
        let maximum = min(type.max ?? fees.maxMemoryPages, fees.maxMemoryPages)
        guard type.min <= maximum,
          let memory = try? Memory(
            store: store, type: MemoryType(min: type.min, max: maximum))
        else {
          return .failure(
            ImportProblem(message: "not simulated: memory of \(type.min) pages is over the limit"))
        }
        vm.memory = memory
        imports.define(module: entry.module, name: entry.name, memory)
      default:
        return .failure(ImportProblem(message: "not simulated: unknown import \(fullName)"))
      }
    }
    return .success(imports)
  }
}

/// Refuses memory growth past NEAR's page limit: `memory.grow` then returns -1 in the contract.
private final class MemoryLimiter: ResourceLimiter {
  let maxBytes: Int

  init(maxBytes: Int) {
    self.maxBytes = maxBytes
  }

  func limitMemoryGrowth(to desired: Int) throws -> Bool { desired <= maxBytes }
  func limitTableGrowth(to desired: Int) throws -> Bool { desired <= 100_000 }
}
