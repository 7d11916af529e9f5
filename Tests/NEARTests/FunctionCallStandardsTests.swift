import NEAR
import Testing
import TxrayCore

@Suite struct FunctionCallStandardsTests {
  let token = AccountId("usdc.near")!

  func meaning(_ method: String, _ args: String, deposit: UInt256 = 1) -> CallInterpretation? {
    FunctionCallStandards.interpret(
      FunctionCall(
        methodName: method, args: Array(args.utf8), gas: 30_000_000_000_000, deposit: deposit),
      receiverId: token)
  }

  @Test func fungibleTokens() {
    #expect(
      meaning("ft_transfer", #"{"receiver_id":"bob.near","amount":"5"}"#)
        == CallInterpretation(
          standard: "NEP-141", summary: "sends 5 base units of the token usdc.near to bob.near"))
    #expect(
      meaning("ft_transfer_call", #"{"receiver_id":"dex.near","amount":"5","msg":""}"#)?.summary
        .contains("dex.near.ft_on_transfer") == true)
    #expect(meaning("ft_transfer", #"{"amount":"5"}"#) == nil)
  }

  @Test func storageAndNFTs() {
    #expect(
      meaning("storage_deposit", "{}", deposit: UInt256(decimalString: "1250000000000000000000")!)?
        .summary == "pays 0.00125 NEAR for storage on usdc.near for the signer")
    #expect(meaning("storage_unregister", #"{"force":true}"#)?.summary.contains("burned") == true)
    #expect(
      meaning("nft_transfer", #"{"receiver_id":"bob.near","token_id":"7"}"#)?.standard == "NEP-171")
    #expect(
      meaning("nft_approve", #"{"token_id":"7","account_id":"market.near"}"#)?.summary.contains(
        "market.near") == true)
    #expect(meaning("nft_revoke_all", #"{"token_id":"7"}"#)?.standard == "NEP-178")
  }

  @Test func wrappingAndStaking() {
    let two = UInt256(decimalString: "2000000000000000000000000")!
    #expect(
      meaning("near_deposit", "{}", deposit: two)?.summary == "wraps 2 NEAR into wNEAR at usdc.near"
    )
    #expect(
      meaning("near_withdraw", #"{"amount":"2000000000000000000000000"}"#)?.summary.contains(
        "2 wNEAR") == true)
    #expect(
      meaning("deposit_and_stake", "{}", deposit: two)?.summary
        == "deposits and stakes 2 NEAR with usdc.near")
    #expect(
      meaning("unstake", #"{"amount":"2000000000000000000000000"}"#)?.summary
        == "unstakes 2 NEAR at usdc.near")
    #expect(meaning("withdraw_all", "")?.standard == "staking pool")
    #expect(meaning("play", "{}") == nil)
  }

  @Test func argumentsAreJSONOnlyWhenTheyParse() {
    #expect(FunctionCallArguments.jsonText(Array(#"{"a":1}"#.utf8)) == #"{"a":1}"#)
    #expect(FunctionCallArguments.jsonText([0, 159, 146]) == nil)
    #expect(FunctionCallArguments.jsonText(Array("not json".utf8)) == nil)
    #expect(FunctionCallArguments.jsonText([]) == nil)
  }

  @Test func gasBound() {
    let actions: [Action] = [
      .functionCall(FunctionCall(methodName: "a", args: [], gas: 30_000_000_000_000, deposit: 0)),
      .transfer(deposit: 5),
    ]
    #expect(GasFeeBound.prepaidGas(actions) == UInt256(30_000_000_000_000))
    // 30 Tgas × 10^9 yocto = 3 × 10^22 yocto = 0.03 NEAR.
    #expect(
      GasFeeBound.maximumPrepaidGasCost(actions)
        == UInt256(decimalString: "30000000000000000000000"))
  }
}
