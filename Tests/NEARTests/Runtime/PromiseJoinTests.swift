import NEAR
import Testing
import TxrayCore
import WAT

/// `promise_and`: a callback waits for two calls and sees both results.
@Suite struct PromiseJoinTests {
  typealias F = SimulationFixtures

  /// `fan_out` calls dex.near's `ft_on_transfer` twice, joins them and returns the result of a
  /// `collect` callback, which returns how many results it saw and the first one's bytes.
  static let joiner = #"""
    (module
      (import "env" "promise_create"
        (func $create (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
      (import "env" "promise_and" (func $and (param i64 i64) (result i64)))
      (import "env" "promise_then"
        (func $then (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
      (import "env" "promise_return" (func $return (param i64)))
      (import "env" "promise_results_count" (func $count (result i64)))
      (import "env" "promise_result" (func $result (param i64 i64) (result i64)))
      (import "env" "read_register" (func $read (param i64 i64)))
      (import "env" "value_return" (func $value (param i64 i64)))
      (memory (export "memory") 1)
      (data (i32.const 0) "dex.near")
      (data (i32.const 16) "ft_on_transfer")
      (data (i32.const 32) "{\"amount\":\"5\",\"msg\":\"refund:2\"}")
      (data (i32.const 96) "joiner.near")
      (data (i32.const 112) "collect")
      (func $call (result i64)
        (call $create (i64.const 8) (i64.const 0) (i64.const 14) (i64.const 16) (i64.const 31)
          (i64.const 32) (i64.const 128) (i64.const 10000000000000)))
      (func (export "fan_out")
        (i64.store (i32.const 160) (call $call))
        (i64.store (i32.const 168) (call $call))
        (call $return
          (call $then (call $and (i64.const 160) (i64.const 2)) (i64.const 11) (i64.const 96)
            (i64.const 7) (i64.const 112) (i64.const 0) (i64.const 0) (i64.const 128)
            (i64.const 10000000000000))))
      (func (export "collect")
        (i64.store (i32.const 200) (call $count))
        (drop (call $result (i64.const 0) (i64.const 1)))
        (call $read (i64.const 1) (i64.const 208))
        (call $value (i64.const 11) (i64.const 200))))
    """#

  @Test func callbackSeesBothJoinedResults() throws {
    let state = F.snapshot([
      F.user("alice.near", near: 10),
      F.contractAccount("joiner.near", code: try wat2wasm(Self.joiner)),
      F.contractAccount("dex.near", code: F.contract("ft_receiver")),
    ])
    let tx = F.transaction(
      "alice.near", to: "joiner.near", [F.call("fan_out", "", deposit: .zero)])
    let result = NEARSimulator(state: state).simulate(tx)
    // 2 as a little-endian u64, then the first result: "2" as JSON.
    #expect(result.status == .succeeded(value: [2, 0, 0, 0, 0, 0, 0, 0] + Array(#""2""#.utf8)))
    let calls = result.receipts.filter { !$0.isRefund }.map(\.actions)
    #expect(
      calls == [
        ["FunctionCall fan_out"], ["FunctionCall ft_on_transfer"], ["FunctionCall ft_on_transfer"],
        ["FunctionCall collect"],
      ])
    #expect(
      F.balanceChange(result, "alice.near")
        == SignedAmount(magnitude: result.tokensBurnt, isNegative: true))
  }
}
