import TxrayCore

/// One action of a NEAR transaction; `tag` is its Borsh discriminant in nearcore's `Action` enum.
public enum Action: Sendable, Equatable {
  case createAccount
  case deployContract(ContractCode)
  case functionCall(FunctionCall)
  /// yoctoNEAR sent to the receiver.
  case transfer(deposit: UInt256)
  /// yoctoNEAR the receiver locks as a validator stake under `publicKey`.
  case stake(amount: UInt256, publicKey: PublicKey)
  case addKey(publicKey: PublicKey, accessKey: AccessKey)
  case deleteKey(publicKey: PublicKey)
  case deleteAccount(beneficiaryId: AccountId)
  case delegate(SignedDelegateAction)
  case deployGlobalContract(code: ContractCode, mode: GlobalContractDeployMode)
  case useGlobalContract(GlobalContractIdentifier)
  case deterministicStateInit(DeterministicStateInit)
  /// NEP-611: moves yoctoNEAR from the account into the balance of its gas key `publicKey`.
  case transferToGasKey(publicKey: PublicKey, deposit: UInt256)
  /// NEP-611: moves yoctoNEAR from the gas key `publicKey` back to the account.
  case withdrawFromGasKey(publicKey: PublicKey, amount: UInt256)

  /// The name nearcore gives the variant, used in text and as the JSON `type`.
  public var typeName: String {
    switch self {
    case .createAccount: return "CreateAccount"
    case .deployContract: return "DeployContract"
    case .functionCall: return "FunctionCall"
    case .transfer: return "Transfer"
    case .stake: return "Stake"
    case .addKey: return "AddKey"
    case .deleteKey: return "DeleteKey"
    case .deleteAccount: return "DeleteAccount"
    case .delegate: return "Delegate"
    case .deployGlobalContract: return "DeployGlobalContract"
    case .useGlobalContract: return "UseGlobalContract"
    case .deterministicStateInit: return "DeterministicStateInit"
    case .transferToGasKey: return "TransferToGasKey"
    case .withdrawFromGasKey: return "WithdrawFromGasKey"
    }
  }

  var tag: UInt8 {
    switch self {
    case .createAccount: return 0
    case .deployContract: return 1
    case .functionCall: return 2
    case .transfer: return 3
    case .stake: return 4
    case .addKey: return 5
    case .deleteKey: return 6
    case .deleteAccount: return 7
    case .delegate: return 8
    case .deployGlobalContract: return 9
    case .useGlobalContract: return 10
    case .deterministicStateInit: return 11
    case .transferToGasKey: return 12
    case .withdrawFromGasKey: return 13
    }
  }

  /// yoctoNEAR this action takes from the signer and hands to the receiver.
  public var deposit: UInt256 {
    switch self {
    case .transfer(let deposit): return deposit
    case .functionCall(let call): return call.deposit
    case .deterministicStateInit(let initial): return initial.deposit
    case .transferToGasKey(_, let deposit): return deposit
    default: return .zero
    }
  }

  /// Gas bought up front for a function call; other actions cost fixed protocol fees only.
  public var prepaidGas: UInt64 {
    if case .functionCall(let call) = self { return call.gas }
    return 0
  }
}

/// A call of `methodName` on the receiver's contract with `args`, `gas` bought up front and
/// `deposit` yoctoNEAR attached.
public struct FunctionCall: Sendable, Equatable {
  public var methodName: String
  public var args: [UInt8]
  public var gas: UInt64
  public var deposit: UInt256

  public init(methodName: String, args: [UInt8], gas: UInt64, deposit: UInt256) {
    self.methodName = methodName
    self.args = args
    self.gas = gas
    self.deposit = deposit
  }
}

/// Contract code as a transaction carries it. Borsh carries the whole Wasm; NEAR RPC's view of a
/// transaction replaces it with its SHA-256, so `bytes` is nil there.
public struct ContractCode: Sendable, Equatable {
  public var bytes: [UInt8]?
  public var sha256: [UInt8]

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    self.sha256 = NEARHash.sha256(bytes)
  }

  public init(sha256: [UInt8]) {
    self.bytes = nil
    self.sha256 = sha256
  }

  public var size: Int? { bytes?.count }
}
