import EVM
import Testing
import TxrayCore

@Suite struct ABITypeTests {
  @Test func parsesNestedArraysInsideOut() throws {
    let type = try ABIType(parsing: "uint256[2][]")
    #expect(type == .array(.fixedArray(.uint(bits: 256), count: 2)))
    #expect(type.description == "uint256[2][]")
    #expect(type.isDynamic)
    #expect(try ABIType(parsing: "uint256[2][3]").headSize == 192)
  }

  @Test func parsesTuplesAndAliases() throws {
    let type = try ABIType(parsing: "(uint, int, (address,bytes)[] calls)[1]")
    #expect(type.description == "(uint256,int256,(address,bytes)[])[1]")
    #expect(type.isDynamic)
    #expect(try ABIType(parsing: "bytes32").headSize == 32)
    #expect(try ABIType(parsing: "()").description == "()")
  }

  @Test func rejectsWhatIsNotAType() {
    for text in [
      "uint7", "uint264", "uint08", "int0", "bytes0", "bytes33", "fixed128x18", "ufixed", "",
      "uint256[0]", "uint256[", "uint256[-1]", "(uint256", "(uint256,)", "address x y", "tuple",
      "uint256[99999999999999999999999]",
    ] {
      #expect(throws: ABIError.self, "\(text)") { try ABIType(parsing: text) }
    }
  }

  @Test func fixedPointIsRejectedWithAClearReason() {
    #expect {
      try ABIType(parsing: "fixed128x18")
    } throws: { error in
      (error as? ABIError)?.message.contains("fixed-point") == true
    }
  }

  @Test func nestingIsBounded() throws {
    let deep = String(repeating: "(", count: 40) + "uint8" + String(repeating: ")", count: 40)
    #expect(throws: ABIError.self) { try ABIType(parsing: deep) }
    let deepArrays = "uint8" + String(repeating: "[]", count: 40)
    #expect(throws: ABIError.self) { try ABIType(parsing: deepArrays) }
    // Siblings do not add up: forty array parameters side by side are fine.
    let wide = "(" + Array(repeating: "uint8[]", count: 40).joined(separator: ",") + ")"
    #expect(try ABIType(parsing: wide).description == wide)
  }

  @Test func hugeFixedArraysHaveNoHeadSizeInsteadOfOverflowing() throws {
    let type = try ABIType(parsing: "uint256[4611686018427387904][4]")
    #expect(type.headSize == nil)
  }

  @Test func functionDeclarationsGiveSignatureAndSelector() throws {
    let approve = try ABIFunction(parsing: "function approve(address spender, uint256 amount)")
    #expect(approve.signature == "approve(address,uint256)")
    #expect(approve.inputs.map(\.name) == ["spender", "amount"])
    #expect(Hex.encode(approve.selector) == "0x095ea7b3")
    let batch = try ABIFunction(
      parsing: "aggregate3((address target, bool allowFailure, bytes callData)[] calls)")
    #expect(batch.signature == "aggregate3((address,bool,bytes)[])")
    #expect(batch.inputs[0].components.map(\.name) == ["target", "allowFailure", "callData"])
    #expect(try ABIFunction(parsing: "deposit()").inputs.isEmpty)
    #expect(throws: ABIError.self) { try ABIFunction(parsing: "1bad(uint256)") }
    #expect(throws: ABIError.self) { try ABIFunction(parsing: "f(uint256) extra") }
  }

  @Test func signedIntegersRoundTripThroughTwosComplement() throws {
    let minusOne = ABIValue.int(negative: true, magnitude: 1)
    #expect(minusOne == .int(.max))
    #expect(minusOne.signedDecimalString == "-1")
    let word = try ABIEncoder.word(minusOne, as: .int(bits: 8))
    #expect(word == [UInt8](repeating: 0xff, count: 32))
    #expect(throws: ABIError.self) {
      try ABIEncoder.word(.int(negative: true, magnitude: 129), as: .int(bits: 8))
    }
    #expect(throws: ABIError.self) { try ABIEncoder.word(.uint(256), as: .uint(bits: 8)) }
    #expect(throws: ABIError.self) { try ABIEncoder.word(.bytes([1]), as: .bytes) }
  }

  @Test func invalidUTF8StringsKeepTheirBytes() throws {
    let raw: [UInt8] = [0x68, 0x69, 0xff]
    let encoded = try ABIEncoder.encode([.string(ABIString(bytes: raw))], as: [.string])
    let decoded = try ABIDecoder.decode([ABIParameter(type: .string)], from: encoded)
    #expect(decoded == [.string(ABIString(bytes: raw))])
    guard case .string(let string) = decoded[0] else { return }
    #expect(string.text == nil)
    #expect(decoded[0].text(as: .string) == "(invalid UTF-8) 0x6869ff")
    #expect(
      decoded[0].json(as: .string) == .object([("invalidUTF8", .string("0x6869ff"))]))
  }

  @Test func valuesShowAsTextAndJSON() throws {
    let type = try ABIType(parsing: "(address to,uint256 amount,int8)")
    let to = try #require(Address(hex: "0xd8da6bf26964af9d7eed9e03e53415d37aa96045"))
    let value = ABIValue.tuple([.address(to), .uint(5), .int(negative: true, magnitude: 3)])
    #expect(
      value.text(as: type) == "(to: 0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045, amount: 5, -3)")
    #expect(
      value.json(as: type)
        == .object([
          ("to", .string("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045")), ("amount", .string("5")),
          ("2", .string("-3")),
        ]))
    let hostile = ABIValue.string("\u{1b}[2Jhi\u{202e}")
    #expect(hostile.text(as: .string) == "\"\\x1b[2Jhi\\u{202e}\"")
  }
}
