import EVM
import Foundation
import Testing
import TxrayCore

/// Typed-data documents hashed by eth-account (`scripts/gen-typed-data-vectors.py`): EIP-2612
/// and DAI permits, every Permit2 form, a Seaport order, nested arrays and EIP-712's Mail example.
@Suite struct TypedDataVectorTests {
  struct Vector {
    var name: String
    var document: JSONValue
    var encodeType: String
    var domainSeparator: String
    var messageHash: String
    var digest: String
  }

  static func vectors() throws -> [Vector] {
    let url = try #require(
      Bundle.module.url(
        forResource: "typed-data-vectors", withExtension: "json", subdirectory: "Fixtures"))
    let json = try JSONValue(parsing: String(contentsOf: url, encoding: .utf8))
    return try #require(json.arrayItems).map { item in
      Vector(
        name: try #require(item["name"]?.stringValue),
        document: try #require(item["typedData"]),
        encodeType: try #require(item["encodeType"]?.stringValue),
        domainSeparator: try #require(item["domainSeparator"]?.stringValue),
        messageHash: try #require(item["messageHash"]?.stringValue),
        digest: try #require(item["digest"]?.stringValue))
    }
  }

  @Test func everyVectorHashesLikeEthAccount() throws {
    let vectors = try Self.vectors()
    #expect(vectors.count == 10)
    for vector in vectors {
      let typed = try TypedData(document: vector.document)
      #expect(typed.encodedPrimaryType == vector.encodeType, "\(vector.name)")
      #expect(Hex.encode(typed.domainSeparator) == vector.domainSeparator, "\(vector.name)")
      #expect(typed.messageHash.map { Hex.encode($0) } == vector.messageHash, "\(vector.name)")
      #expect(Hex.encode(typed.digest) == vector.digest, "\(vector.name)")
    }
  }

  @Test func mailExampleMatchesTheSpecification() throws {
    let vectors = try Self.vectors()
    let mail = try #require(vectors.first { $0.name == "eip712-mail" })
    let typed = try TypedData(document: mail.document)
    #expect(
      typed.encodedPrimaryType
        == "Mail(Person from,Person to,string contents)Person(string name,address wallet)")
    #expect(
      Hex.encode(typed.digest)
        == "0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2")
    #expect(typed.message[member: "to"]?[member: "name"]?.displayText == "Bob")
  }

  @Test func jsonRPCCallWithStringParamUnwraps() throws {
    let vectors = try Self.vectors()
    let vector = try #require(vectors.first { $0.name == "eip2612-permit" })
    let inner = JSONText.serialize(vector.document)
    let call = JSONText.serialize(
      .object([
        ("method", .string("eth_signTypedData_v4")),
        (
          "params", .array([.string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), .string(inner)])
        ),
      ]))
    let typed = try TypedData(parsing: call)
    #expect(Hex.encode(typed.digest) == vector.digest)
    #expect(typed.signer?.checksummed == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
  }
}

/// Writes a `JSONValue` back to text for tests that build inputs from fixtures.
enum JSONText {
  static func serialize(_ json: JSONValue) -> String {
    switch json {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let text): return text
    case .string(let text): return JSONValue.string(text).serialized
    case .array(let items): return "[" + items.map(serialize).joined(separator: ",") + "]"
    case .object(let members):
      return "{"
        + members.map { JSONValue.string($0.key).serialized + ":" + serialize($0.value) }
        .joined(separator: ",") + "}"
    }
  }
}
