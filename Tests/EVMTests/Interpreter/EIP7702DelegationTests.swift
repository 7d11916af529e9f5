import EVM
import Testing
import TxrayCore

/// EIP-7702: an authorization sets `0xef0100 ‖ delegate` as the authority's code, calls to the
/// authority run the delegate's code, and EXTCODESIZE sees the 23-byte designator.
@Suite struct EIP7702DelegationTests {
  static let authority = Address(hex: "0x00000000000000000000000000000000000b0b00")!

  /// A tuple whose authority is already known (as the decoder recovers it), with r and s in
  /// the range the protocol accepts.
  static func authorization(to delegate: Address, nonce: UInt256 = 0) -> Authorization {
    Authorization(
      chainId: 1, address: delegate, nonce: nonce, yParity: 0, r: 1, s: 1, authority: authority)
  }

  @Test func setsDesignatorAndRunsDelegateCode() {
    let delegateCode = Assembler().push(0x2a).returnTopWord().code
    let chain = TestChain(
      code: delegateCode, extra: [Self.authority: AccountState(balance: 1)])
    let result = chain.execute(
      to: Self.authority, authorizations: [Self.authorization(to: TestChain.contract)])
    #expect(result.status == .success)
    #expect(result.output == UInt256(0x2a).bigEndianBytes)
    let change = result.changes.first { $0.address == Self.authority }
    #expect(change?.after?.code == [0xef, 0x01, 0x00] + TestChain.contract.bytes)
    #expect(change?.after?.nonce == 1)
  }

  @Test func extcodesizeSeesDesignator() {
    let probe = Assembler().push(Self.authority).op(.extcodesize).returnTopWord().code
    let designator = [0xef, 0x01, 0x00] + TestChain.other.bytes
    let chain = TestChain(code: probe, extra: [Self.authority: AccountState(code: designator)])
    #expect(chain.execute().output == UInt256(23).bigEndianBytes)
  }

  @Test func wrongNonceIsSkipped() {
    let chain = TestChain(
      code: [Opcode.stop.rawValue], extra: [Self.authority: AccountState(balance: 1)])
    let result = chain.execute(
      to: TestChain.contract,
      authorizations: [Self.authorization(to: TestChain.contract, nonce: 5)])
    #expect(result.status == .success)
    #expect(!result.changes.contains { $0.address == Self.authority })
  }
}
