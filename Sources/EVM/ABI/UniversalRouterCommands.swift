import TxrayCore

/// Decodes the command list of Uniswap's Universal Router: `execute(bytes commands, bytes[]
/// inputs[, uint256 deadline])` runs `commands[i]` with `inputs[i]`.
///
/// Each command byte is `allow-revert flag (0x80) | command type (low 6 bits)`; the input layouts
/// follow the router's Dispatcher, where every input is `abi.encode` of the listed parameters.
/// Types 0x00–0x0e mean the same in every router version; 0x10–0x14 and 0x21 are those of
/// Universal Router 2 (Uniswap v4), the version deployed today.
struct UniversalRouterCommands {
  let decoder: CallDecoder
  let depth: Int

  /// How a command's input is read.
  private enum Layout {
    /// `abi.encode` of these parameters.
    case abi([ABIParameter])
    /// Raw calldata forwarded to a position manager: decoded as a nested call.
    case calldata
    /// `(bytes commands, bytes[] inputs)`: a nested command list.
    case subPlan
  }

  private struct Command {
    var name: String
    var layout: Layout
    var intent: String?
  }

  private static let permitDetails =
    "(address token, uint160 amount, uint48 expiration, uint48 nonce)"
  private static let poolKey =
    "(address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks)"

  /// Command type → name and input layout, parsed from declarations once.
  private static let commands: [UInt8: Command] = {
    let declarations: [(UInt8, String, String?)] = [
      (
        0x00,
        "V3_SWAP_EXACT_IN(address recipient, uint256 amountIn, uint256 amountOutMin, bytes path, bool payerIsUser)",
        "Swap tokens (Uniswap v3)"
      ),
      (
        0x01,
        "V3_SWAP_EXACT_OUT(address recipient, uint256 amountOut, uint256 amountInMax, bytes path, bool payerIsUser)",
        "Swap tokens (Uniswap v3)"
      ),
      (
        0x02, "PERMIT2_TRANSFER_FROM(address token, address recipient, uint160 amount)",
        "Transfer tokens (Permit2)"
      ),
      (
        0x03,
        "PERMIT2_PERMIT_BATCH((\(permitDetails)[] details, address spender, uint256 sigDeadline) permitBatch, bytes signature)",
        "Approve token spending by signature (Permit2)"
      ),
      (0x04, "SWEEP(address token, address recipient, uint256 amountMin)", "Sweep tokens"),
      (0x05, "TRANSFER(address token, address recipient, uint256 value)", "Transfer tokens"),
      (
        0x06, "PAY_PORTION(address token, address recipient, uint256 bips)", "Pay a share of tokens"
      ),
      (
        0x08,
        "V2_SWAP_EXACT_IN(address recipient, uint256 amountIn, uint256 amountOutMin, address[] path, bool payerIsUser)",
        "Swap tokens (Uniswap v2)"
      ),
      (
        0x09,
        "V2_SWAP_EXACT_OUT(address recipient, uint256 amountOut, uint256 amountInMax, address[] path, bool payerIsUser)",
        "Swap tokens (Uniswap v2)"
      ),
      (
        0x0a,
        "PERMIT2_PERMIT((\(permitDetails) details, address spender, uint256 sigDeadline) permitSingle, bytes signature)",
        "Approve token spending by signature (Permit2)"
      ),
      (0x0b, "WRAP_ETH(address recipient, uint256 amountMin)", "Wrap ETH"),
      (0x0c, "UNWRAP_WETH(address recipient, uint256 amountMin)", "Unwrap WETH"),
      (
        0x0d,
        "PERMIT2_TRANSFER_FROM_BATCH((address from, address to, uint160 amount, address token)[] batchDetails)",
        "Transfer tokens (Permit2)"
      ),
      (
        0x0e, "BALANCE_CHECK_ERC20(address owner, address token, uint256 minBalance)",
        "Check a token balance"
      ),
      (0x10, "V4_SWAP(bytes actions, bytes[] params)", "Swap tokens (Uniswap v4)"),
      (
        0x13, "V4_INITIALIZE_POOL(\(poolKey) poolKey, uint160 sqrtPriceX96)",
        "Create a liquidity pool (Uniswap v4)"
      ),
    ]
    var table: [UInt8: Command] = [:]
    for (type, declaration, intent) in declarations {
      guard let function = try? ABIFunction(parsing: declaration) else { continue }
      table[type] = Command(name: function.name, layout: .abi(function.inputs), intent: intent)
    }
    table[0x11] = Command(
      name: "V3_POSITION_MANAGER_PERMIT", layout: .calldata, intent: "Permit a v3 position")
    table[0x12] = Command(
      name: "V3_POSITION_MANAGER_CALL", layout: .calldata, intent: "Manage a v3 position")
    table[0x14] = Command(
      name: "V4_POSITION_MANAGER_CALL", layout: .calldata, intent: "Manage a v4 position")
    table[0x21] = Command(name: "EXECUTE_SUB_PLAN", layout: .subPlan, intent: "Run router commands")
    return table
  }()

  /// Every declared command with its parameters, for tests and documentation.
  static var commandNames: [UInt8: String] { commands.mapValues(\.name) }

  /// The router's stand-in recipients and its packed v3 route, which a person cannot read from
  /// the raw values.
  private static func explanations(_ arguments: [DecodedCall.Argument]) -> String? {
    var notes: [String] = []
    for argument in arguments {
      switch (argument.name, argument.value) {
      case ("recipient", .address(let address))
      where address.bytes.dropLast().allSatisfy { $0 == 0 }:
        // Constants.MSG_SENDER and Constants.ADDRESS_THIS in the router's source.
        if address.bytes.last == 1 { notes.append("recipient 0x…0001 means the sender") }
        if address.bytes.last == 2 { notes.append("recipient 0x…0002 means the router itself") }
      case ("path", .bytes(let path)):
        if let route = v3Route(path) { notes.append("route " + route) }
      default: break
      }
    }
    return notes.isEmpty ? nil : notes.joined(separator: "; ")
  }

  /// A v3 path is `token (20) ‖ fee (3) ‖ token (20) ‖ …`; fees are in hundredths of a basis point.
  private static func v3Route(_ path: [UInt8]) -> String? {
    guard path.count >= 43, (path.count - 20) % 23 == 0 else { return nil }
    var parts: [String] = []
    var position = 0
    while position + 20 <= path.count {
      guard let token = Address(bytes: path[position..<(position + 20)]) else { return nil }
      parts.append(token.checksummed)
      position += 20
      if position + 3 <= path.count {
        let fee = Int(path[position]) << 16 | Int(path[position + 1]) << 8 | Int(path[position + 2])
        var fraction = String(String(fee % 10_000 + 10_000).dropFirst())
        while fraction.hasSuffix("0") { fraction.removeLast() }
        parts.append("(fee \(fee / 10_000)\(fraction.isEmpty ? "" : "." + fraction)%)")
        position += 3
      }
    }
    return parts.joined(separator: " → ")
  }

  func decode(commands bytes: [UInt8], inputs: [[UInt8]]) -> [DecodedCall] {
    var calls: [DecodedCall] = []
    for (i, byte) in bytes.enumerated() {
      var call = decodeCommand(byte, input: i < inputs.count ? inputs[i] : nil)
      if byte & 0x80 != 0 {
        call.note = NestedCallExtractor.join(
          "allowed to fail without undoing the other commands", call.note)
      }
      calls.append(call)
    }
    if inputs.count != bytes.count {
      calls.append(
        DecodedCall(
          selector: [], source: .unknown,
          note: "\(bytes.count) commands but \(inputs.count) inputs: the router reverts"))
    }
    return calls
  }

  private func decodeCommand(_ byte: UInt8, input: [UInt8]?) -> DecodedCall {
    let type = byte & 0x3f
    guard let command = Self.commands[type] else {
      return DecodedCall(
        selector: [byte], source: .unknown,
        note: "unknown Universal Router command \(Hex.encode([type]))")
    }
    var call = DecodedCall(
      selector: [byte], functionName: command.name, intent: command.intent, source: .registry)
    guard let input else {
      call.note = "no input for this command"
      return call
    }
    switch command.layout {
    case .abi(let parameters):
      call.signature =
        command.name + "(" + parameters.map(\.type.description).joined(separator: ",") + ")"
      do {
        let values = try ABIDecoder.decode(parameters, from: input)
        call.arguments = zip(parameters, values).map {
          DecodedCall.Argument(name: $0.name, type: $0.type, value: $1)
        }
        call.note = Self.explanations(call.arguments)
      } catch {
        call.note = "input does not decode: \(error)"
      }
    case .calldata:
      call.calls = [decoder.decode(calldata: input, contract: nil, depth: depth + 1)]
    case .subPlan:
      call.signature = "EXECUTE_SUB_PLAN(bytes,bytes[])"
      let plan = [
        ABIParameter(name: "commands", type: .bytes),
        ABIParameter(name: "inputs", type: .array(.bytes)),
      ]
      do {
        let values = try ABIDecoder.decode(plan, from: input)
        call.arguments = zip(plan, values).map {
          DecodedCall.Argument(name: $0.name, type: $0.type, value: $1)
        }
        guard case .bytes(let subCommands) = values[0], case .array(let subInputs) = values[1]
        else { return call }
        if depth >= CallDecoder.maxNestingDepth {
          call.note =
            "command lists nested deeper than \(CallDecoder.maxNestingDepth) levels are not decoded"
          return call
        }
        let nested = UniversalRouterCommands(decoder: decoder, depth: depth + 1)
        call.calls = nested.decode(
          commands: subCommands,
          inputs: subInputs.map {
            if case .bytes(let data) = $0 { return data }
            return []
          })
      } catch {
        call.note = "input does not decode: \(error)"
      }
    }
    return call
  }
}
