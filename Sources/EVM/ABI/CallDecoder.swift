import TxrayCore

/// Says what calldata asks a contract to do: finds the function by selector (user ABI first,
/// then the bundled registry), decodes its arguments strictly, and decodes the calls it carries,
/// recursively up to `maxNestingDepth`. Never throws: whatever cannot be decoded becomes a guess
/// or a note, because a person about to sign still needs to see everything that *was* understood.
public struct CallDecoder: Sendable {
  /// Batches inside batches deeper than this are left undecoded (with a note), which bounds the
  /// work a hostile blob can cause and the recursion depth.
  public static let maxNestingDepth = 8

  public var registry: SelectorRegistry
  public var userABI: UserABI

  public init(registry: SelectorRegistry = .bundled, userABI: UserABI = UserABI()) {
    self.registry = registry
    self.userABI = userABI
  }

  /// The call `calldata` makes on `contract` (nil when unknown, e.g. a self-call in a multicall).
  public func decode(calldata: [UInt8], contract: Address?) -> DecodedCall {
    decode(calldata: calldata, contract: contract, depth: 0)
  }

  func decode(calldata: [UInt8], contract: Address?, depth: Int) -> DecodedCall {
    guard calldata.count >= 4 else {
      return DecodedCall(
        selector: calldata, source: .unknown,
        note: calldata.isEmpty
          ? "no calldata" : "\(calldata.count) bytes of calldata, too short for a function selector"
      )
    }
    let selector = Array(calldata[0..<4])
    let known = registry.functions(selector: selector)
    let user = userABI.functions(selector: selector, contract: contract)
    let candidates: [(function: ABIFunction, source: DecodedCall.Source, intent: String?)] =
      user.isEmpty
      ? known.map { ($0.function, .registry, $0.intent) }
      : user.map { function in
        (function, .abi, known.first { $0.function.signature == function.signature }?.intent)
      }

    var matches: [DecodedCall] = []
    var firstError: (signature: String, error: ABIError)?
    for candidate in candidates {
      do {
        let values = try ABIDecoder.decode(candidate.function.inputs, from: calldata, at: 4)
        matches.append(
          DecodedCall(
            selector: selector, signature: candidate.function.signature,
            functionName: candidate.function.name,
            arguments: zip(candidate.function.inputs, values).map {
              DecodedCall.Argument(name: $0.name, type: $0.type, value: $1)
            },
            intent: candidate.intent, source: candidate.source))
      } catch {
        if firstError == nil { firstError = (candidate.function.signature, error) }
      }
    }
    guard var call = matches.first else {
      var guess = CalldataGuesser.guess(calldata)
      if let firstError {
        guess.note = NestedCallExtractor.join(
          "the selector matches \(firstError.signature) but the arguments do not decode as it: \(firstError.error)",
          guess.note)
      }
      return guess
    }
    call.alternatives = Array(matches.dropFirst())
    if !call.alternatives.isEmpty {
      call.note =
        "ambiguous selector: \(matches.count) known functions share it and the arguments fit each"
    }
    if depth >= Self.maxNestingDepth {
      if NestedCallExtractor.carriesCalls(call) {
        call.note = "calls nested deeper than \(Self.maxNestingDepth) levels are not decoded"
      }
      return call
    }
    NestedCallExtractor(decoder: self, depth: depth).addNestedCalls(to: &call, contract: contract)
    return call
  }
}
