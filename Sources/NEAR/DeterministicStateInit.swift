import TxrayCore

/// NEP-616: initialises a deterministic account (`0s…`) with global contract code and storage
/// entries, attaching `deposit` yoctoNEAR for its storage.
public struct DeterministicStateInit: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var key: [UInt8]
    public var value: [UInt8]

    public init(key: [UInt8], value: [UInt8]) {
      self.key = key
      self.value = value
    }
  }

  public var code: GlobalContractIdentifier
  /// Storage entries in ascending key order (a Borsh `BTreeMap`).
  public var data: [Entry]
  public var deposit: UInt256

  public init(code: GlobalContractIdentifier, data: [Entry], deposit: UInt256) {
    self.code = code
    self.data = data
    self.deposit = deposit
  }
}
