import TxrayCore

/// The most NEAR a transaction's gas can cost, under a stated price bound.
///
/// A signer buys all prepaid gas up front at the gas price of the time and gets unused gas back.
/// The price floats above a protocol minimum of 10^8 yoctoNEAR per gas (0.0001 NEAR per Tgas),
/// where mainnet has sat for years; txray bounds it at ten times that. The bound is an assumption
/// about the network, not a protocol guarantee, and the text says so.
public enum GasFeeBound {
  public static let assumedMaximumGasPrice = UInt256(1_000_000_000)
  /// Gas nearcore lets one function call buy.
  public static let maximumGasPerCall: UInt64 = 300_000_000_000_000

  /// Prepaid gas of every function call, including those inside delegate actions, which the
  /// relayer's transaction buys.
  public static func prepaidGas(_ actions: [Action]) -> UInt256 {
    actions.reduce(UInt256.zero) { total, action in
      var gas = UInt256(action.prepaidGas)
      if case .delegate(let signed) = action { gas = prepaidGas(signed.delegateAction.actions) }
      return total.addingReportingOverflow(gas).partialValue
    }
  }

  /// prepaid gas × the assumed maximum price, in yoctoNEAR. It leaves out each action's fixed
  /// protocol fee, which is small next to any function call's gas.
  public static func maximumPrepaidGasCost(_ actions: [Action]) -> UInt256 {
    prepaidGas(actions).multipliedReportingOverflow(by: assumedMaximumGasPrice).partialValue
  }
}
