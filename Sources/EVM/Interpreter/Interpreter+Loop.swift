import TxrayCore

extension Interpreter {
  /// Runs `f` until it stops, fails, or needs a child frame. Before each instruction the loop
  /// checks, from the fork's table, that the opcode exists, the stack holds enough words and
  /// will not pass 1024, and charges the static gas; the instruction does the rest. A failed
  /// state read or the deadline is thrown.
  ///
  /// The program counter, gas and stack live in the local `r` (see `Registers`). The frequent
  /// instructions that need nothing else run here on it; the others run in `step(_:_:_:)` on the
  /// whole frame, which gets the registers before and gives them back after.
  func run(_ f: inout Frame) throws(ExecutionAbort) -> FrameExit {
    let code = f.code
    let entries = table.entries
    var r = f.registers
    defer { f.registers = r }
    while true {
      let opcodeByte = code.bytes[r.pc]
      let entry = entries[Int(opcodeByte)]
      // Both stack bounds, and whether the byte is an instruction at all, in one unsigned
      // comparison; which one failed is sorted out after.
      guard UInt(bitPattern: r.stack.count &- entry.minimumHeight) <= entry.heightSpan else {
        guard entry.opcode != nil else { return .halt(.invalidOpcode(opcodeByte)) }
        return .halt(r.stack.count < entry.minimumHeight ? .stackUnderflow : .stackOverflow)
      }
      guard r.charge(entry.staticGas) else { return .halt(.outOfGas) }
      // Checked above: the byte is an instruction.
      switch entry.opcode.unsafelyUnwrapped {
      case .stop: return .stop
      case .jumpdest: break
      case .add: add(&r)
      case .mul: mul(&r)
      case .sub: sub(&r)
      case .div: div(&r)
      case .sdiv: sdiv(&r)
      case .mod: mod(&r)
      case .smod: smod(&r)
      case .addmod: addmod(&r)
      case .mulmod: mulmod(&r)
      case .exp: if let exit = exp(&r) { return exit }
      case .signextend: signextend(&r)
      case .lt: lt(&r)
      case .gt: gt(&r)
      case .slt: slt(&r)
      case .sgt: sgt(&r)
      case .eq: eq(&r)
      case .iszero: iszero(&r)
      case .`and`: `and`(&r)
      case .`or`: `or`(&r)
      case .xor: xor(&r)
      case .`not`: `not`(&r)
      case .`byte`: `byte`(&r)
      case .shl: shl(&r)
      case .shr: shr(&r)
      case .sar: sar(&r)
      case .clz: clz(&r)
      case .pop: pop(&r)
      case .msize: msize(&r, &f.memory)
      case .pc: pc(&r)
      case .gas: gas(&r)
      case .push0: push0(&r)
      case .mload: if let exit = mload(&r, &f.memory) { return exit }
      case .mstore: if let exit = mstore(&r, &f.memory) { return exit }
      case .mstore8: if let exit = mstore8(&r, &f.memory) { return exit }
      case .jump:
        if let exit = try jump(&r, code) { return exit }
        continue
      case .jumpi:
        if let exit = try jumpi(&r, code) { return exit }
        continue
      case .push1, .push2, .push3, .push4, .push5, .push6, .push7, .push8, .push9, .push10, .push11,
        .push12, .push13, .push14, .push15, .push16, .push17, .push18, .push19, .push20, .push21,
        .push22, .push23, .push24, .push25, .push26, .push27, .push28, .push29, .push30, .push31,
        .push32:
        push(&r, code, Int(opcodeByte &- Opcode.push0.rawValue))
      case .dup1, .dup2, .dup3, .dup4, .dup5, .dup6, .dup7, .dup8, .dup9, .dup10, .dup11, .dup12,
        .dup13, .dup14, .dup15, .dup16:
        dup(&r, Int(opcodeByte &- Opcode.dup1.rawValue) &+ 1)
      case .swap1, .swap2, .swap3, .swap4, .swap5, .swap6, .swap7, .swap8, .swap9, .swap10,
        .swap11, .swap12, .swap13, .swap14, .swap15, .swap16:
        swap(&r, Int(opcodeByte &- Opcode.swap1.rawValue) &+ 1)
      case .return:
        guard let (offset, length) = returnRegion(&r, &f.memory) else { return .halt(.outOfGas) }
        return .return(offset: offset, length: length)
      case .revert:
        guard let (offset, length) = returnRegion(&r, &f.memory) else { return .halt(.outOfGas) }
        return .revert(offset: offset, length: length)
      case .invalid: return .halt(.invalidOpcode(opcodeByte))
      // Listed rather than a `default`, so the switch needs no range check.
      case .address, .origin, .caller, .callvalue, .calldataload, .calldatasize, .codesize,
        .gasprice, .returndatasize, .coinbase, .timestamp, .number, .prevrandao, .gaslimit,
        .chainid, .basefee, .blobhash, .blobbasefee, .tload, .keccak256, .balance, .calldatacopy,
        .codecopy, .extcodesize, .extcodecopy, .returndatacopy, .extcodehash, .blockhash,
        .selfbalance, .sload, .sstore, .tstore, .mcopy, .log0, .log1, .log2, .log3, .log4, .create,
        .create2, .call, .callcode, .delegatecall, .staticcall, .selfdestruct:
        f.registers = r
        let exit = try step(entry.opcode.unsafelyUnwrapped, opcodeByte, &f)
        r = f.registers
        if let exit { return exit }
      }
      r.pc &+= 1
    }
  }

  /// Runs one instruction that needs more of the frame than its registers (the environment,
  /// state, logs, calls), already checked and charged its static gas by `run`. Returns nil to go
  /// on with the next instruction.
  private func step(
    _ opcode: Opcode, _ opcodeByte: UInt8, _ f: inout Frame
  ) throws(ExecutionAbort) -> FrameExit? {
    switch opcode {
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
    case .tload: tload(&f)
    case .keccak256: return keccak256(&f)
    case .balance: return try balance(&f)
    case .calldatacopy: return calldatacopy(&f)
    case .codecopy: return codecopy(&f)
    case .extcodesize: return try extcodesize(&f)
    case .extcodecopy: return try extcodecopy(&f)
    case .returndatacopy: return returndatacopy(&f)
    case .extcodehash: return try extcodehash(&f)
    case .blockhash: try blockhash(&f)
    case .selfbalance: try selfbalance(&f)
    case .sload: return try sload(&f)
    case .sstore: return try sstore(&f)
    case .tstore: return tstore(&f)
    case .mcopy: return mcopy(&f)
    case .log0, .log1, .log2, .log3, .log4:
      return log(&f, topics: Int(opcodeByte &- Opcode.log0.rawValue))
    case .create: return try create(&f, .create)
    case .create2: return try create(&f, .create2)
    case .call: return try call(&f, .call)
    case .callcode: return try call(&f, .callcode)
    case .delegatecall: return try call(&f, .delegatecall)
    case .staticcall: return try call(&f, .staticcall)
    case .selfdestruct: return try selfdestruct(&f)

    default:
      preconditionFailure("\(opcode) runs in run(_:)")
    }
    return nil
  }
}
