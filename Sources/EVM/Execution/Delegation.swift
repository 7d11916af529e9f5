import TxrayCore

/// EIP-7702 delegation designators: code `0xef0100 ‖ address` makes an account run `address`'s
/// code.
enum Delegation {
  static let prefix: [UInt8] = [0xef, 0x01, 0x00]
  static let designatorLength = 23

  static func target(of code: [UInt8]) -> Address? {
    guard code.count == designatorLength, code[0] == 0xef, code[1] == 0x01, code[2] == 0x00 else {
      return nil
    }
    return Address(bytes: code[3...])
  }

  static func designator(for address: Address) -> [UInt8] {
    prefix + address.bytes
  }
}
