/// Explains EIP-712 typed data (being built: see the ABI and typed-data issue).
enum TypedDataExplainer {
  static func explain(_ text: String, json: Bool) throws(Failure) -> String {
    throw .badInput("EIP-712 typed data is not supported yet")
  }
}
