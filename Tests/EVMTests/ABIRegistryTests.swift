import EVM
import Testing
import TxrayCore

@Suite struct ABIRegistryTests {
  let registry = SelectorRegistry.bundled

  @Test func everyDeclarationParses() {
    #expect(registry.malformed.isEmpty, "\(registry.malformed.map(\.declaration))")
  }

  @Test func hasSeveralHundredFunctionsAndNoDuplicateSignature() {
    let signatures = registry.functions.map(\.function.signature)
    print("selector registry: \(signatures.count) functions, \(Set(signatures).count) signatures")
    #expect(signatures.count >= 250)
    var seen = Set<String>()
    let duplicates = signatures.filter { !seen.insert($0).inserted }
    #expect(duplicates.isEmpty, "duplicate signatures: \(duplicates)")
  }

  @Test func reportsSelectorCollisions() {
    // A collision is not an error (4-byte hashes collide), but it must be known and shown.
    for (selector, signatures) in registry.collisions {
      print("selector collision \(Hex.encode(selector)): \(signatures.joined(separator: ", "))")
    }
    #expect(registry.collisions.values.allSatisfy { $0.count > 1 })
  }

  @Test func commonFunctionsHaveNamesAndIntents() throws {
    let approve = registry.functions(selector: try Hex.decode("0x095ea7b3"))
    #expect(approve.map(\.function.signature) == ["approve(address,uint256)"])
    #expect(approve.first?.intent == "Approve token spending")
    #expect(approve.first?.function.inputs.map(\.name) == ["spender", "amount"])
    let transfer = registry.functions(selector: try Hex.decode("0xa9059cbb"))
    #expect(transfer.first?.intent == "Transfer tokens")
    #expect(registry.functions(selector: [0xff, 0xff, 0xff, 0xfe]).isEmpty)
    // Seaport mined a function name whose selector is 0x00000000, to save calldata gas.
    let zero = registry.functions(selector: [0, 0, 0, 0])
    #expect(zero.map(\.function.name) == ["fulfillBasicOrder_efficient_6GL6yc"])
  }

  /// `burn(uint256)` and `collate_propagate_storage(bytes16)` share selector 0x42966c68, a
  /// well-known real collision.
  @Test func collidingSelectorsShowEveryCandidateThatDecodes() throws {
    let registry = SelectorRegistry(entries: [
      RegistryEntry("burn(uint256 amount)", "Burn tokens", interface: "ERC-20"),
      RegistryEntry("collate_propagate_storage(bytes16 data)", interface: "Collision"),
    ])
    #expect(registry.collisions.count == 1)
    let decoder = CallDecoder(registry: registry)
    let burn = try ABIFunction(parsing: "burn(uint256 amount)")

    // A small amount cannot be a bytes16 (its low 16 bytes are not zero): not ambiguous.
    let small = decoder.decode(calldata: try ABIEncoder.encodeCall(burn, [.uint(5)]), contract: nil)
    #expect(small.signature == "burn(uint256)")
    #expect(small.alternatives.isEmpty)

    // A word whose low 16 bytes are zero fits both: both are shown, the call is ambiguous.
    let word = UInt256(0xabcd) << 128
    let both = decoder.decode(
      calldata: try ABIEncoder.encodeCall(burn, [.uint(word)]), contract: nil)
    #expect(both.signature == "burn(uint256)")
    #expect(both.alternatives.map(\.signature) == ["collate_propagate_storage(bytes16)"])
    #expect(both.note?.contains("ambiguous") == true)

    // The contract's own ABI settles it.
    let own = try ABIFunction(parsing: "collate_propagate_storage(bytes16 data)")
    let contract = try #require(Address(hex: "0x00000000000000000000000000000000000000aa"))
    let resolved = CallDecoder(
      registry: registry, userABI: UserABI(contractFunctions: [contract: [own]])
    ).decode(calldata: try ABIEncoder.encodeCall(burn, [.uint(word)]), contract: contract)
    #expect(resolved.source == .abi)
    #expect(resolved.signature == "collate_propagate_storage(bytes16)")
    #expect(resolved.alternatives.isEmpty)
  }

  @Test func universalRouterCommandsAreNamed() throws {
    let execute = try ABIFunction(parsing: "execute(bytes commands, bytes[] inputs)")
    let wrap = try ABIEncoder.encode(
      [
        .address(try #require(Address(hex: "0x0000000000000000000000000000000000000002"))),
        .uint(9),
      ],
      as: [.address, .uint(bits: 256)])
    let calldata = try ABIEncoder.encodeCall(
      execute, [.bytes([0x0b, 0x3f, 0x8c]), .array([.bytes(wrap), .bytes([]), .bytes([])])])
    let call = CallDecoder().decode(calldata: calldata, contract: nil)
    #expect(call.calls.map(\.functionName) == ["WRAP_ETH", nil, "UNWRAP_WETH"])
    #expect(call.calls[0].arguments.map(\.name) == ["recipient", "amountMin"])
    #expect(call.calls[1].note?.contains("unknown Universal Router command") == true)
    #expect(call.calls[2].note?.contains("allowed to fail") == true)
    #expect(call.calls[2].note?.contains("does not decode") == true)
  }
}
