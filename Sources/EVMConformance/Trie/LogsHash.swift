import EVM
import TxrayCore

/// keccak256(rlp(logs)), each log as [address, [topics], data]: the `logs` digest the reference
/// state tests record for a transaction.
public enum LogsHash {
  public static func compute(_ logs: [Log]) -> [UInt8] {
    var encoder = RLPEncoder()
    encoder.appendList { list in
      for log in logs {
        list.appendList { entry in
          entry.appendBytes(log.address.bytes)
          entry.appendList { topics in
            for topic in log.topics { topics.appendBytes(topic.bigEndianBytes) }
          }
          entry.appendBytes(log.data)
        }
      }
    }
    return Keccak256.hash(encoder.bytes)
  }
}
