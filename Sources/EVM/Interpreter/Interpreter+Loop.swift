import TxrayCore

extension Interpreter {
  /// Runs `f` until it stops, fails, or needs a child frame. Before each instruction the loop
  /// checks, from the fork's table, that the opcode exists, the stack holds enough words and
  /// will not pass 1024, and charges the static gas; the instruction does the rest. A failed
  /// state read or the deadline is thrown.
  func run(_ f: inout Frame) throws(ExecutionAbort) -> FrameExit {
    let code = f.code.bytes
    let entries = table.entries
    while true {
      let opcodeByte = code[f.pc]
      let entry = entries[Int(opcodeByte)]
      guard let opcode = entry.opcode else { return .halt(.invalidOpcode(opcodeByte)) }
      // Both stack bounds in one unsigned comparison; which one failed is sorted out after.
      guard
        UInt(bitPattern: f.stack.count &- entry.minimumHeight)
          <= UInt(bitPattern: entry.maximumHeight &- entry.minimumHeight)
      else {
        return .halt(f.stack.count < entry.minimumHeight ? .stackUnderflow : .stackOverflow)
      }
      guard f.charge(entry.staticGas) else { return .halt(.outOfGas) }
      switch opcode {
      case .stop: return .stop
      case .jumpdest: break
      case .add: add(&f)
      case .mul: mul(&f)
      case .sub: sub(&f)
      case .div: div(&f)
      case .sdiv: sdiv(&f)
      case .mod: mod(&f)
      case .smod: smod(&f)
      case .addmod: addmod(&f)
      case .mulmod: mulmod(&f)
      case .signextend: signextend(&f)
      case .lt: lt(&f)
      case .gt: gt(&f)
      case .slt: slt(&f)
      case .sgt: sgt(&f)
      case .eq: eq(&f)
      case .iszero: iszero(&f)
      case .`and`: `and`(&f)
      case .`or`: `or`(&f)
      case .xor: xor(&f)
      case .`not`: `not`(&f)
      case .`byte`: `byte`(&f)
      case .shl: shl(&f)
      case .shr: shr(&f)
      case .sar: sar(&f)
      case .clz: clz(&f)
      case .address: address(&f)
      case .origin: origin(&f)
      case .caller: caller(&f)
      case .callvalue: callvalue(&f)
      case .calldataload: calldataload(&f)
      case .calldatasize: calldatasize(&f)
      case .codesize: codesize(&f)
      case .gasprice: gasprice(&f)
      case .returndatasize: returndatasize(&f)
      case .coinbase: coinbase(&f)
      case .timestamp: timestamp(&f)
      case .number: number(&f)
      case .prevrandao: prevrandao(&f)
      case .gaslimit: gaslimit(&f)
      case .chainid: chainid(&f)
      case .basefee: basefee(&f)
      case .blobhash: blobhash(&f)
      case .blobbasefee: blobbasefee(&f)
      case .pop: pop(&f)
      case .msize: msize(&f)
      case .pc: pc(&f)
      case .gas: gas(&f)
      case .push0: push0(&f)
      case .tload: tload(&f)
      case .exp: if let exit = exp(&f) { return exit }
      case .keccak256: if let exit = keccak256(&f) { return exit }
      case .balance: if let exit = try balance(&f) { return exit }
      case .calldatacopy: if let exit = calldatacopy(&f) { return exit }
      case .codecopy: if let exit = codecopy(&f) { return exit }
      case .extcodesize: if let exit = try extcodesize(&f) { return exit }
      case .extcodecopy: if let exit = try extcodecopy(&f) { return exit }
      case .returndatacopy: if let exit = returndatacopy(&f) { return exit }
      case .extcodehash: if let exit = try extcodehash(&f) { return exit }
      case .blockhash: try blockhash(&f)
      case .selfbalance: try selfbalance(&f)
      case .mload: if let exit = mload(&f) { return exit }
      case .mstore: if let exit = mstore(&f) { return exit }
      case .mstore8: if let exit = mstore8(&f) { return exit }
      case .sload: if let exit = try sload(&f) { return exit }
      case .sstore: if let exit = try sstore(&f) { return exit }
      case .tstore: if let exit = tstore(&f) { return exit }
      case .mcopy: if let exit = mcopy(&f) { return exit }
      case .jump:
        if let exit = try jump(&f) { return exit }
        continue
      case .jumpi:
        if let exit = try jumpi(&f) { return exit }
        continue
      case .push1, .push2, .push3, .push4, .push5, .push6, .push7, .push8, .push9, .push10, .push11,
        .push12, .push13, .push14, .push15, .push16, .push17, .push18, .push19, .push20, .push21,
        .push22, .push23, .push24, .push25, .push26, .push27, .push28, .push29, .push30, .push31,
        .push32:
        push(&f, Int(opcodeByte - Opcode.push0.rawValue))
      case .dup1, .dup2, .dup3, .dup4, .dup5, .dup6, .dup7, .dup8, .dup9, .dup10, .dup11, .dup12,
        .dup13, .dup14, .dup15, .dup16:
        dup(&f, Int(opcodeByte - Opcode.dup1.rawValue) + 1)
      case .swap1, .swap2, .swap3, .swap4, .swap5, .swap6, .swap7, .swap8, .swap9, .swap10,
        .swap11, .swap12, .swap13, .swap14, .swap15, .swap16:
        swap(&f, Int(opcodeByte - Opcode.swap1.rawValue) + 1)
      case .log0, .log1, .log2, .log3, .log4:
        if let exit = log(&f, topics: Int(opcodeByte - Opcode.log0.rawValue)) { return exit }
      case .create: if let exit = try create(&f, .create) { return exit }
      case .create2: if let exit = try create(&f, .create2) { return exit }
      case .call: if let exit = try call(&f, .call) { return exit }
      case .callcode: if let exit = try call(&f, .callcode) { return exit }
      case .delegatecall: if let exit = try call(&f, .delegatecall) { return exit }
      case .staticcall: if let exit = try call(&f, .staticcall) { return exit }
      case .return:
        guard let (offset, length) = returnRegion(&f) else { return .halt(.outOfGas) }
        return .return(offset: offset, length: length)
      case .revert:
        guard let (offset, length) = returnRegion(&f) else { return .halt(.outOfGas) }
        return .revert(offset: offset, length: length)
      case .invalid: return .halt(.invalidOpcode(opcodeByte))
      case .selfdestruct: return try selfdestruct(&f)
      }
      f.pc &+= 1
    }
  }
}
