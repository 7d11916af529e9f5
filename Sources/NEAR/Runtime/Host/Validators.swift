import WasmKit

/// The state txray reads holds no validator set, so a contract that asks for stakes (staking
/// pools) is reported as not simulated instead of being told every stake is zero.
extension HostFunction {
  static let validators: [HostFunction] = [
    /// Not simulated; nearcore costs base + utf8 decoding of the account id +
    /// validator_stake_base + a u128 memory write.
    HostFunction("validator_stake", ["account_id_len", "account_id_ptr", "stake_ptr"]) {
      _, _ throws(HostError) in
      throw .notSimulated("not simulated: validator_stake needs the validator set")
    },
    /// Not simulated; nearcore costs base + validator_total_stake_base + a u128 memory write.
    HostFunction("validator_total_stake", ["stake_ptr"]) { _, _ throws(HostError) in
      throw .notSimulated("not simulated: validator_total_stake needs the validator set")
    },
  ]
}
