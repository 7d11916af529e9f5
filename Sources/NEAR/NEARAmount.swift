import TxrayCore

/// yoctoNEAR shown as NEAR, exactly.
public enum NEARAmount {
  public static func text(_ yocto: UInt256) -> String {
    Amount(units: yocto, decimals: 24, symbol: "NEAR").description
  }
}
