/// Every EVM instruction through Osaka, by byte: the interpreter's single opcode table.
/// `OpcodeTable` adds each one's stack effect, static gas and the fork that introduced it.
enum Opcode: UInt8, CaseIterable {
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
  /// (words popped, words pushed).
  var stackEffect: (inputs: Int, outputs: Int) {
    switch self {
    case .stop, .jumpdest, .invalid: (0, 0)
    case .add, .mul, .sub, .div, .sdiv, .mod, .smod, .exp, .signextend, .lt, .gt, .slt, .sgt,
      .eq, .and, .or, .xor, .byte, .shl, .shr, .sar, .keccak256:
      (2, 1)
    case .addmod, .mulmod: (3, 1)
    case .iszero, .not, .clz, .balance, .calldataload, .extcodesize, .extcodehash, .blockhash,
      .blobhash, .mload, .sload, .tload:
      (1, 1)
    case .address, .origin, .caller, .callvalue, .calldatasize, .codesize, .gasprice,
      .returndatasize, .coinbase, .timestamp, .number, .prevrandao, .gaslimit, .chainid,
      .selfbalance, .basefee, .blobbasefee, .pc, .msize, .gas, .push0:
      (0, 1)
    case .calldatacopy, .codecopy, .returndatacopy, .mcopy: (3, 0)
    case .extcodecopy: (4, 0)
    case .pop, .jump, .selfdestruct: (1, 0)
    case .mstore, .mstore8, .sstore, .jumpi, .tstore, .return, .revert: (2, 0)
    case .log0, .log1, .log2, .log3, .log4: (2 + Int(rawValue - Opcode.log0.rawValue), 0)
    case .create: (3, 1)
    case .create2: (4, 1)
    case .call, .callcode: (7, 1)
    case .delegatecall, .staticcall: (6, 1)
    default:
      switch rawValue {
      case Opcode.push1.rawValue...Opcode.push32.rawValue: (0, 1)
      case Opcode.dup1.rawValue...Opcode.dup16.rawValue:
        (Int(rawValue - Opcode.dup1.rawValue) + 1, Int(rawValue - Opcode.dup1.rawValue) + 2)
      default:
        (Int(rawValue - Opcode.swap1.rawValue) + 2, Int(rawValue - Opcode.swap1.rawValue) + 2)
      }
    }
  }

  /// The first fork (of those txray simulates, Berlin on) that defines the instruction.
  var introduced: Fork {
    switch self {
    case .basefee: .london
    case .push0: .shanghai
    case .tload, .tstore, .mcopy, .blobhash, .blobbasefee: .cancun
    case .clz: .osaka
    default: .berlin
    }
  }

  /// Gas charged before the instruction runs; the rest (memory, access, copies) is dynamic.
  var staticGas: Int64 {
    switch self {
    case .stop, .return, .revert, .invalid, .balance, .extcodesize, .extcodecopy, .extcodehash,
      .sload, .sstore, .call, .callcode, .delegatecall, .staticcall:
      0
    case .jumpdest: GasSchedule.jumpdest
    case .address, .origin, .caller, .callvalue, .calldatasize, .codesize, .gasprice,
      .returndatasize, .coinbase, .timestamp, .number, .prevrandao, .gaslimit, .chainid, .basefee,
      .blobbasefee, .pop, .pc, .msize, .gas, .push0:
      GasSchedule.base
    case .mul, .div, .sdiv, .mod, .smod, .signextend, .selfbalance, .clz: GasSchedule.low
    case .addmod, .mulmod, .jump: GasSchedule.mid
    case .jumpi, .exp: GasSchedule.high
    case .keccak256: GasSchedule.keccak256
    case .blockhash: GasSchedule.blockhash
    case .tload, .tstore: GasSchedule.warmAccess
    case .log0, .log1, .log2, .log3, .log4:
      GasSchedule.log * (1 + Int64(rawValue - Opcode.log0.rawValue))
    case .create, .create2: GasSchedule.create
    case .selfdestruct: GasSchedule.selfDestruct
    default: GasSchedule.veryLow
    }
  }

  /// The mnemonic as written in assembly ("PUSH1", "SELFDESTRUCT").
  var mnemonic: String { String(describing: self).uppercased() }
}
