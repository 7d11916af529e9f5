import TxrayCore

/// The fees a 0x Exchange Proxy `transformERC20` call pays out of the swap. The call lists the
/// transformers it runs, each named by the nonce its chain's transformer deployer created it
/// with (`deploymentNonce`, a plain CREATE), together with that transformer's data. The one at
/// the AffiliateFeeTransformer's address pays `(address token, uint256 amount, address
/// recipient)[]`: the integrator's cut, sent to someone other than the signer.
///
/// Which transformer a nonce names is worked out from the deployer, never assumed: the deployer
/// and transformer addresses are those of 0xProject/protocol's
/// packages/contract-addresses/addresses.json (Apache-2.0, commit 0046bb26), the chains the
/// known-contracts table names the Exchange Proxy on.
enum ZeroExFees {
  private struct Deployment {
    let deployer: Address
    let affiliateFeeTransformer: Address
  }

  private static let deployments: [UInt64: Deployment] = [
    1: deployment(
      "0x39dce47a67ad34344eab877eae3ef1fa2a1d50bb", "0xda6d9fc5998f550a094585cf9171f0e8ee3ac59f"),
    10: deployment(
      "0x3a539ed6bd42de8fbaf3899fb490c792e153d647", "0x55cf1d7535250db75bf0190493f55781ee583553"),
    56: deployment(
      "0x8224aa8fe5c9f07d5a59c735386ff6cc6aaeb568", "0x1be34ab9b2acb5c4ddd89454bdce637967e65230"),
    137: deployment(
      "0xe6d9207df11c55bce2f7a189ae95e3222d5484d3", "0xbed27284b42e5684e987169cf1da09c5d6c49fa8"),
    43114: deployment(
      "0xa60b57833dce6260f4f2411c811755dd980bc0a7", "0x34617b855411e52fbc05899435f44cbd0503022c"),
  ]

  private static func deployment(_ deployer: String, _ transformer: String) -> Deployment {
    Deployment(
      deployer: Address(hex: deployer) ?? .zero,
      affiliateFeeTransformer: Address(hex: transformer) ?? .zero)
  }

  private static let feeList: [ABIParameter] =
    (try? ABIFunction(parsing: "fees((address token, uint256 amount, address recipient)[] fees)"))?
    .inputs ?? []

  /// The affiliate fees of `call` when it is `transformERC20` on a chain whose deployer is
  /// known. A zero amount pays nothing and is left out; the transformer reads uint256's maximum
  /// as "all the proxy holds of the token", which is shown as an amount not known in advance.
  static func portions(_ call: DecodedCall, chainId: UInt256?) -> [SwapPlan.Portion] {
    guard call.functionName == "transformERC20",
      let chainId, chainId <= UInt256(UInt64.max),
      let deployment = deployments[chainId.low64],
      case .array(let transformations)? = NamedArguments(call).value("transformations")
    else { return [] }
    var portions: [SwapPlan.Portion] = []
    for transformation in transformations {
      guard case .tuple(let members) = transformation, members.count == 2,
        case .uint(let nonce) = members[0], case .bytes(let data) = members[1],
        nonce <= UInt256(UInt64.max),
        ContractAddress.create(sender: deployment.deployer, nonce: nonce.low64)
          == deployment.affiliateFeeTransformer,
        let values = try? ABIDecoder.decode(feeList, from: data),
        case .array(let fees)? = values.first
      else { continue }
      for fee in fees {
        guard case .tuple(let fields) = fee, fields.count == 3,
          case .address(let token) = fields[0], case .uint(let amount) = fields[1],
          case .address(let recipient) = fields[2], !amount.isZero
        else { continue }
        portions.append(
          .init(
            token: token == .nativeCurrencyPlaceholder ? .native : .erc20(token),
            recipient: recipient, amount: amount == .max ? nil : amount))
      }
    }
    return portions
  }
}
