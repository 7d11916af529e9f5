import TxrayCore

/// The main thing an outcome does, as a verb phrase in the base form ("allow {spender} to spend
/// all of your {token}, forever"), so it reads after "You" and after "you would try to" alike,
/// and a sentence of detail.
struct Story {
  var phrase: String
  var detail: String
  /// Whether the story already says what native value moves (a plain transfer), so the context
  /// sentence does not repeat it.
  var coversValue = false
  /// A sentence every explanation must say, or nil (the chain names were read for).
  var caveat: String?
}
