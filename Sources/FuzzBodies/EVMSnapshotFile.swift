import EVM
import Foundation

extension FuzzBody {
  /// An EVM state snapshot file (`--state`: txray's format or a prestateTracer answer).
  public static let evmSnapshot = FuzzBody(target: "EVMSnapshot") { input in
    _ = try? StateSnapshot(json: Data(input))
  }
}
