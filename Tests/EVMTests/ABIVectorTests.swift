import EVM
import Foundation
import Testing
import TxrayCore

/// Checks txray's ABI encoder, decoder, selectors and nested-call decoding against encodings made
/// by eth-abi and eth-utils (scripts/gen-abi-vectors.py), an independent implementation.
@Suite struct ABIVectorTests {
  /// One section of the fixture; empty when the file is missing, which the count checks catch.
  static func list(_ key: String) -> [[String: Any]] {
    guard
      let url = Bundle.module.url(
        forResource: "abi-vectors", withExtension: "json", subdirectory: "Fixtures"),
      let data = try? Data(contentsOf: url),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [] }
    return object[key] as? [[String: Any]] ?? []
  }

  @Test func everyRoundTripVectorEncodesAndDecodesLikeEthABI() throws {
    let vectors = Self.list("roundTrip")
    #expect(vectors.count >= 300)
    for (index, vector) in vectors.enumerated() {
      let typeNames = try #require(vector["types"] as? [String])
      let types = try typeNames.map { try ABIType(parsing: $0) }
      #expect(types.map(\.description) == typeNames, "vector \(index): canonical spelling")
      let jsonValues = try #require(vector["values"] as? [Any])
      let values = try zip(types, jsonValues).map { try Self.value($1, as: $0) }
      let encoded = try Hex.decode(try #require(vector["encoded"] as? String))
      #expect(try ABIEncoder.encode(values, as: types) == encoded, "vector \(index): \(typeNames)")
      let parameters = types.map { ABIParameter(type: $0) }
      #expect(
        try ABIDecoder.decode(parameters, from: encoded) == values,
        "vector \(index): \(typeNames)")
    }
  }

  @Test func selectorsMatchEthUtils() throws {
    let vectors = Self.list("selectors")
    #expect(vectors.count >= 20)
    let registrySignatures = Set(SelectorRegistry.bundled.functions.map(\.function.signature))
    for vector in vectors {
      let signature = try #require(vector["signature"] as? String)
      let expected = try #require(vector["selector"] as? String)
      #expect(Hex.encode(ABIFunction.selector(of: signature)) == expected, "\(signature)")
      #expect(registrySignatures.contains(signature), "registry lacks \(signature)")
      let registered = SelectorRegistry.bundled.functions(selector: try Hex.decode(expected))
      #expect(registered.contains { $0.function.signature == signature }, "\(signature)")
    }
  }

  @Test func batchCallsDecodeToTheirInnerCalls() throws {
    let vectors = Self.list("nested")
    #expect(vectors.count >= 6)
    for vector in vectors {
      let name = vector["name"] as? String ?? "?"
      let calldata = try Hex.decode(try #require(vector["calldata"] as? String))
      let to = Address(hex: vector["to"] as? String ?? "")
      let call = CallDecoder().decode(calldata: calldata, contract: to)
      #expect(call.source == .registry, "\(name)")
      #expect(call.functionName == vector["function"] as? String, "\(name)")
      let expected = vector["calls"] as? [String] ?? []
      #expect(call.calls.map(\.functionName) == expected.map(Optional.some), "\(name)")
      if let grandchildren = vector["grandchildren"] as? [Any] {
        let names = call.calls.first?.calls.map(\.functionName) ?? []
        #expect(names == grandchildren.map { $0 as? String }, "\(name)")
      }
      #expect(call.calls.allSatisfy { $0.source == .registry }, "\(name)")
    }
  }

  /// The fixture's JSON value for `type`: integers as decimal strings, bytes and addresses as
  /// hex, arrays and tuples as JSON arrays.
  static func value(_ json: Any, as type: ABIType) throws -> ABIValue {
    switch type {
    case .uint:
      let text = try #require(json as? String)
      return .uint(try #require(UInt256(decimalString: text)))
    case .int:
      let text = try #require(json as? String)
      let negative = text.hasPrefix("-")
      let magnitude = try #require(UInt256(decimalString: String(text.drop { $0 == "-" })))
      return .int(negative: negative, magnitude: magnitude)
    case .address:
      let text = try #require(json as? String)
      return .address(try #require(Address(hex: text)))
    case .bool:
      return .bool(try #require(json as? Bool))
    case .fixedBytes:
      return .fixedBytes(try Hex.decode(try #require(json as? String)))
    case .bytes:
      return .bytes(try Hex.decode(try #require(json as? String)))
    case .string:
      return .string(try #require(json as? String))
    case .array(let element), .fixedArray(let element, _):
      return .array(try (try #require(json as? [Any])).map { try value($0, as: element) })
    case .tuple(let fields):
      let items = try #require(json as? [Any])
      return .tuple(try zip(fields, items).map { try value($1, as: $0.type) })
    }
  }
}
