/// Explains a NEAR transaction (being built: see the NEAR issue).
enum NEARExplainer {
  static func explain(_ text: String, json: Bool) throws(Failure) -> String {
    throw .badInput("NEAR input is not supported yet")
  }
}
