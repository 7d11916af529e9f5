import EVM
import TxrayCore

/// The Ethereum world-state root over complete account data, and the pieces it is made of.
public enum StateRoot {
  /// keccak256 of empty code: the code hash of every account without code.
  public static let emptyCodeHash: [UInt8] = Keccak256.hash([UInt8]())

  /// The root of the storage trie of one account: keys are keccak(slot as 32 bytes), values the
  /// RLP of the slot's minimal big-endian bytes; zero slots are absent.
  public static func storageRoot(_ slots: [UInt256: UInt256]) -> [UInt8] {
    MerklePatriciaTrie.secureRoot(
      slots.compactMap { slot, value in
        value.isZero
          ? nil
          : (slot.bigEndianBytes, RLPEncoder.encode(.bytes(value.minimalBigEndianBytes)))
      })
  }

  /// The account leaf: rlp([nonce, balance, storageRoot, codeHash]).
  public static func accountRLP(
    nonce: UInt64, balance: UInt256, storageRoot: [UInt8], codeHash: [UInt8]
  ) -> [UInt8] {
    var encoder = RLPEncoder()
    encoder.appendList { list in
      list.appendInteger(nonce)
      list.appendBytes(balance.minimalBigEndianBytes)
      list.appendBytes(storageRoot)
      list.appendBytes(codeHash)
    }
    return encoder.bytes
  }

  /// The state root of `accounts` with their storage; an account missing from `storage` has
  /// none.
  public static func compute(
    accounts: [Address: AccountState], storage: [Address: [UInt256: UInt256]]
  ) -> [UInt8] {
    compute(accounts: accounts, storageRoots: storage.mapValues(storageRoot))
  }

  /// The state root of `accounts` given each one's storage root (missing: empty storage).
  public static func compute(accounts: [Address: AccountState], storageRoots: [Address: [UInt8]])
    -> [UInt8]
  {
    MerklePatriciaTrie.secureRoot(
      accounts.map { address, account in
        let leaf = accountRLP(
          nonce: account.nonce, balance: account.balance,
          storageRoot: storageRoots[address] ?? MerklePatriciaTrie.emptyRoot,
          codeHash: account.code.isEmpty ? emptyCodeHash : Keccak256.hash(account.code))
        return (address.bytes, leaf)
      })
  }
}
