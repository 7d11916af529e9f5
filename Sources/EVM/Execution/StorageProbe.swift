import TxrayCore

/// A state source that can tell whether an account holds any storage at all. EIP-7610 makes a
/// creation onto such an address a collision; sources that cannot answer are assumed to hold
/// none for accounts without code or nonce.
public protocol StorageProbe {
  func hasStorage(_ address: Address) throws(StateError) -> Bool
}
