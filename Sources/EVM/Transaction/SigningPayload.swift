import TxrayCore

/// The bytes a wallet signs for a transaction, whose Keccak-256 is the signing hash.
///
/// - legacy before EIP-155: `rlp([nonce, gasPrice, gas, to, value, data])`
/// - legacy with EIP-155: `rlp([nonce, gasPrice, gas, to, value, data, chainId, 0, 0])`
/// - typed: `type || rlp([fields... without yParity, r, s])`
/// - EIP-7702 authorization: `0x05 || rlp([chainId, address, nonce])`
enum SigningPayload {
  /// The magic byte that keeps an authorization signature from ever being a transaction one.
  static let authorizationMagic: UInt8 = 0x05

  static func bytes(of transaction: Transaction) -> [UInt8] {
    var encoder = RLPEncoder()
    if transaction.type != .legacy {
      encoder.appendEncoded(CollectionOfOne(transaction.type.rawValue))
    }
    encoder.appendList { fields in
      fields.appendUnsignedFields(of: transaction)
    }
    return encoder.bytes
  }

  static func hash(of transaction: Transaction) -> [UInt8] {
    bytes(of: transaction).withUnsafeBytes { Keccak256.hash($0) }
  }

  static func authorizationHash(
    chainId: UInt256, address: Address, nonce: UInt256
  ) -> [UInt8] {
    var encoder = RLPEncoder()
    encoder.appendEncoded(CollectionOfOne(authorizationMagic))
    encoder.appendList { tuple in
      tuple.appendInteger(chainId)
      tuple.appendBytes(address.bytes)
      tuple.appendInteger(nonce)
    }
    return encoder.bytes.withUnsafeBytes { Keccak256.hash($0) }
  }
}

extension RLPEncoder {
  /// Appends an integer field as minimal big-endian bytes.
  mutating func appendInteger(_ value: UInt256) {
    if let small = value.uint64Value {
      appendInteger(small)
    } else {
      appendBytes(value.minimalBigEndianBytes)
    }
  }

  /// The fields a signer commits to, in the order of the transaction's type.
  mutating func appendUnsignedFields(of tx: Transaction) {
    if tx.type == .legacy {
      appendLegacyFields(of: tx)
      if let chainId = tx.chainId {
        // EIP-155: the chain id takes v's place and r = s = 0, binding the signature to one
        // chain.
        appendInteger(chainId)
        appendInteger(UInt64(0))
        appendInteger(UInt64(0))
      }
      return
    }
    appendInteger(tx.chainId ?? .zero)
    appendInteger(tx.nonce)
    if tx.type == .accessList {
      appendInteger(tx.gasPrice ?? .zero)
    } else {
      appendInteger(tx.maxPriorityFeePerGas ?? .zero)
      appendInteger(tx.maxFeePerGas ?? .zero)
    }
    appendInteger(tx.gasLimit)
    appendBytes(tx.to?.bytes ?? [])
    appendInteger(tx.value)
    appendBytes(tx.data)
    appendAccessList(tx.accessList)
    if tx.type == .blob {
      appendInteger(tx.maxFeePerBlobGas ?? .zero)
      appendList { hashes in
        for hash in tx.blobVersionedHashes { hashes.appendBytes(hash) }
      }
    }
    if tx.type == .setCode {
      appendAuthorizationList(tx.authorizationList)
    }
  }

  /// The six fields every legacy transaction starts with; v, r and s (or EIP-155's chain id and
  /// two zeros) follow.
  mutating func appendLegacyFields(of tx: Transaction) {
    appendInteger(tx.nonce)
    appendInteger(tx.gasPrice ?? .zero)
    appendInteger(tx.gasLimit)
    appendBytes(tx.to?.bytes ?? [])
    appendInteger(tx.value)
    appendBytes(tx.data)
  }

  private mutating func appendAccessList(_ accessList: [AccessListEntry]) {
    appendList { entries in
      for entry in accessList {
        entries.appendList { pair in
          pair.appendBytes(entry.address.bytes)
          pair.appendList { keys in
            for key in entry.storageKeys { keys.appendBytes(key) }
          }
        }
      }
    }
  }

  private mutating func appendAuthorizationList(_ authorizations: [Authorization]) {
    appendList { tuples in
      for authorization in authorizations {
        tuples.appendList { tuple in
          tuple.appendInteger(authorization.chainId)
          tuple.appendBytes(authorization.address.bytes)
          tuple.appendInteger(authorization.nonce)
          tuple.appendInteger(authorization.yParity)
          tuple.appendInteger(authorization.r)
          tuple.appendInteger(authorization.s)
        }
      }
    }
  }
}
