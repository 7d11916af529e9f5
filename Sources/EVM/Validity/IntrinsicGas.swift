/// Gas a transaction pays before its first instruction runs, per fork.
enum GasSchedule {
  static let transaction: UInt64 = 21_000
  /// Homestead (EIP-2) made creation cost 32000 more.
  static let creation: UInt64 = 53_000
  static let zeroDataByte: UInt64 = 4
  static let nonZeroDataByteFrontier: UInt64 = 68
  /// Istanbul (EIP-2028).
  static let nonZeroDataByte: UInt64 = 16
  /// Berlin (EIP-2930).
  static let accessListAddress: UInt64 = 2_400
  static let accessListStorageKey: UInt64 = 1_900
  /// Shanghai (EIP-3860): per 32-byte word of initcode.
  static let initCodeWord: UInt64 = 2
  /// Prague (EIP-7702): PER_EMPTY_ACCOUNT_COST per authorization.
  static let authorization: UInt64 = 25_000
  /// Prague (EIP-7623): floor cost per calldata token (zero byte = 1 token, non-zero = 4).
  static let floorPerToken: UInt64 = 10
  static let tokensPerNonZeroByte: UInt64 = 4
}

extension Transaction {
  /// Intrinsic gas under `fork`: the base cost, calldata, access list, initcode words and
  /// authorizations. The EIP-7623 floor is separate (`calldataFloorGas`): a transaction's gas
  /// limit must cover both.
  public func intrinsicGas(fork: Fork) -> UInt64 {
    let isCreation = to == nil
    var gas = isCreation && fork >= .homestead ? GasSchedule.creation : GasSchedule.transaction
    let (zeroBytes, nonZeroBytes) = dataByteCounts
    let nonZeroCost =
      fork >= .istanbul ? GasSchedule.nonZeroDataByte : GasSchedule.nonZeroDataByteFrontier
    gas += zeroBytes * GasSchedule.zeroDataByte + nonZeroBytes * nonZeroCost
    if isCreation && fork >= .shanghai {
      gas += (UInt64(data.count) + 31) / 32 * GasSchedule.initCodeWord
    }
    if fork >= .berlin {
      let keyCount = accessList.reduce(0) { $0 + UInt64($1.storageKeys.count) }
      gas += UInt64(accessList.count) * GasSchedule.accessListAddress
      gas += keyCount * GasSchedule.accessListStorageKey
    }
    if fork >= .prague {
      gas += UInt64(authorizationList.count) * GasSchedule.authorization
    }
    return gas
  }

  /// The EIP-7623 minimum gas (Prague on): 21000 + 10 per calldata token, where a zero byte is
  /// one token and a non-zero byte four. nil before Prague.
  public func calldataFloorGas(fork: Fork) -> UInt64? {
    guard fork >= .prague else { return nil }
    let (zeroBytes, nonZeroBytes) = dataByteCounts
    let tokens = zeroBytes + nonZeroBytes * GasSchedule.tokensPerNonZeroByte
    return GasSchedule.transaction + tokens * GasSchedule.floorPerToken
  }

  private var dataByteCounts: (zero: UInt64, nonZero: UInt64) {
    let zeros = data.withUnsafeBytes { bytes in
      // Eight bytes at a time: ((b & 0x7f) + 0x7f) | b has its top bit set exactly when the byte
      // b is not zero, without carries between bytes, so the zero bytes are the top bits left
      // clear. A byte-by-byte loop took 13 instructions a byte.
      let low: UInt64 = 0x7f7f_7f7f_7f7f_7f7f
      var zeros = 0
      var offset = 0
      while offset + 8 <= bytes.count {
        let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        zeros += (~(((word & low) &+ low) | word | low)).nonzeroBitCount
        offset += 8
      }
      for byte in bytes[offset...] where byte == 0 { zeros += 1 }
      return zeros
    }
    return (UInt64(zeros), UInt64(data.count - zeros))
  }
}
