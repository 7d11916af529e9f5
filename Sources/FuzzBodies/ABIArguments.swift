import EVM

extension FuzzBody {
  /// ABI decoding with a signature taken from the input: the first byte is the signature's
  /// length, the signature follows (`transfer(address,uint256)`), the rest is the encoded
  /// arguments. Decoded once against the signature's parameters and once as calldata behind its
  /// selector.
  public static let abi = FuzzBody(target: "ABI") { input in
    guard let length = input.first.map(Int.init), input.count > length else { return }
    let signature = String(decoding: input[1..<(1 + length)], as: UTF8.self)
    let encoded = Array(input[(length + 1)...])
    guard let function = try? ABIFunction(parsing: signature) else { return }
    _ = try? ABIDecoder.decode(function.inputs, from: encoded)
    _ = try? ABIDecoder.decodeArguments(of: function, calldata: function.selector + encoded)
  }
}
