import EVM
import Foundation
import Testing
import TxrayCore

/// Real registry descriptors (Uniswap Permit2 and Router 02, Tether) applied to typed data signed
/// by eth-account and calldata encoded by eth-abi (`scripts/gen-typed-data-vectors.py`).
@Suite struct ClearSigningMatchTests {
  static let clearSigning: ClearSigning? = try? ClearSigning(
    registry: ClearSigningRegistryTests.publicRegistry())

  static func call(_ name: String) throws -> (calldata: [UInt8], to: Address, signature: String) {
    let url = try #require(
      Bundle.module.url(
        forResource: "clear-signing-calls", withExtension: "json", subdirectory: "Fixtures"))
    let json = try JSONValue(parsing: String(contentsOf: url, encoding: .utf8))
    let entry = try #require(json.arrayItems?.first { $0["name"]?.stringValue == name })
    let calldata = try #require(entry["calldata"]?.stringValue)
    let to = try #require(entry["to"]?.stringValue.flatMap(Address.init(hex:)))
    let signature = try #require(entry["signature"]?.stringValue)
    return (try Hex.decode(calldata), to, signature)
  }

  static func typedData(_ name: String) throws -> TypedData {
    let vectors = try TypedDataVectorTests.vectors()
    let vector = try #require(vectors.first { $0.name == name })
    return try TypedData(document: vector.document)
  }

  @Test func permit2SingleMatchesUniswapDescriptor() throws {
    let clearSigning = try #require(Self.clearSigning)
    let typed = try Self.typedData("permit2-single")
    let described = try #require(clearSigning.describe(typedData: typed))
    #expect(described.descriptorFile == "registry/uniswap/eip712-uniswap-permit2.json")
    #expect(described.intent == "Authorize spending of token")
    let fields = Dictionary(described.fields.map { ($0.label, $0.value) }) { a, _ in a }
    #expect(fields["Spender"] == "0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af")
    #expect(fields["Amount allowance"] == "1461501637330902918203684832716283019655932.542975 USDC")
    #expect(fields["Approval expires"] == "2026-12-28 12:00 UTC")
    #expect(fields["Sig Deadline"] == nil, "visible: never")
  }

  @Test func permit2BatchIteratesDetails() throws {
    let clearSigning = try #require(Self.clearSigning)
    let typed = try Self.typedData("permit2-batch")
    let described = try #require(clearSigning.describe(typedData: typed))
    #expect(described.intent == "Authorize spending of tokens")
    let amounts = described.fields.filter { $0.label == "Amount allowance" }.map(\.value)
    #expect(amounts.count == 2)
    #expect(amounts.first == "2500 USDC")
    #expect(amounts.last?.hasSuffix(" WETH") == true)
    #expect(described.fields.filter { $0.label == "Approval expires" }.count == 2)
  }

  @Test func uniswapExactInputSingleMatchesRouterDescriptor() throws {
    let clearSigning = try #require(Self.clearSigning)
    let call = try Self.call("uniswap-exact-input-single")
    let described = try #require(
      clearSigning.describe(calldata: call.calldata, in: .init(chainId: 1, to: call.to)))
    #expect(described.descriptorFile == "registry/uniswap/calldata-UniswapV3Router02.json")
    #expect(described.intent == "swap")
    let fields = Dictionary(described.fields.map { ($0.label, $0.value) }) { a, _ in a }
    #expect(fields["Send"] == "1000 USDC")
    #expect(fields["Minimum to Receive"] == "0.3 WETH")
    #expect(fields["Uniswap fee"] == "0.05%")
    #expect(fields["Beneficiary"] == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
  }

  @Test func decodedCallIsDescribedByPosition() throws {
    let clearSigning = try #require(Self.clearSigning)
    let call = try Self.call("usdt-approve-unlimited")
    let permit2 = try #require(Address(hex: "0x000000000022D473030F116dDEE9F6B43aC78BA3"))
    // Names from another ABI (the decoder's registry) must not matter: the descriptor's own
    // parameter names are what its paths use.
    let decoded = DecodedCall(
      selector: Array(call.calldata.prefix(4)), signature: call.signature, functionName: "approve",
      arguments: [
        .init(name: "spender", type: .address, value: .address(permit2)),
        .init(name: "amount", type: .uint(bits: 256), value: .uint(.max)),
      ], source: .registry)
    let described = try #require(clearSigning.describe(call: decoded, chainId: 1, to: call.to))
    #expect(described.intent == "Approve")
    #expect(described.fields.map(\.label) == ["Spender", "Amount"])
    #expect(described.fields.last?.value == "Unlimited USDT")
    #expect(clearSigning.describe(call: decoded, chainId: 5, to: call.to) == nil)
  }

  @Test func usdtTransferUsesDescriptorTokenMetadata() throws {
    let clearSigning = try #require(Self.clearSigning)
    let call = try Self.call("usdt-transfer")
    let polygonUSDT = try #require(Address(hex: "0xc2132D05D31c914a87C6611C10748AEb04B58e8F"))
    let described = try #require(
      clearSigning.describe(calldata: call.calldata, in: .init(chainId: 137, to: polygonUSDT)))
    #expect(described.intent == "Send")
    #expect(described.fields.first?.value == "12.345678 USDT")
  }

  @Test func aaveMulticallDescribesEachInnerCall() throws {
    let clearSigning = try #require(Self.clearSigning)
    let call = try Self.call("aave-multicall")
    let described = try #require(
      clearSigning.describe(calldata: call.calldata, in: .init(chainId: 1, to: call.to)))
    #expect(described.intent == "Multicall")
    #expect(described.fields.map(\.label) == ["Call", "Call"])
    let inner = described.fields.flatMap(\.nested)
    #expect(inner.map(\.intent) == ["Supply", "Withdraw"])
    #expect(inner.first?.fields.first?.value == "500 USDC")
    #expect(inner.last?.fields.first?.value == "Max WETH")
  }
}
