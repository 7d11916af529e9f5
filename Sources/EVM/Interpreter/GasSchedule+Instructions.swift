// Instruction gas (Berlin on), named as in the Yellow Paper and execution-specs' `vm/gas.py`.
// Values that differ between forks live in `ForkRules`.

extension GasSchedule {
  static let zero: Int64 = 0
  static let jumpdest: Int64 = 1
  static let base: Int64 = 2
  static let veryLow: Int64 = 3
  static let low: Int64 = 5
  static let mid: Int64 = 8
  static let high: Int64 = 10
  static let keccak256: Int64 = 30
  static let keccak256Word: Int64 = 6
  static let copyWord: Int64 = 3
  static let blockhash: Int64 = 20
  static let expByte: Int64 = 50
  static let memoryWord: Int64 = 3
  static let memoryQuadraticDivisor: Int64 = 512
  static let log: Int64 = 375
  static let logData: Int64 = 8
  static let create: Int64 = 32_000
  static let codeDeposit: Int64 = 200
  static let selfDestruct: Int64 = 5_000
  static let selfDestructNewAccount: Int64 = 25_000

  // EIP-2929 state access.
  static let warmAccess: Int64 = 100
  static let coldAccountAccess: Int64 = 2_600
  static let coldSload: Int64 = 2_100

  // Message calls.
  static let callValue: Int64 = 9_000
  static let callStipend: Int64 = 2_300
  static let newAccount: Int64 = 25_000

  // EIP-2200 / EIP-3529 SSTORE.
  static let storageSet: Int64 = 20_000
  static let storageUpdate: Int64 = 5_000

  /// EIP-7702: what an authorization for an account that already exists gives back.
  static let authorizationBase: Int64 = 12_500
}
