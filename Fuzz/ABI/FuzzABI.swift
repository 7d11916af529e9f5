import CLibFuzzer
import EVM

/// ABI decoding with a signature taken from the input: the first byte is the signature's length,
/// the signature follows (`transfer(address,uint256)`), the rest is the encoded arguments.
/// Decoded once against the signature's parameters and once as calldata behind its selector.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let length = bytes.first.map(Int.init), bytes.count > length else { return 0 }
  let signature = String(decoding: bytes[1..<(1 + length)], as: UTF8.self)
  let encoded = Array(bytes[(length + 1)...])
  guard let function = try? ABIFunction(parsing: signature) else { return 0 }
  _ = try? ABIDecoder.decode(function.inputs, from: encoded)
  _ = try? ABIDecoder.decodeArguments(of: function, calldata: function.selector + encoded)
  return 0
}

/// The entry point SwiftPM links for this target: libFuzzer's driver.
@_cdecl("FuzzABI_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  txray_fuzz_main(argc, argv)
}
