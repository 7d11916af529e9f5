import TxrayCore

/// A receipt a function call asks for: actions for `receiver`, run after the receipts at
/// `dependencies` (indices into the call's `receipts`) have finished.
public struct ReceiptRequest: Sendable, Equatable {
  public var receiver: AccountId
  public var actions: [Action]
  public var dependencies: [Int]
  /// Function-call actions that take a share of the call's unused gas: action index → weight.
  public var gasWeights: [Int: UInt64]

  public init(
    receiver: AccountId, actions: [Action] = [], dependencies: [Int] = [],
    gasWeights: [Int: UInt64] = [:]
  ) {
    self.receiver = receiver
    self.actions = actions
    self.dependencies = dependencies
    self.gasWeights = gasWeights
  }
}

/// What running one function call did.
public struct FunctionCallOutcome: Sendable {
  public enum Result: Sendable, Equatable {
    /// Returned these bytes (empty when it returned nothing).
    case value([UInt8])
    /// Returned the result of the receipt at this index of `receipts` (`promise_return`).
    case receipt(Int)
    /// Failed with nearcore's message ("Smart contract panicked: …", "Exceeded the prepaid
    /// gas.", "WebAssembly trap: unreachable" …); its state changes and receipts are void.
    case failure(String)
    /// Could not be simulated: an unknown or unsupported host function, missing state, a
    /// timeout. Not a verdict on the transaction.
    case notSimulated(String)
  }

  public var result: Result
  public var logs: [String]
  public var gasBurnt: UInt64
  /// Burnt gas plus gas handed to new receipts.
  public var gasUsed: UInt64
  /// Storage writes (nil value: removed), in effect only when the call succeeds.
  public var storageChanges: [[UInt8]: [UInt8]?]
  public var storageUsage: UInt64
  /// The account's balance after deposits attached to new receipts were taken from it.
  public var balance: UInt256
  public var receipts: [ReceiptRequest]

  public var succeeded: Bool {
    switch result {
    case .value, .receipt: return true
    case .failure, .notSimulated: return false
    }
  }
}
