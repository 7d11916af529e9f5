import TxrayCore

/// NEAR's gas prices for actions and host functions: the values of nearcore's current
/// `parameters.snap` (protocol ~80, 2025), which mainnet runs.
///
/// How close the simulation's gas is to NEAR's:
/// - Exact: action fees (receipt creation, each action's send and execution fee and per-byte
///   parts, sir/not-sir), data receipt base fees, contract loading, and every host function's
///   base and per-byte costs listed below; refunds of unused gas at the receipt's price; the 30%
///   of a contract's burnt gas paid to its account.
/// - Close: Wasm execution is `regularOp` per operator as WasmKit's fuel counts them; nearcore
///   meters its own instrumented code per basic block, so instruction gas can differ by a few
///   percent. Storage reads and writes charge one `touching_trie_node` each (nearcore's flat
///   storage charges trie nodes it walks, which txray cannot see).
/// - Not modelled: per-byte fees of data returned to callbacks, compute costs and congestion,
///   the gas refund penalty (zero on mainnet today), gas price changes between blocks (one
///   price for the whole transaction), `AddKey` nonces being reset to the block height.
/// The test `plainTransferMovesNEARAndBurnsOnlyFixedFees` pins the fixed-fee arithmetic.
public struct FeeSchedule: Sendable {
  /// Fees of one thing sent as a receipt: `sendSir` when sender is receiver, else `sendNotSir`,
  /// charged when the receipt is created; `execution` charged (prepaid) when it runs.
  public struct Fee: Sendable {
    public var sendSir: UInt64
    public var sendNotSir: UInt64
    public var execution: UInt64

    public init(_ sendSir: UInt64, _ sendNotSir: UInt64, _ execution: UInt64) {
      self.sendSir = sendSir
      self.sendNotSir = sendNotSir
      self.execution = execution
    }

    public func send(sir: Bool) -> UInt64 { sir ? sendSir : sendNotSir }
  }

  public var actionReceiptCreation = Fee(108_059_500_000, 108_059_500_000, 108_059_500_000)
  public var dataReceiptBase = Fee(36_486_732_312, 36_486_732_312, 36_486_732_312)
  public var dataReceiptPerByte = Fee(17_212_011, 47_683_715, 17_212_011)
  public var createAccount = Fee(3_850_000_000_000, 3_850_000_000_000, 3_850_000_000_000)
  public var deleteAccount = Fee(147_489_000_000, 147_489_000_000, 147_489_000_000)
  public var deployContract = Fee(184_765_750_000, 184_765_750_000, 184_765_750_000)
  public var deployContractPerByte = Fee(6_812_999, 47_683_715, 64_572_944)
  public var functionCall = Fee(200_000_000_000, 200_000_000_000, 780_000_000_000)
  public var functionCallPerByte = Fee(2_235_934, 47_683_715, 2_235_934)
  public var transfer = Fee(115_123_062_500, 115_123_062_500, 115_123_062_500)
  public var stake = Fee(141_715_687_500, 141_715_687_500, 102_217_625_000)
  public var addFullAccessKey = Fee(101_765_125_000, 101_765_125_000, 101_765_125_000)
  public var addFunctionCallKey = Fee(102_217_625_000, 102_217_625_000, 102_217_625_000)
  public var addFunctionCallKeyPerByte = Fee(1_925_331, 47_683_715, 1_925_331)
  public var deleteKey = Fee(94_946_625_000, 94_946_625_000, 94_946_625_000)
  public var delegate = Fee(200_000_000_000, 200_000_000_000, 200_000_000_000)

  /// Host function (`wasm_*`) costs.
  public struct HostCosts: Sendable {
    public var regularOp: UInt64 = 822_756
    public var base: UInt64 = 264_768_111
    public var contractLoadingBase: UInt64 = 35_445_963
    public var contractLoadingByte: UInt64 = 1_089_295
    public var readMemoryBase: UInt64 = 2_609_863_200
    public var readMemoryByte: UInt64 = 3_801_333
    public var writeMemoryBase: UInt64 = 2_803_794_861
    public var writeMemoryByte: UInt64 = 2_723_772
    public var readRegisterBase: UInt64 = 2_517_165_186
    public var readRegisterByte: UInt64 = 98_562
    public var writeRegisterBase: UInt64 = 2_865_522_486
    public var writeRegisterByte: UInt64 = 3_801_564
    public var utf8DecodingBase: UInt64 = 3_111_779_061
    public var utf8DecodingByte: UInt64 = 291_580_479
    public var utf16DecodingBase: UInt64 = 3_543_313_050
    public var utf16DecodingByte: UInt64 = 163_577_493
    public var sha256Base: UInt64 = 4_540_970_250
    public var sha256Byte: UInt64 = 24_117_351
    public var keccak256Base: UInt64 = 5_879_491_275
    public var keccak256Byte: UInt64 = 21_471_105
    public var keccak512Base: UInt64 = 5_811_388_236
    public var keccak512Byte: UInt64 = 36_649_701
    public var ripemd160Base: UInt64 = 853_675_086
    public var ripemd160Block: UInt64 = 680_107_584
    public var ecrecoverBase: UInt64 = 278_821_988_457
    public var ed25519VerifyBase: UInt64 = 210_000_000_000
    public var ed25519VerifyByte: UInt64 = 9_000_000
    public var logBase: UInt64 = 3_543_313_050
    public var logByte: UInt64 = 13_198_791
    public var storageWriteBase: UInt64 = 64_196_736_000
    public var storageWriteKeyByte: UInt64 = 70_482_867
    public var storageWriteValueByte: UInt64 = 31_018_539
    public var storageWriteEvictedByte: UInt64 = 32_117_307
    public var storageReadBase: UInt64 = 56_356_845_749
    public var storageReadKeyByte: UInt64 = 30_952_533
    public var storageReadValueByte: UInt64 = 5_611_004
    public var storageRemoveBase: UInt64 = 53_473_030_500
    public var storageRemoveKeyByte: UInt64 = 38_220_384
    public var storageRemoveRetValueByte: UInt64 = 11_531_556
    public var storageHasKeyBase: UInt64 = 54_039_896_625
    public var storageHasKeyByte: UInt64 = 30_790_845
    public var touchingTrieNode: UInt64 = 2_280_000_000
    public var promiseAndBase: UInt64 = 1_465_013_400
    public var promiseAndPerPromise: UInt64 = 5_452_176
    public var promiseReturn: UInt64 = 560_152_386
    public var validatorStakeBase: UInt64 = 911_834_726_400
    public var validatorTotalStakeBase: UInt64 = 911_834_726_400
  }

  public var host = HostCosts()

  /// Share of a function call's burnt gas paid to the contract's account: 3/10.
  public var burntGasRewardNumerator: UInt64 = 3
  public var burntGasRewardDenominator: UInt64 = 10
  /// yoctoNEAR of stake per byte of storage (10^19: 1 NEAR per 100 kB).
  public var storageAmountPerByte = UInt256(10_000_000_000_000_000_000)
  public var storageNumBytesAccount: UInt64 = 100
  public var storageNumExtraBytesRecord: UInt64 = 40
  /// nearcore's `max_gas_burnt`: one function call never burns more.
  public var maxGasBurnt: UInt64 = 1_000_000_000_000_000
  public var maxTotalPrepaidGas: UInt64 = 1_000_000_000_000_000
  public var maxRegisterSize: UInt64 = 104_857_600
  public var maxNumberRegisters = 100
  public var registersMemoryLimit: UInt64 = 1_073_741_824
  public var maxNumberLogs = 100
  public var maxTotalLogLength: UInt64 = 16_384
  public var maxLengthStorageKey: UInt64 = 2_048
  public var maxLengthStorageValue: UInt64 = 4_194_304
  public var maxLengthReturnedData: UInt64 = 4_194_304
  public var maxPromisesPerFunctionCall = 1_024
  public var maxNumberInputDataDependencies: UInt64 = 128
  public var maxContractSize: UInt64 = 4_194_304
  public var maxMemoryPages: UInt64 = 2_048
  public var minAllowedTopLevelAccountLength = 65
  /// nearcore's `deterministic_account_ids` (on in parameters.snap): among other things, the
  /// call's input and promise results reach registers without a per-byte fee.
  public var deterministicAccountIds = true

  public init() {}

  /// The send and execution fees of one action, as nearcore prices it.
  public func fees(of action: Action) -> (sendSir: UInt64, sendNotSir: UInt64, execution: UInt64) {
    func scaled(_ fee: Fee, _ perByte: Fee, _ bytes: Int) -> (UInt64, UInt64, UInt64) {
      let count = UInt64(clamping: bytes)
      return (
        fee.sendSir &+ perByte.sendSir &* count, fee.sendNotSir &+ perByte.sendNotSir &* count,
        fee.execution &+ perByte.execution &* count
      )
    }
    func plain(_ fee: Fee) -> (UInt64, UInt64, UInt64) {
      (fee.sendSir, fee.sendNotSir, fee.execution)
    }
    switch action {
    case .createAccount: return plain(createAccount)
    case .deployContract(let code):
      return scaled(deployContract, deployContractPerByte, code.size ?? 0)
    case .functionCall(let call):
      return scaled(
        functionCall, functionCallPerByte, call.methodName.utf8.count + call.args.count)
    case .transfer: return plain(transfer)
    case .stake: return plain(stake)
    case .addKey(_, let key):
      switch key.permission {
      case .fullAccess: return plain(addFullAccessKey)
      case .functionCall(_, _, let methods):
        let bytes = methods.reduce(0) { $0 + $1.utf8.count + 1 }
        return scaled(addFunctionCallKey, addFunctionCallKeyPerByte, bytes)
      }
    case .deleteKey: return plain(deleteKey)
    case .deleteAccount: return plain(deleteAccount)
    case .delegate(let signed):
      // The relayer prepays the inner receipt: its creation and inner actions are sent with the
      // delegate action and their execution is prepaid with its execution.
      var total = plain(delegate)
      let inner = signed.delegateAction
      let sir = inner.senderId == inner.receiverId
      let innerSend =
        actionReceiptCreation.send(sir: sir)
        &+ inner.actions.reduce(0) {
          $0 &+ (sir ? fees(of: $1).sendSir : fees(of: $1).sendNotSir)
        }
      let innerExecution =
        actionReceiptCreation.execution
        &+ inner.actions.reduce(0) {
          $0 &+ fees(of: $1).execution
        }
      total.0 &+= innerSend
      total.1 &+= innerSend
      total.2 &+= innerExecution
      return total
    // Global contracts, state init and gas keys are not simulated (the run stops at them);
    // a transfer's fee stands in so the conversion can still be priced.
    default: return plain(transfer)
    }
  }

  /// Send fees of a receipt carrying `actions` (creation included).
  public func sendFees(_ actions: [Action], sir: Bool) -> UInt64 {
    actions.reduce(actionReceiptCreation.send(sir: sir)) {
      let fee = fees(of: $1)
      return $0 &+ (sir ? fee.sendSir : fee.sendNotSir)
    }
  }

  /// Execution fees of a receipt carrying `actions` (creation included).
  public func executionFees(_ actions: [Action]) -> UInt64 {
    actions.reduce(actionReceiptCreation.execution) { $0 &+ fees(of: $1).execution }
  }
}
