import TxrayCore

/// One event a contract emitted with LOG0…LOG4 and that survived (its frame did not revert).
public struct Log: Sendable, Equatable {
  public var address: Address
  public var topics: [UInt256]
  public var data: [UInt8]

  public init(address: Address, topics: [UInt256], data: [UInt8]) {
    self.address = address
    self.topics = topics
    self.data = data
  }
}
