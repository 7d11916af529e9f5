import NEAR

extension FuzzBody {
  /// A NEAR state snapshot file (`--state`), on arbitrary bytes read as UTF-8.
  public static let nearSnapshot = FuzzBody(target: "NEARSnapshot") { input in
    _ = try? NEARSnapshot.parse(json: String(decoding: input, as: UTF8.self))
  }
}
