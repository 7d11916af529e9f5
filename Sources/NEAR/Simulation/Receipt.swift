import TxrayCore

/// A receipt in flight: actions for an account, or data a waiting receipt needs.
struct Receipt {
  var id: Int
  var predecessor: AccountId
  var receiver: AccountId
  var body: Body
  /// How many receipts lie between the transaction and this one.
  var depth: Int

  enum Body {
    case action(ActionReceipt)
    /// `data` is nil when the receipt that produced it failed.
    case data(dataId: Int, data: [UInt8]?)
  }
}

struct ActionReceipt {
  var signer: AccountId
  var signerPublicKey: PublicKey
  var gasPrice: UInt256
  /// Where this receipt's result goes when it finishes.
  var outputDataReceivers: [(dataId: Int, receiver: AccountId)] = []
  /// Data this receipt waits for, in the order its callback reads them.
  var inputDataIds: [Int] = []
  var actions: [Action]
  /// A refund from the system: free, and refunds nothing itself.
  var isRefund = false
}

/// The system account refunds come from, as nearcore names it.
extension AccountId {
  // A constant that passes the account id rules.
  static let system = AccountId("system")!
}
