import Foundation

/// How a function call's argument bytes read: contracts take JSON by convention, but the bytes
/// are whatever the caller put there, so anything else is shown as bytes.
public enum FunctionCallArguments {
  /// The arguments as text when they are UTF-8 holding one JSON value; nil otherwise.
  public static func jsonText(_ args: [UInt8]) -> String? {
    guard !args.isEmpty, let text = String(validating: args, as: UTF8.self),
      (try? JSONSerialization.jsonObject(with: Data(args), options: [.fragmentsAllowed])) != nil
    else { return nil }
    return text
  }

  /// The top-level members of a JSON-object argument, for reading standard calls.
  static func object(_ args: [UInt8]) -> [String: Any]? {
    guard jsonText(args) != nil else { return nil }
    return (try? JSONSerialization.jsonObject(with: Data(args))) as? [String: Any]
  }
}
