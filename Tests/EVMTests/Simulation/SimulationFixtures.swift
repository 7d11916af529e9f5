import EVM
import TxrayCore

/// A post-state made of dictionaries, so effect derivation is tested on hand-made execution
/// results without an interpreter.
struct FakePostState: PostStateView {
  var codes: [Address: [UInt8]] = [:]
  var slots: [Address: [UInt256: UInt256]] = [:]
  /// Return data by (contract, 4-byte selector).
  var calls: [Address: [[UInt8]: [UInt8]]] = [:]

  func code(_ address: Address) -> [UInt8]? { codes[address] ?? [] }

  func storage(_ address: Address, slot: UInt256) -> UInt256? {
    slots[address]?[slot] ?? .zero
  }

  func staticCall(to: Address, data: [UInt8]) -> [UInt8]? {
    calls[to]?[Array(data.prefix(4))]
  }

  /// A token answering `symbol()`, `name()` and `decimals()` like an OpenZeppelin ERC-20.
  mutating func token(_ address: Address, symbol: String, name: String, decimals: UInt64) {
    codes[address] = [0x60, 0x00]
    calls[address] = [
      ABIFunction.selector(of: "symbol()"): SimulationFixtures.abiString(symbol),
      ABIFunction.selector(of: "name()"): SimulationFixtures.abiString(name),
      ABIFunction.selector(of: "decimals()"): UInt256(decimals).bigEndianBytes,
    ]
  }
}

enum SimulationFixtures {
  static let sender = address("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
  static let usdc = address("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")
  static let vitalik = address("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045")
  static let permit2 = address("0x000000000022D473030F116dDEE9F6B43aC78BA3")
  static let builder = address("0x95222290DD7278Aa3Ddd389Cc1E1d165CC4BAfe5")

  static let block = BlockEnvironment(
    number: 21_000_000, timestamp: 1_764_000_000, coinbase: builder, gasLimit: 36_000_000,
    baseFee: UInt256(10_000_000_000), prevRandao: .zero)

  static func address(_ hex: String) -> Address {
    Address(hex: hex) ?? Address(bytes: [UInt8](repeating: 0xee, count: 20))!
  }

  static func word(_ address: Address) -> UInt256 {
    UInt256(bigEndianBytes: address.bytes) ?? .zero
  }

  static func abiString(_ text: String) -> [UInt8] {
    (try? ABIEncoder.encode([.string(text)], as: [.string])) ?? []
  }

  /// A type-2 transaction request from `sender`.
  static func transaction(to: Address?, data: [UInt8] = [], value: UInt64 = 0) throws
    -> Transaction
  {
    var fields = [
      "\"from\":\"\(sender.checksummed)\"", "\"chainId\":\"0x1\"", "\"nonce\":\"0xb\"",
      "\"gas\":\"0x30d40\"", "\"maxFeePerGas\":\"0x6fc23ac00\"",
      "\"maxPriorityFeePerGas\":\"0x3b9aca00\"", "\"value\":\"0x\(String(value, radix: 16))\"",
      "\"data\":\"\(Hex.encode(data))\"",
    ]
    if let to { fields.append("\"to\":\"\(to.checksummed)\"") }
    return try TransactionDecoder.decode(jsonRequest: "{" + fields.joined(separator: ",") + "}")
  }

  static func calldata(_ signature: String, _ words: [UInt256]) -> [UInt8] {
    ABIFunction.selector(of: signature) + words.flatMap(\.bigEndianBytes)
  }

  static func topic(_ signature: String) -> UInt256 {
    UInt256(bigEndianBytes: Keccak256.hash(Array(signature.utf8))) ?? .zero
  }

  /// The fee the sender pays and the builder's tip, as state changes.
  static func feeChanges(gasUsed: UInt64) -> [AccountChange] {
    let fee = UInt256(gasUsed) * UInt256(11_000_000_000)
    let tip = UInt256(gasUsed) * UInt256(1_000_000_000)
    let start = UInt256(1_000_000_000_000_000_000)
    return [
      AccountChange(
        address: sender, before: AccountState(balance: start, nonce: 11),
        after: AccountState(balance: start - fee, nonce: 12)),
      AccountChange(
        address: builder, before: AccountState(balance: .zero),
        after: AccountState(balance: tip)),
    ]
  }

  static func simulator() -> EVMSimulator {
    EVMSimulator(
      fork: .osaka, block: block,
      state: InMemoryState(accounts: [:], storage: [:]))
  }
}
