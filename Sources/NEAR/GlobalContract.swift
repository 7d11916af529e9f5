/// How a global contract is published: frozen under its code hash, or under the publishing
/// account, which can later replace the code for every user of it.
public enum GlobalContractDeployMode: UInt8, Sendable {
  case codeHash = 0
  case accountId = 1

  public var name: String { self == .codeHash ? "CodeHash" : "AccountId" }
}

/// Which global contract an account adopts: a fixed code hash, or whatever code an account has
/// published (and may change).
public enum GlobalContractIdentifier: Sendable, Equatable {
  case codeHash([UInt8])
  case accountId(AccountId)
}
