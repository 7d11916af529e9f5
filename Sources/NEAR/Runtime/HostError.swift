/// Why a host function stops the contract: nearcore's `HostError` variants a txray host function
/// can raise, each with nearcore's Display text as `message`, plus `notSimulated` for what txray
/// cannot run.
enum HostError: Error, Sendable, Equatable {
  case badUTF16
  case badUTF8
  case gasExceeded
  case gasLimitExceeded
  case balanceExceeded
  case emptyMethodName
  case guestPanic(String)
  case integerOverflow
  case invalidPromiseIndex(UInt64)
  case cannotAppendActionToJointPromise
  case cannotReturnJointPromise
  case invalidPromiseResultIndex(UInt64)
  case invalidRegisterId(UInt64)
  case memoryAccessViolation
  case invalidAccountId
  case invalidMethodName
  case invalidPublicKey
  /// Carries the name of the host function, as nearcore's `method_name`.
  case prohibitedInView(String)
  case numberOfLogsExceeded(limit: UInt64)
  case keyLengthExceeded(length: UInt64, limit: UInt64)
  case valueLengthExceeded(length: UInt64, limit: UInt64)
  case totalLogLengthExceeded(length: UInt64, limit: UInt64)
  case numberPromisesExceeded(numberOfPromises: UInt64, limit: UInt64)
  case numberInputDataDependenciesExceeded(numberOfInputDataDependencies: UInt64, limit: UInt64)
  case returnedValueLengthExceeded(length: UInt64, limit: UInt64)
  case contractSizeExceeded(size: UInt64, limit: UInt64)
  case ecRecoverError(String)
  case ed25519VerifyInvalidInput(String)
  /// The call cannot be simulated (unknown or unsupported host function, missing state).
  case notSimulated(String)

  /// What nearcore reports for this error (its `Display`), or why txray could not simulate.
  var message: String {
    switch self {
    case .badUTF16: return "String encoding is bad UTF-16 sequence."
    case .badUTF8: return "String encoding is bad UTF-8 sequence."
    case .gasExceeded: return "Exceeded the prepaid gas."
    case .gasLimitExceeded:
      return "Exceeded the maximum amount of gas allowed to burn per contract."
    case .balanceExceeded: return "Exceeded the account balance."
    case .emptyMethodName: return "Tried to call an empty method name."
    case .guestPanic(let text): return "Smart contract panicked: \(text)"
    case .integerOverflow: return "Integer overflow."
    case .invalidPromiseIndex(let index): return "\(index) does not correspond to existing promises"
    case .cannotAppendActionToJointPromise:
      return "Actions can only be appended to non-joint promise."
    case .cannotReturnJointPromise: return "Returning joint promise is currently prohibited."
    case .invalidPromiseResultIndex(let index):
      return "Accessed invalid promise result index: \(index)"
    case .invalidRegisterId(let id): return "Accessed invalid register id: \(id)"
    case .memoryAccessViolation: return "Accessed memory outside the bounds."
    case .invalidAccountId: return "VM Logic returned an invalid account id"
    case .invalidMethodName: return "VM Logic returned an invalid method name"
    case .invalidPublicKey: return "VM Logic provided an invalid public key"
    case .prohibitedInView(let name): return "\(name) is not allowed in view calls"
    case .numberOfLogsExceeded(let limit):
      return "The number of logs will exceed the limit \(limit)"
    case .keyLengthExceeded(let length, let limit):
      return "The length of a storage key \(length) exceeds the limit \(limit)"
    case .valueLengthExceeded(let length, let limit):
      return "The length of a storage value \(length) exceeds the limit \(limit)"
    case .totalLogLengthExceeded(let length, let limit):
      return "The length of a log message \(length) exceeds the limit \(limit)"
    case .numberPromisesExceeded(let count, let limit):
      return "The number of promises within a FunctionCall \(count) exceeds the limit \(limit)"
    case .numberInputDataDependenciesExceeded(let count, let limit):
      return "The number of input data dependencies \(count) exceeds the limit \(limit)"
    case .returnedValueLengthExceeded(let length, let limit):
      return "The length of a returned value \(length) exceeds the limit \(limit)"
    case .contractSizeExceeded(let size, let limit):
      return
        "The size of a contract code in DeployContract action \(size) exceeds the limit \(limit)"
    case .ecRecoverError(let text): return "ECDSA recover error: \(text)"
    case .ed25519VerifyInvalidInput(let text):
      return "ED25519 signature verification error: \(text)"
    case .notSimulated(let reason): return reason
    }
  }
}
