import TxrayCore

/// How a function call's argument bytes read: contracts take JSON by convention, but the bytes
/// are whatever the caller put there, so anything else is shown as bytes.
public enum FunctionCallArguments {
  /// The arguments as text when they are UTF-8 holding one JSON value; nil otherwise.
  public static func jsonText(_ args: [UInt8]) -> String? {
    parsed(args)?.text
  }

  /// A JSON-object argument, for reading standard calls; nil for anything else.
  public static func object(_ args: [UInt8]) -> JSONValue? {
    guard let value = parsed(args)?.value, case .object = value else { return nil }
    return value
  }

  private static func parsed(_ args: [UInt8]) -> (text: String, value: JSONValue)? {
    guard !args.isEmpty, let text = String(validating: args, as: UTF8.self),
      let value = try? JSONValue(parsing: text)
    else { return nil }
    return (text, value)
  }
}
