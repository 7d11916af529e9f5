/// Every EVM instruction through Osaka, by byte: the interpreter's single opcode table.
/// `OpcodeTable` adds each one's stack effect, static gas and the fork that introduced it.
public enum Opcode: UInt8, CaseIterable, Sendable {
  case stop = 0x00
  case add = 0x01
  case mul = 0x02
  case sub = 0x03
  case div = 0x04
  case sdiv = 0x05
  case mod = 0x06
  case smod = 0x07
  case addmod = 0x08
  case mulmod = 0x09
  case exp = 0x0a
  case signextend = 0x0b
  case lt = 0x10
  case gt = 0x11
  case slt = 0x12
  case sgt = 0x13
  case eq = 0x14
  case iszero = 0x15
  case `and` = 0x16
  case `or` = 0x17
  case xor = 0x18
  case `not` = 0x19
  case `byte` = 0x1a
  case shl = 0x1b
  case shr = 0x1c
  case sar = 0x1d
  case clz = 0x1e
  case keccak256 = 0x20
  case address = 0x30
  case balance = 0x31
  case origin = 0x32
  case caller = 0x33
  case callvalue = 0x34
  case calldataload = 0x35
  case calldatasize = 0x36
  case calldatacopy = 0x37
  case codesize = 0x38
  case codecopy = 0x39
  case gasprice = 0x3a
  case extcodesize = 0x3b
  case extcodecopy = 0x3c
  case returndatasize = 0x3d
  case returndatacopy = 0x3e
  case extcodehash = 0x3f
  case blockhash = 0x40
  case coinbase = 0x41
  case timestamp = 0x42
  case number = 0x43
  case prevrandao = 0x44
  case gaslimit = 0x45
  case chainid = 0x46
  case selfbalance = 0x47
  case basefee = 0x48
  case blobhash = 0x49
  case blobbasefee = 0x4a
  case pop = 0x50
  case mload = 0x51
  case mstore = 0x52
  case mstore8 = 0x53
  case sload = 0x54
  case sstore = 0x55
  case jump = 0x56
  case jumpi = 0x57
  case pc = 0x58
  case msize = 0x59
  case gas = 0x5a
  case jumpdest = 0x5b
  case tload = 0x5c
  case tstore = 0x5d
  case mcopy = 0x5e
  case push0 = 0x5f
  case push1 = 0x60
  case push2 = 0x61
  case push3 = 0x62
  case push4 = 0x63
  case push5 = 0x64
  case push6 = 0x65
  case push7 = 0x66
  case push8 = 0x67
  case push9 = 0x68
  case push10 = 0x69
  case push11 = 0x6a
  case push12 = 0x6b
  case push13 = 0x6c
  case push14 = 0x6d
  case push15 = 0x6e
  case push16 = 0x6f
  case push17 = 0x70
  case push18 = 0x71
  case push19 = 0x72
  case push20 = 0x73
  case push21 = 0x74
  case push22 = 0x75
  case push23 = 0x76
  case push24 = 0x77
  case push25 = 0x78
  case push26 = 0x79
  case push27 = 0x7a
  case push28 = 0x7b
  case push29 = 0x7c
  case push30 = 0x7d
  case push31 = 0x7e
  case push32 = 0x7f
  case dup1 = 0x80
  case dup2 = 0x81
  case dup3 = 0x82
  case dup4 = 0x83
  case dup5 = 0x84
  case dup6 = 0x85
  case dup7 = 0x86
  case dup8 = 0x87
  case dup9 = 0x88
  case dup10 = 0x89
  case dup11 = 0x8a
  case dup12 = 0x8b
  case dup13 = 0x8c
  case dup14 = 0x8d
  case dup15 = 0x8e
  case dup16 = 0x8f
  case swap1 = 0x90
  case swap2 = 0x91
  case swap3 = 0x92
  case swap4 = 0x93
  case swap5 = 0x94
  case swap6 = 0x95
  case swap7 = 0x96
  case swap8 = 0x97
  case swap9 = 0x98
  case swap10 = 0x99
  case swap11 = 0x9a
  case swap12 = 0x9b
  case swap13 = 0x9c
  case swap14 = 0x9d
  case swap15 = 0x9e
  case swap16 = 0x9f
  case log0 = 0xa0
  case log1 = 0xa1
  case log2 = 0xa2
  case log3 = 0xa3
  case log4 = 0xa4
  case create = 0xf0
  case call = 0xf1
  case callcode = 0xf2
  case `return` = 0xf3
  case delegatecall = 0xf4
  case create2 = 0xf5
  case staticcall = 0xfa
  case revert = 0xfd
  case invalid = 0xfe
  case selfdestruct = 0xff
}

extension Opcode {
  /// What the interpreter checks before an instruction runs, in one row per opcode and no
  /// `default:`, so an opcode added to the enum does not compile until its row says all of it.
  struct Row {
    /// Words popped, then words pushed.
    var inputs: Int
    var outputs: Int
    /// Gas charged before the instruction runs; the rest (memory, access, copies) is dynamic.
    var staticGas: Int64
    /// The first fork (of those txray simulates, Berlin on) that defines the instruction.
    var introduced: Fork

    init(_ inputs: Int, _ outputs: Int, _ staticGas: Int64, _ introduced: Fork) {
      self.inputs = inputs
      self.outputs = outputs
      self.staticGas = staticGas
      self.introduced = introduced
    }
  }

  var row: Row {
    switch self {
    case .stop: Row(0, 0, GasSchedule.zero, .berlin)
    case .add: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .mul: Row(2, 1, GasSchedule.low, .berlin)
    case .sub: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .div: Row(2, 1, GasSchedule.low, .berlin)
    case .sdiv: Row(2, 1, GasSchedule.low, .berlin)
    case .mod: Row(2, 1, GasSchedule.low, .berlin)
    case .smod: Row(2, 1, GasSchedule.low, .berlin)
    case .addmod: Row(3, 1, GasSchedule.mid, .berlin)
    case .mulmod: Row(3, 1, GasSchedule.mid, .berlin)
    case .exp: Row(2, 1, GasSchedule.high, .berlin)
    case .signextend: Row(2, 1, GasSchedule.low, .berlin)
    case .lt: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .gt: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .slt: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .sgt: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .eq: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .iszero: Row(1, 1, GasSchedule.veryLow, .berlin)
    case .and: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .or: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .xor: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .not: Row(1, 1, GasSchedule.veryLow, .berlin)
    case .byte: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .shl: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .shr: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .sar: Row(2, 1, GasSchedule.veryLow, .berlin)
    case .clz: Row(1, 1, GasSchedule.low, .osaka)
    case .keccak256: Row(2, 1, GasSchedule.keccak256, .berlin)
    case .address: Row(0, 1, GasSchedule.base, .berlin)
    case .balance: Row(1, 1, GasSchedule.zero, .berlin)
    case .origin: Row(0, 1, GasSchedule.base, .berlin)
    case .caller: Row(0, 1, GasSchedule.base, .berlin)
    case .callvalue: Row(0, 1, GasSchedule.base, .berlin)
    case .calldataload: Row(1, 1, GasSchedule.veryLow, .berlin)
    case .calldatasize: Row(0, 1, GasSchedule.base, .berlin)
    case .calldatacopy: Row(3, 0, GasSchedule.veryLow, .berlin)
    case .codesize: Row(0, 1, GasSchedule.base, .berlin)
    case .codecopy: Row(3, 0, GasSchedule.veryLow, .berlin)
    case .gasprice: Row(0, 1, GasSchedule.base, .berlin)
    case .extcodesize: Row(1, 1, GasSchedule.zero, .berlin)
    case .extcodecopy: Row(4, 0, GasSchedule.zero, .berlin)
    case .returndatasize: Row(0, 1, GasSchedule.base, .berlin)
    case .returndatacopy: Row(3, 0, GasSchedule.veryLow, .berlin)
    case .extcodehash: Row(1, 1, GasSchedule.zero, .berlin)
    case .blockhash: Row(1, 1, GasSchedule.blockhash, .berlin)
    case .coinbase: Row(0, 1, GasSchedule.base, .berlin)
    case .timestamp: Row(0, 1, GasSchedule.base, .berlin)
    case .number: Row(0, 1, GasSchedule.base, .berlin)
    case .prevrandao: Row(0, 1, GasSchedule.base, .berlin)
    case .gaslimit: Row(0, 1, GasSchedule.base, .berlin)
    case .chainid: Row(0, 1, GasSchedule.base, .berlin)
    case .selfbalance: Row(0, 1, GasSchedule.low, .berlin)
    case .basefee: Row(0, 1, GasSchedule.base, .london)
    case .blobhash: Row(1, 1, GasSchedule.veryLow, .cancun)
    case .blobbasefee: Row(0, 1, GasSchedule.base, .cancun)
    case .pop: Row(1, 0, GasSchedule.base, .berlin)
    case .mload: Row(1, 1, GasSchedule.veryLow, .berlin)
    case .mstore: Row(2, 0, GasSchedule.veryLow, .berlin)
    case .mstore8: Row(2, 0, GasSchedule.veryLow, .berlin)
    case .sload: Row(1, 1, GasSchedule.zero, .berlin)
    case .sstore: Row(2, 0, GasSchedule.zero, .berlin)
    case .jump: Row(1, 0, GasSchedule.mid, .berlin)
    case .jumpi: Row(2, 0, GasSchedule.high, .berlin)
    case .pc: Row(0, 1, GasSchedule.base, .berlin)
    case .msize: Row(0, 1, GasSchedule.base, .berlin)
    case .gas: Row(0, 1, GasSchedule.base, .berlin)
    case .jumpdest: Row(0, 0, GasSchedule.jumpdest, .berlin)
    case .tload: Row(1, 1, GasSchedule.warmAccess, .cancun)
    case .tstore: Row(2, 0, GasSchedule.warmAccess, .cancun)
    case .mcopy: Row(3, 0, GasSchedule.veryLow, .cancun)
    case .push0: Row(0, 1, GasSchedule.base, .shanghai)
    case .push1: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push2: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push3: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push4: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push5: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push6: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push7: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push8: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push9: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push10: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push11: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push12: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push13: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push14: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push15: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push16: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push17: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push18: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push19: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push20: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push21: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push22: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push23: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push24: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push25: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push26: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push27: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push28: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push29: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push30: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push31: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .push32: Row(0, 1, GasSchedule.veryLow, .berlin)
    case .dup1: Row(1, 2, GasSchedule.veryLow, .berlin)
    case .dup2: Row(2, 3, GasSchedule.veryLow, .berlin)
    case .dup3: Row(3, 4, GasSchedule.veryLow, .berlin)
    case .dup4: Row(4, 5, GasSchedule.veryLow, .berlin)
    case .dup5: Row(5, 6, GasSchedule.veryLow, .berlin)
    case .dup6: Row(6, 7, GasSchedule.veryLow, .berlin)
    case .dup7: Row(7, 8, GasSchedule.veryLow, .berlin)
    case .dup8: Row(8, 9, GasSchedule.veryLow, .berlin)
    case .dup9: Row(9, 10, GasSchedule.veryLow, .berlin)
    case .dup10: Row(10, 11, GasSchedule.veryLow, .berlin)
    case .dup11: Row(11, 12, GasSchedule.veryLow, .berlin)
    case .dup12: Row(12, 13, GasSchedule.veryLow, .berlin)
    case .dup13: Row(13, 14, GasSchedule.veryLow, .berlin)
    case .dup14: Row(14, 15, GasSchedule.veryLow, .berlin)
    case .dup15: Row(15, 16, GasSchedule.veryLow, .berlin)
    case .dup16: Row(16, 17, GasSchedule.veryLow, .berlin)
    case .swap1: Row(2, 2, GasSchedule.veryLow, .berlin)
    case .swap2: Row(3, 3, GasSchedule.veryLow, .berlin)
    case .swap3: Row(4, 4, GasSchedule.veryLow, .berlin)
    case .swap4: Row(5, 5, GasSchedule.veryLow, .berlin)
    case .swap5: Row(6, 6, GasSchedule.veryLow, .berlin)
    case .swap6: Row(7, 7, GasSchedule.veryLow, .berlin)
    case .swap7: Row(8, 8, GasSchedule.veryLow, .berlin)
    case .swap8: Row(9, 9, GasSchedule.veryLow, .berlin)
    case .swap9: Row(10, 10, GasSchedule.veryLow, .berlin)
    case .swap10: Row(11, 11, GasSchedule.veryLow, .berlin)
    case .swap11: Row(12, 12, GasSchedule.veryLow, .berlin)
    case .swap12: Row(13, 13, GasSchedule.veryLow, .berlin)
    case .swap13: Row(14, 14, GasSchedule.veryLow, .berlin)
    case .swap14: Row(15, 15, GasSchedule.veryLow, .berlin)
    case .swap15: Row(16, 16, GasSchedule.veryLow, .berlin)
    case .swap16: Row(17, 17, GasSchedule.veryLow, .berlin)
    case .log0: Row(2, 0, GasSchedule.log * 1, .berlin)
    case .log1: Row(3, 0, GasSchedule.log * 2, .berlin)
    case .log2: Row(4, 0, GasSchedule.log * 3, .berlin)
    case .log3: Row(5, 0, GasSchedule.log * 4, .berlin)
    case .log4: Row(6, 0, GasSchedule.log * 5, .berlin)
    case .create: Row(3, 1, GasSchedule.create, .berlin)
    case .call: Row(7, 1, GasSchedule.zero, .berlin)
    case .callcode: Row(7, 1, GasSchedule.zero, .berlin)
    case .return: Row(2, 0, GasSchedule.zero, .berlin)
    case .delegatecall: Row(6, 1, GasSchedule.zero, .berlin)
    case .create2: Row(4, 1, GasSchedule.create, .berlin)
    case .staticcall: Row(6, 1, GasSchedule.zero, .berlin)
    case .revert: Row(2, 0, GasSchedule.zero, .berlin)
    case .invalid: Row(0, 0, GasSchedule.zero, .berlin)
    case .selfdestruct: Row(1, 0, GasSchedule.selfDestruct, .berlin)
    }
  }

  /// (words popped, words pushed).
  var stackEffect: (inputs: Int, outputs: Int) { (row.inputs, row.outputs) }

  /// The first fork (of those txray simulates, Berlin on) that defines the instruction.
  var introduced: Fork { row.introduced }

  /// Gas charged before the instruction runs; the rest (memory, access, copies) is dynamic.
  var staticGas: Int64 { row.staticGas }

  /// The mnemonic as written in assembly ("PUSH1", "SELFDESTRUCT").
  public var mnemonic: String { String(describing: self).uppercased() }
}
