import Foundation
import TxrayCore
import WasmKit

@testable import NEAR

/// A VMLogic over one page of Wasm memory, so a test can call host functions directly, as
/// nearcore's own `VMLogicBuilder` tests do, and read the gas each call burns.
final class HostHarness {
  /// Keeps the memory's store alive for the VMLogic, which holds it weakly.
  let store: Store
  let vm: VMLogic

  static let account = SimulationFixtures.id("token.near")
  static let balance = UInt256(5) * SimulationFixtures.near

  init(
    fees: FeeSchedule = FeeSchedule(), isView: Bool = false, input: [UInt8] = [],
    promiseResults: [PromiseResult] = [], storage: [[UInt8]: [UInt8]] = [:]
  ) throws {
    let context = CallContext(
      currentAccount: Self.account, signer: SimulationFixtures.id("alice.near"),
      signerPublicKey: SimulationFixtures.key("alice.near"),
      predecessor: SimulationFixtures.id("alice.near"), input: input,
      block: SimulationFixtures.block, accountBalance: Self.balance, lockedBalance: .zero,
      attachedDeposit: UInt256(1), prepaidGas: 300 * SimulationFixtures.tgas, storageUsage: 1_000,
      randomSeed: Array(repeating: 9, count: 32), promiseResults: promiseResults, isView: isView)
    store = Store(engine: Engine())
    vm = VMLogic(fees: fees, context: context) { key throws(NEARStateError) in storage[key] }
    vm.memory = try Memory(store: store, type: MemoryType(min: 1, max: 1))
  }

  /// One value of nearcore's `parameters.snap` (the fixture FeeScheduleTests reads).
  static func snap(_ name: String) -> UInt64 { FeeScheduleTests.gas(name).first ?? .max }

  /// A fee of `parameters.snap`: `[send_sir, send_not_sir, execution]`.
  static func fee(_ name: String) -> (sendSir: UInt64, sendNotSir: UInt64, execution: UInt64) {
    let values = FeeScheduleTests.gas(name) + [.max, .max, .max]
    return (values[0], values[1], values[2])
  }

  /// nearcore's cost of reading `bytes` from guest memory.
  static func memoryRead(_ bytes: UInt64) -> UInt64 {
    snap("wasm_read_memory_base") + bytes * snap("wasm_read_memory_byte")
  }

  static func memoryWrite(_ bytes: UInt64) -> UInt64 {
    snap("wasm_write_memory_base") + bytes * snap("wasm_write_memory_byte")
  }

  static func registerWrite(_ bytes: UInt64) -> UInt64 {
    snap("wasm_write_register_base") + bytes * snap("wasm_write_register_byte")
  }

  static func registerRead(_ bytes: UInt64) -> UInt64 {
    snap("wasm_read_register_base") + bytes * snap("wasm_read_register_byte")
  }

  /// Puts bytes into guest memory without charging gas, as nearcore's `internal_mem_write`.
  func put(_ bytes: [UInt8], at pointer: UInt64) {
    vm.memory?.withUnsafeMutableBufferPointer(offset: UInt(pointer), count: bytes.count) {
      $0.copyBytes(from: bytes)
    }
  }

  func memory(at pointer: UInt64, count: Int) -> [UInt8] {
    vm.memory?.withUnsafeBufferPointer(offset: UInt(pointer), count: count) { Array($0) } ?? []
  }

  /// Calls the host function `name` as a contract would, with its arguments in Wasm order;
  /// returns its i64 result, if it has one.
  @discardableResult
  func call(_ name: String, _ arguments: UInt64...) throws(HostError) -> UInt64? {
    try invoke(name, arguments)
  }

  /// The error calling `name` stops with, or nil when it returns.
  func error(calling name: String, _ arguments: UInt64...) -> HostError? {
    do {
      _ = try invoke(name, arguments)
      return nil
    } catch {
      return error
    }
  }

  /// Calls `name` and returns its result with the gas the call burnt.
  func measure(_ name: String, _ arguments: UInt64...) throws(HostError) -> (
    result: UInt64?, gas: UInt64
  ) {
    let before = vm.gasBurnt
    let result = try invoke(name, arguments)
    return (result, vm.gasBurnt - before)
  }

  private func invoke(_ name: String, _ arguments: [UInt64]) throws(HostError) -> UInt64? {
    guard let function = HostFunction.all[name] else {
      throw .notSimulated("no host function \(name)")
    }
    let values = zip(function.parameters, arguments).map { type, value in
      type == .i32 ? Value.i32(UInt32(truncatingIfNeeded: value)) : Value.i64(value)
    }
    guard case .i64(let result)? = try function.call(vm, values).first else { return nil }
    return result
  }
}
