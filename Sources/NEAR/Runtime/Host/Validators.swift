import WasmKit

/// The state txray reads holds no validator set, so a contract that asks for stakes (staking
/// pools) is reported as not simulated instead of being told every stake is zero.
extension HostFunction {
  static let validators: [HostFunction] = [
    HostFunction("validator_stake", [.i64, .i64, .i64]) { _, _ throws(HostError) in
      throw .notSimulated("not simulated: validator_stake needs the validator set")
    },
    HostFunction("validator_total_stake", [.i64]) { _, _ throws(HostError) in
      throw .notSimulated("not simulated: validator_total_stake needs the validator set")
    },
  ]
}
