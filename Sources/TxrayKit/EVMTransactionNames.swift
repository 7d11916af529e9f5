import EVM
import TxrayCore

/// Names a person recognises for transaction types (networks: `EVMChain`).
enum EVMTransactionNames {
  static func typeName(_ type: TransactionType) -> String {
    switch type {
    case .legacy: return "legacy"
    case .accessList: return "EIP-2930"
    case .dynamicFee: return "EIP-1559"
    case .blob: return "EIP-4844"
    case .setCode: return "EIP-7702"
    }
  }
}
