import Foundation
import Testing
import TxrayCore

@testable import EVM

@Test func tmpProfile() throws {
  let n = 20000
  let bytes20 = [UInt8](repeating: 7, count: 20)
  let slice20 = ([0] + bytes20)[1...]
  let key = [UInt8](repeating: 9, count: 64)
  let b32 = [UInt8](repeating: 0xab, count: 33)[1...]
  func time(_ name: String, _ body: () -> Void) {
    let start = ContinuousClock.now
    for _ in 0..<n { body() }
    print("PROFILE \(name): \((ContinuousClock.now - start) / n)")
  }
  time("Address(bytes: array)") { _ = Address(bytes: bytes20) }
  time("Address(bytes: slice)") { _ = Address(bytes: slice20) }
  time("fromPublicKey") { _ = Address.fromPublicKey(uncompressed64: key) }
  time("keccak64") { _ = key.withUnsafeBytes { Keccak256.hash($0) } }
  time("u256 generic 32") { _ = UInt256(bigEndianBytes: b32) }
  time("bigEndianBytes") { _ = UInt256.max.bigEndianBytes }
  time("address.bytes") { _ = Address(bytes: bytes20)!.bytes }
}
