/// A key press, independent of the terminal library that read it.
public enum Key: Sendable, Equatable {
  case character(Character)
  case up, down, left, right, pageUp, pageDown, home, end
  case tab, backTab, enter, escape, backspace
  /// Ctrl-D: ends a paste.
  case endOfInput
  /// Ctrl-U: clears a field.
  case clearLine
}

/// What the signer decided.
public enum ReviewDecision: Sendable, Equatable {
  case approved, rejected
}
