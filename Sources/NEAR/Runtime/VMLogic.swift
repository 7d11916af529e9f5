import TxrayCore
import WasmKit

/// The state of one function call as its host functions see and change it: registers, gas,
/// logs, storage writes, the receipts it asks for. Host functions live in `Host/`, one file
/// per family, as extensions that read and write this.
final class VMLogic {
  let fees: FeeSchedule
  let context: CallContext
  /// Reads the contract's storage as it was before this call.
  let readStorage: ([UInt8]) throws(NEARStateError) -> [UInt8]?

  var memory: Memory?
  var registers: [UInt64: [UInt8]] = [:]
  var logs: [String] = []
  var totalLogLength: UInt64 = 0
  var returned: FunctionCallOutcome.Result = .value([])
  var storageChanges: [[UInt8]: [UInt8]?] = [:]
  var storageUsage: UInt64
  var balance: UInt256
  var receipts: [ReceiptRequest] = []
  /// `promise_and` joins and plain receipts, as contracts index them.
  var promises: [Promise] = []

  enum Promise {
    case receipt(Int)
    case joint([Int])

    var receiptIndices: [Int] {
      switch self {
      case .receipt(let index): return [index]
      case .joint(let indices): return indices
      }
    }
  }

  // Gas, as nearcore's gas counter keeps it.
  var gasBurnt: UInt64 = 0
  var gasUsed: UInt64 = 0
  let burntLimit: UInt64
  let prepaidGas: UInt64
  /// Fuel given to WasmKit at the last sync; what it has used since is charged as operators.
  var fuelGiven: UInt64 = 0
  weak var store: Store?

  init(
    fees: FeeSchedule, context: CallContext,
    readStorage: @escaping ([UInt8]) throws(NEARStateError) -> [UInt8]?
  ) {
    self.fees = fees
    self.context = context
    self.readStorage = readStorage
    self.storageUsage = context.storageUsage
    self.balance = context.accountBalance
    self.prepaidGas = context.prepaidGas
    self.burntLimit = min(fees.maxGasBurnt, context.prepaidGas)
  }

  // MARK: Gas

  /// Burns gas: it counts against both the prepaid gas and the per-call burn limit.
  func burn(_ gas: UInt64) throws(HostError) {
    let (burnt, burntOverflow) = gasBurnt.addingReportingOverflow(gas)
    let (used, usedOverflow) = gasUsed.addingReportingOverflow(gas)
    if burntOverflow || burnt > burntLimit {
      gasBurnt = burntLimit
      gasUsed = max(gasUsed, burntLimit)
      throw burntLimit < prepaidGas ? .gasLimitExceeded : .gasExceeded
    }
    if usedOverflow || used > prepaidGas {
      gasBurnt = burnt
      gasUsed = prepaidGas
      throw .gasExceeded
    }
    gasBurnt = burnt
    gasUsed = used
  }

  /// Gas set aside for a new receipt (its execution fees and attached gas): used, not burnt.
  func prepay(_ gas: UInt64) throws(HostError) {
    let (used, overflow) = gasUsed.addingReportingOverflow(gas)
    guard !overflow, used <= prepaidGas else {
      gasUsed = prepaidGas
      throw .gasExceeded
    }
    gasUsed = used
  }

  /// Fees for a new action on a receipt to `receiver`: send burnt now, execution prepaid.
  func payAction(send: UInt64, execution: UInt64) throws(HostError) {
    try burn(send)
    try prepay(execution)
  }

  func perByte(_ base: UInt64, _ byte: UInt64, _ count: UInt64) -> UInt64 {
    base.addingReportingOverflow(byte.multipliedReportingOverflow(by: count).partialValue)
      .partialValue
  }

  /// Gas left for Wasm operators, in fuel units.
  var fuelAvailable: UInt64 {
    let left = min(prepaidGas - min(gasUsed, prepaidGas), burntLimit - min(gasBurnt, burntLimit))
    return left / max(fees.host.regularOp, 1)
  }

  /// Wasm used all the fuel it was given: the gas that was left is burnt.
  func exhaust() -> HostError {
    let left = min(prepaidGas - min(gasUsed, prepaidGas), burntLimit - min(gasBurnt, burntLimit))
    gasBurnt &+= left
    gasUsed &+= left
    return gasBurnt >= burntLimit && burntLimit < prepaidGas ? .gasLimitExceeded : .gasExceeded
  }

  /// Charges the operators run since the last sync.
  func chargeOperators() throws(HostError) {
    guard let store, let remaining = store.fuel?.remaining else { return }
    let ran = fuelGiven - min(remaining, fuelGiven)
    fuelGiven = remaining
    try burn(ran.multipliedReportingOverflow(by: fees.host.regularOp).partialValue)
  }

  /// Hands WasmKit fuel for the gas that is left.
  func refuel() {
    fuelGiven = fuelAvailable
    store?.fuel = Fuel(remaining: fuelGiven)
  }

  // MARK: Memory

  func read(_ pointer: UInt64, _ length: UInt64) throws(HostError) -> [UInt8] {
    try burn(perByte(fees.host.readMemoryBase, fees.host.readMemoryByte, length))
    guard let memory, length <= UInt64(memory.byteCount),
      pointer <= UInt64(memory.byteCount) - length
    else { throw .memoryAccessViolation }
    if length == 0 { return [] }
    return memory.withUnsafeBufferPointer(offset: UInt(pointer), count: Int(length)) { Array($0) }
  }

  func write(_ pointer: UInt64, _ bytes: [UInt8]) throws(HostError) {
    try burn(perByte(fees.host.writeMemoryBase, fees.host.writeMemoryByte, UInt64(bytes.count)))
    let length = UInt64(bytes.count)
    guard let memory, length <= UInt64(memory.byteCount),
      pointer <= UInt64(memory.byteCount) - length
    else { throw .memoryAccessViolation }
    if bytes.isEmpty { return }
    memory.withUnsafeMutableBufferPointer(offset: UInt(pointer), count: bytes.count) {
      $0.copyBytes(from: bytes)
    }
  }

  /// A u128 (little-endian, 16 bytes) from memory: balances and deposits.
  func readU128(_ pointer: UInt64) throws(HostError) -> UInt256 {
    let bytes = try read(pointer, 16)
    return UInt256(bigEndianBytes: bytes.reversed()) ?? .zero
  }

  func writeU128(_ pointer: UInt64, _ value: UInt256) throws(HostError) {
    try write(pointer, Array(value.bigEndianBytes.suffix(16).reversed()))
  }

  /// Bytes given as (length, pointer), or the whole register `pointer` when the length is
  /// u64::MAX, as nearcore's `get_memory_or_register` allows.
  func readBuffer(_ length: UInt64, _ pointer: UInt64) throws(HostError) -> [UInt8] {
    if length == .max { return try readRegister(pointer) }
    return try read(pointer, length)
  }

  /// An account id given as (length, pointer) or a register: read, decoded as UTF-8 (paying
  /// `utf8_decoding_base` and per byte) and parsed, as nearcore's `read_and_parse_account_id`.
  func readAccountId(_ length: UInt64, _ pointer: UInt64) throws(HostError) -> AccountId {
    let bytes = try readBuffer(length, pointer)
    try burn(perByte(fees.host.utf8DecodingBase, fees.host.utf8DecodingByte, UInt64(bytes.count)))
    guard let text = String(validating: bytes, as: UTF8.self) else { throw .badUTF8 }
    guard let id = AccountId(text) else { throw .invalidAccountId }
    return id
  }

  /// A Borsh public key (type byte, then 32 or 64 bytes).
  func readPublicKey(_ length: UInt64, _ pointer: UInt64) throws(HostError) -> PublicKey {
    let bytes = try readBuffer(length, pointer)
    guard let first = bytes.first, let type = KeyType(rawValue: first),
      bytes.count == 1 + type.publicKeySize
    else { throw .invalidPublicKey }
    return PublicKey(type: type, data: Array(bytes.dropFirst()))
  }

  // MARK: Registers

  /// The register's bytes, paying `read_register_base` and per byte; nearcore charges nothing
  /// for a register that was never written.
  func readRegister(_ id: UInt64) throws(HostError) -> [UInt8] {
    guard let register = registers[id] else { throw .invalidRegisterId(id) }
    try burn(
      perByte(fees.host.readRegisterBase, fees.host.readRegisterByte, UInt64(register.count)))
    return register
  }

  func setRegister(_ id: UInt64, _ bytes: [UInt8]) throws(HostError) {
    try burn(perByte(fees.host.writeRegisterBase, fees.host.writeRegisterByte, UInt64(bytes.count)))
    try keep(bytes, inRegister: id)
  }

  /// Writes the call's input or a promise result to a register. With `deterministic_account_ids`
  /// nearcore shares that data with the register instead of copying it: only
  /// write_register_base is paid.
  func setSharedRegister(_ id: UInt64, _ bytes: [UInt8]) throws(HostError) {
    guard fees.deterministicAccountIds else { return try setRegister(id, bytes) }
    try burn(fees.host.writeRegisterBase)
    try keep(bytes, inRegister: id)
  }

  /// Every register limit (size, count, total memory) fails as nearcore's does: with
  /// `MemoryAccessViolation`.
  private func keep(_ bytes: [UInt8], inRegister id: UInt64) throws(HostError) {
    guard UInt64(bytes.count) <= fees.maxRegisterSize else { throw .memoryAccessViolation }
    if registers[id] == nil && registers.count >= fees.maxNumberRegisters {
      throw .memoryAccessViolation
    }
    let total = registers.values.reduce(UInt64(bytes.count)) { $0 &+ UInt64($1.count) }
    guard total <= fees.registersMemoryLimit else { throw .memoryAccessViolation }
    registers[id] = bytes
  }

  // MARK: Promises

  func receiptIndex(_ promise: UInt64) throws(HostError) -> Int {
    guard promise < UInt64(promises.count) else { throw .invalidPromiseIndex(promise) }
    guard case .receipt(let index) = promises[Int(promise)] else {
      throw .cannotAppendActionToJointPromise
    }
    return index
  }

  /// View calls may not see who signed or change anything: `name` is the host function nearcore
  /// names in its refusal.
  func refuseInView(_ name: String) throws(HostError) {
    if context.isView { throw .prohibitedInView(name) }
  }
}
