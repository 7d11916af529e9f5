import EVM
import Testing
import TxrayCore

/// Malformed and hostile typed data fails with a typed error that names the place, never traps.
@Suite struct TypedDataHostileInputTests {
  static let domain = #"{"name":"T","chainId":1}"#

  static func document(types: String, primaryType: String, message: String) -> String {
    #"{"types":{\#(types)},"primaryType":"\#(primaryType)","domain":\#(domain),"message":\#(message)}"#
  }

  static func error(_ text: String) -> TypedDataError? {
    do {
      _ = try TypedData(parsing: text)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [
    // Wrong value types and ranges, each with the path the error must name.
    (#""A":[{"name":"v","type":"uint8"}]"#, "A", #"{"v":256}"#, "message.v"),
    (#""A":[{"name":"v","type":"uint8"}]"#, "A", #"{"v":-1}"#, "message.v"),
    (#""A":[{"name":"v","type":"int8"}]"#, "A", #"{"v":"-129"}"#, "message.v"),
    (#""A":[{"name":"v","type":"int8"}]"#, "A", #"{"v":128}"#, "message.v"),
    (#""A":[{"name":"v","type":"uint256"}]"#, "A", #"{"v":1.5}"#, "message.v"),
    (#""A":[{"name":"v","type":"uint256"}]"#, "A", #"{"v":"1e18"}"#, "message.v"),
    (#""A":[{"name":"v","type":"uint256"}]"#, "A", #"{"v":true}"#, "message.v"),
    (
      #""A":[{"name":"v","type":"uint256"}]"#, "A",
      #"{"v":"115792089237316195423570985008687907853269984665640564039457584007913129639936"}"#,
      "message.v"
    ),
    (#""A":[{"name":"a","type":"address"}]"#, "A", #"{"a":"0x1234"}"#, "message.a"),
    (
      #""A":[{"name":"a","type":"address"}]"#, "A",
      #"{"a":"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96046"}"#, "message.a"
    ),
    (#""A":[{"name":"b","type":"bytes4"}]"#, "A", #"{"b":"0x010203"}"#, "message.b"),
    (#""A":[{"name":"b","type":"bytes"}]"#, "A", #"{"b":"0x0g"}"#, "message.b"),
    (#""A":[{"name":"b","type":"bool"}]"#, "A", #"{"b":"true"}"#, "message.b"),
    (#""A":[{"name":"s","type":"string"}]"#, "A", #"{"s":5}"#, "message.s"),
    (#""A":[{"name":"x","type":"uint8[2]"}]"#, "A", #"{"x":[1]}"#, "message.x"),
    (#""A":[{"name":"x","type":"uint8[]"}]"#, "A", #"{"x":[1,"300"]}"#, "message.x[1]"),
    // Missing and extra members.
    (#""A":[{"name":"v","type":"uint8"}]"#, "A", #"{}"#, "message.v"),
    (#""A":[{"name":"v","type":"uint8"}]"#, "A", #"{"v":1,"w":2}"#, "message.w"),
    (
      #""A":[{"name":"b","type":"B"}],"B":[{"name":"c","type":"uint8"}]"#, "A",
      #"{"b":{"c":1,"d":2}}"#, "message.b.d"
    ),
    // Broken type definitions.
    (#""A":[{"name":"v","type":"Missing"}]"#, "A", #"{"v":1}"#, "types.A[0].type"),
    (#""A":[{"name":"v","type":"uint"}]"#, "A", #"{"v":1}"#, "types.A[0].type"),
    (#""A":[{"name":"v","type":"uint7"}]"#, "A", #"{"v":1}"#, "types.A[0].type"),
    (#""A":[{"name":"v","type":"uint8[0]"}]"#, "A", #"{"v":[]}"#, "types.A[0].type"),
    (
      #""A":[{"name":"v","type":"uint8"},{"name":"v","type":"uint8"}]"#, "A", #"{"v":1}"#,
      "types.A[1]"
    ),
    (#""A":[{"name":"v","type":"uint8"}]"#, "B", #"{"v":1}"#, "primaryType"),
    // Structs that contain themselves with nothing to end the nesting.
    (#""A":[{"name":"a","type":"A"}]"#, "A", #"{}"#, "types"),
    (#""A":[{"name":"b","type":"B"}],"B":[{"name":"a","type":"A[1]"}]"#, "A", #"{}"#, "types"),
  ])
  func rejectsWithPath(types: String, primaryType: String, message: String, path: String) {
    let failure = Self.error(
      Self.document(types: types, primaryType: primaryType, message: message))
    #expect(failure?.path == path, "\(types) \(message): \(String(describing: failure))")
  }

  @Test func selfReferenceThroughDynamicArrayIsAllowed() throws {
    let text = Self.document(
      types: #""Node":[{"name":"v","type":"uint8"},{"name":"kids","type":"Node[]"}]"#,
      primaryType: "Node", message: #"{"v":1,"kids":[{"v":2,"kids":[]},{"v":3,"kids":[]}]}"#)
    let typed = try TypedData(parsing: text)
    #expect(typed.encodedPrimaryType == "Node(uint8 v,Node[] kids)")
  }

  @Test func deepNestingFailsCleanly() {
    let depth = 10_000
    let message =
      String(repeating: #"{"v":1,"kids":["#, count: depth) + String(repeating: "]}", count: depth)
    let text = Self.document(
      types: #""Node":[{"name":"v","type":"uint8"},{"name":"kids","type":"Node[]"}]"#,
      primaryType: "Node", message: message)
    #expect(Self.error(text)?.message.contains("not valid JSON") == true)
  }

  @Test func hugeArrayFailsCleanly() {
    let elements = Array(repeating: "1", count: TypedData.maxValues + 1)
      .joined(separator: ",")
    let text = Self.document(
      types: #""A":[{"name":"x","type":"uint8[]"}]"#, primaryType: "A",
      message: #"{"x":[\#(elements)]}"#)
    #expect(Self.error(text)?.message.contains("more than") == true)
  }

  @Test func malformedJSONAndWrappersFail() {
    #expect(Self.error("{") != nil)
    #expect(Self.error(#"{"types":{},"types":{}}"#)?.message.contains("duplicate") == true)
    #expect(Self.error("[]")?.message == "typed data must be a JSON object")
    #expect(
      Self.error(#"{"method":"eth_sign","params":["0x00","0x00"]}"#)?.path == "method")
    #expect(
      Self.error(#"{"method":"eth_signTypedData_v4","params":["0x12"]}"#)?.path == "params")
    #expect(
      Self.error(
        #"{"method":"eth_signTypedData_v4","params":["0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","{"]}"#
      )?.message
        .contains("not valid JSON") == true)
    #expect(Self.error(#"{"types":{},"primaryType":"A","domain":{"bogus":1},"message":{}}"#) != nil)
  }

  @Test func randomMutationsNeverTrap() throws {
    let base = Self.document(
      types: #""P":[{"name":"w","type":"address"},{"name":"n","type":"int16[2][]"}]"#,
      primaryType: "P",
      message: #"{"w":"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045","n":[[1,-2],[3,4]]}"#)
    _ = try TypedData(parsing: base)
    var generator = SeededGenerator(seed: 712)
    let bytes = Array(base.utf8)
    for _ in 0..<2_000 {
      var mutated = bytes
      let i = Int.random(in: 0..<mutated.count, using: &generator)
      mutated[i] = UInt8.random(in: 0x20...0x7e, using: &generator)
      _ = try? TypedData(parsing: String(decoding: mutated, as: UTF8.self))
    }
  }

  @Test func typeGraphIsBounded() throws {
    func chain(_ count: Int) -> String {
      (0..<count).map { i in
        i + 1 < count
          ? #""T\#(i)":[{"name":"next","type":"T\#(i + 1)[]"}]"#
          : #""T\#(i)":[{"name":"v","type":"uint8"}]"#
      }.joined(separator: ",")
    }
    let longest = try TypedData(
      parsing: Self.document(
        types: chain(TypedDataTypes.maxStructs - 1), primaryType: "T0", message: #"{"next":[]}"#))
    #expect(longest.encodedPrimaryType.hasPrefix("T0(T1[] next)T1(T2[] next)T10("))
    let failure = Self.error(
      Self.document(
        types: chain(TypedDataTypes.maxStructs + 1), primaryType: "T0", message: #"{"next":[]}"#))
    #expect(failure?.path == "types")
  }
}
