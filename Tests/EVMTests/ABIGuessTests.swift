import EVM
import Testing
import TxrayCore

/// Calldata of functions nobody described: the guess must read the shapes right and say it is a
/// guess.
@Suite struct ABIGuessTests {
  @Test func guessesAddressNumberAndBytesByShape() throws {
    let unknown = try ABIFunction(
      parsing: "zzUnlisted(address who, uint256 n, bytes blob, bytes32 tag)")
    let who = try #require(Address(hex: "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"))
    let tag = [UInt8](repeating: 0xee, count: 32)
    let calldata = try ABIEncoder.encodeCall(
      unknown, [.address(who), .uint(42), .bytes([1, 2, 3]), .fixedBytes(tag)])
    let call = CallDecoder().decode(calldata: calldata, contract: nil)
    #expect(call.source == .guess)
    #expect(call.functionName == nil)
    #expect(call.note?.contains("guessed") == true)
    #expect(call.arguments.map(\.type) == [.address, .uint(bits: 256), .bytes, .fixedBytes(32)])
    #expect(
      call.arguments.map(\.value) == [
        .address(who), .uint(42), .bytes([1, 2, 3]), .fixedBytes(tag),
      ])
  }

  @Test func knownSelectorWithBrokenArgumentsFallsBackToAGuessAndSaysWhy() throws {
    let approve = try ABIFunction(parsing: "approve(address spender, uint256 amount)")
    let calldata = approve.selector + [UInt8](repeating: 0xff, count: 40)
    let call = CallDecoder().decode(calldata: calldata, contract: nil)
    #expect(call.source == .guess)
    #expect(call.note?.contains("approve(address,uint256)") == true)
    #expect(call.note?.contains("trailing bytes") == true)
  }

  @Test func shortCalldataIsUnknown() {
    let call = CallDecoder().decode(calldata: [0x12, 0x34], contract: nil)
    #expect(call.source == .unknown)
    #expect(call.note?.contains("too short") == true)
  }
}
