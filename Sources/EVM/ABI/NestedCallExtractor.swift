import TxrayCore

/// Finds the calls a batch function carries and decodes them: multicalls, Multicall3, Safe
/// `execTransaction` and MultiSend, ERC-4337 `handleOps`, smart-account `execute` functions and
/// the Universal Router's command list.
///
/// Keyed by canonical signature rather than by contract address, so a fork or redeployment of
/// these contracts is understood too; the arguments were already decoded strictly, so only their
/// shapes are read here.
struct NestedCallExtractor {
  let decoder: CallDecoder
  let depth: Int

  /// Signatures whose arguments hold calls.
  private static let batchSignatures: Set<String> = [
    "multicall(bytes[])", "multicall(uint256,bytes[])", "multicall(bytes32,bytes[])",
    "aggregate((address,bytes)[])", "blockAndAggregate((address,bytes)[])",
    "tryAggregate(bool,(address,bytes)[])", "tryBlockAndAggregate(bool,(address,bytes)[])",
    "aggregate3((address,bool,bytes)[])", "aggregate3Value((address,bool,uint256,bytes)[])",
    safeExec, safeModuleExec, "multiSend(bytes)", handleOpsV06, handleOpsV07,
    "execute(address,uint256,bytes)", "executeBatch(address[],bytes[])",
    "executeBatch(address[],uint256[],bytes[])", "executeBatch((address,uint256,bytes)[])",
    "execute(bytes,bytes[])", "execute(bytes,bytes[],uint256)",
  ]
  private static let safeExec =
    "execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)"
  private static let safeModuleExec = "execTransactionFromModule(address,uint256,bytes,uint8)"
  private static let handleOpsV06 =
    "handleOps((address,uint256,bytes,bytes,uint256,uint256,uint256,uint256,uint256,bytes,bytes)[],address)"
  private static let handleOpsV07 =
    "handleOps((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes)[],address)"

  static func carriesCalls(_ call: DecodedCall) -> Bool {
    call.signature.map(batchSignatures.contains) ?? false
  }

  func addNestedCalls(to call: inout DecodedCall, contract: Address?) {
    guard let signature = call.signature, Self.batchSignatures.contains(signature) else { return }
    let args = call.arguments.map(\.value)
    switch signature {
    case "multicall(bytes[])", "multicall(uint256,bytes[])", "multicall(bytes32,bytes[])":
      // Each entry is a call the contract makes on itself.
      call.calls = Self.byteStrings(args.last).map { inner($0, target: contract, value: nil) }
    case "aggregate((address,bytes)[])", "blockAndAggregate((address,bytes)[])":
      call.calls = Self.tuples(args.first).map { inner($0[1], target: $0[0], value: nil) }
    case "tryAggregate(bool,(address,bytes)[])", "tryBlockAndAggregate(bool,(address,bytes)[])":
      call.calls = Self.tuples(args.last).map { inner($0[1], target: $0[0], value: nil) }
    case "aggregate3((address,bool,bytes)[])":
      call.calls = Self.tuples(args.first).map { inner($0[2], target: $0[0], value: nil) }
    case "aggregate3Value((address,bool,uint256,bytes)[])":
      call.calls = Self.tuples(args.first).map { inner($0[3], target: $0[0], value: $0[2]) }
    case Self.safeExec, Self.safeModuleExec:
      var nested = inner(args[2], target: args[0], value: args[1])
      if case .uint(let operation) = args[3], operation == 1 {
        nested.isDelegateCall = true
        nested.note = Self.join(
          "delegatecall: runs as the Safe itself, with its storage and funds", nested.note)
      }
      call.calls = [nested]
    case "multiSend(bytes)":
      addMultiSend(to: &call, args.first)
    case Self.handleOpsV06, Self.handleOpsV07:
      // The EntryPoint calls each user operation's sender (the smart account) with its callData.
      call.calls = Self.tuples(args.first).map { inner($0[3], target: $0[0], value: nil) }
    case "execute(address,uint256,bytes)":
      call.calls = [inner(args[2], target: args[0], value: args[1])]
    case "executeBatch(address[],bytes[])":
      call.calls = zip(Self.items(args[0]), Self.items(args[1])).map {
        inner($1, target: $0, value: nil)
      }
    case "executeBatch(address[],uint256[],bytes[])":
      let targets = Self.items(args[0])
      let values = Self.items(args[1])
      let datas = Self.items(args[2])
      call.calls = (0..<min(targets.count, values.count, datas.count)).map {
        inner(datas[$0], target: targets[$0], value: values[$0])
      }
    case "executeBatch((address,uint256,bytes)[])":
      call.calls = Self.tuples(args.first).map { inner($0[2], target: $0[0], value: $0[1]) }
    case "execute(bytes,bytes[])", "execute(bytes,bytes[],uint256)":
      guard case .bytes(let commands) = args[0] else { return }
      let router = UniversalRouterCommands(decoder: decoder, depth: depth + 1)
      call.calls = router.decode(commands: commands, inputs: Self.byteStrings(args[1]))
    default:
      return
    }
  }

  private func addMultiSend(to call: inout DecodedCall, _ packed: ABIValue?) {
    guard case .bytes(let bytes) = packed else { return }
    do {
      call.calls = try SafeMultiSend.transactions(bytes).map { tx in
        var nested = inner(.bytes(tx.data), target: .address(tx.to), value: .uint(tx.value))
        if tx.operation == 1 {
          nested.isDelegateCall = true
          nested.note = Self.join("delegatecall: runs as the Safe itself", nested.note)
        }
        return nested
      }
    } catch {
      call.note = Self.join("the batch could not be read: \(error)", call.note)
    }
  }

  /// Decodes one inner call from ABI values shaped (bytes, address?, uint?).
  private func inner(_ data: ABIValue, target: ABIValue?, value: ABIValue?) -> DecodedCall {
    var address: Address?
    if case .address(let a) = target { address = a }
    return inner(Self.bytes(data), target: address, value: value)
  }

  private func inner(_ data: [UInt8], target: Address?, value: ABIValue?) -> DecodedCall {
    var call = decoder.decode(calldata: data, contract: target, depth: depth + 1)
    call.target = target
    if case .uint(let amount) = value { call.value = amount }
    if data.isEmpty, let amount = call.value, !amount.isZero {
      call.intent = "Send native currency"
      call.note = nil
    }
    return call
  }

  private static func items(_ value: ABIValue?) -> [ABIValue] {
    if case .array(let items) = value { return items }
    return []
  }

  private static func tuples(_ value: ABIValue?) -> [[ABIValue]] {
    items(value).compactMap {
      if case .tuple(let fields) = $0 { return fields }
      return nil
    }
  }

  private static func byteStrings(_ value: ABIValue?) -> [[UInt8]] {
    items(value).map(bytes)
  }

  private static func bytes(_ value: ABIValue) -> [UInt8] {
    if case .bytes(let data) = value { return data }
    return []
  }

  static func join(_ first: String, _ second: String?) -> String {
    guard let second else { return first }
    return first + "; " + second
  }
}
