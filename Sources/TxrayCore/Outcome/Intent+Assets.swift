extension Intent {
  /// The intent with every part's asset passed through `transform`: a reader that states a
  /// token by its contract alone gets it named from a token list afterwards, as effects do.
  public func mappingAssets(_ transform: (Asset) -> Asset) -> Intent {
    func mapped(_ parts: [IntentAmount]) -> [IntentAmount] {
      parts.map { part in
        var named = part
        named.asset = transform(part.asset)
        return named
      }
    }
    var intent = self
    intent.pays = mapped(pays)
    intent.receives = mapped(receives)
    intent.fees = mapped(fees)
    return intent
  }
}
