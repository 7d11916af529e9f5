import TxrayCore

/// What a piece of text on the review screen is, independent of how a terminal shows it: the
/// driver maps each to colours or, in monochrome, to bold/reverse/underline.
public enum Style: Hashable, Sendable {
  case plain
  /// Secondary text: hints, labels, an unchecked model draft.
  case dim
  case strong
  /// A pane's title line.
  case heading
  /// The title line of the pane that has the focus.
  case focusedHeading
  /// The verdict banner, coloured by the worst severity (nil: no findings).
  case banner(Severity?)
  /// A severity word in the findings list.
  case severity(Severity?)
  /// "composed by the model from checked statements".
  case checked
  /// "model text rejected …" and other warnings about the text itself.
  case caution
  /// The selected details tab.
  case selectedTab
  /// Help overlay and confirmation dialog.
  case overlay
}

/// How the terminal shows a style: attributes plus an optional colour pair.
public struct TerminalStyle: Hashable, Sendable {
  public enum Color: Hashable, Sendable {
    case red, green, yellow, blue, magenta, cyan, white, black
  }

  public var bold = false
  public var dim = false
  public var reverse = false
  public var underline = false
  public var foreground: Color?
  public var background: Color?

  public init(
    bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false,
    foreground: Color? = nil, background: Color? = nil
  ) {
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
    self.foreground = foreground
    self.background = background
  }
}

/// Colour, or monochrome for `NO_COLOR`, dumb terminals and terminals without colours.
public enum ColorMode: Sendable, Equatable {
  case color, monochrome

  /// `NO_COLOR` (any non-empty value, per no-color.org) or a `TERM` that is unset, `dumb` or
  /// names no colour capability means monochrome.
  public static func detect(environment: [String: String], terminalHasColors: Bool) -> ColorMode {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
    let term = environment["TERM"] ?? ""
    if term.isEmpty || term == "dumb" || term.hasPrefix("dumb-") || !terminalHasColors {
      return .monochrome
    }
    return .color
  }

  /// The terminal rendering of `style`. Monochrome keeps every distinction the colours make
  /// through attributes, and the words on screen carry the meaning either way.
  public func terminalStyle(_ style: Style) -> TerminalStyle {
    switch self {
    case .color: return Self.colored(style)
    case .monochrome: return Self.monochrome(style)
    }
  }

  private static func colored(_ style: Style) -> TerminalStyle {
    switch style {
    case .plain: return TerminalStyle()
    case .dim: return TerminalStyle(dim: true)
    case .strong: return TerminalStyle(bold: true)
    case .heading: return TerminalStyle(bold: true, foreground: .cyan)
    case .focusedHeading: return TerminalStyle(bold: true, foreground: .black, background: .cyan)
    case .banner(let severity):
      return TerminalStyle(
        bold: true, foreground: severity == .warning ? .black : .white,
        background: color(severity))
    case .severity(let severity): return TerminalStyle(bold: true, foreground: color(severity))
    case .checked: return TerminalStyle(foreground: .green)
    case .caution: return TerminalStyle(bold: true, foreground: .yellow)
    case .selectedTab: return TerminalStyle(bold: true, reverse: true)
    case .overlay: return TerminalStyle(foreground: .white, background: .blue)
    }
  }

  private static func monochrome(_ style: Style) -> TerminalStyle {
    switch style {
    case .plain, .checked: return TerminalStyle()
    case .dim: return TerminalStyle(dim: true)
    case .strong, .heading, .caution: return TerminalStyle(bold: true)
    case .focusedHeading, .selectedTab: return TerminalStyle(bold: true, reverse: true)
    case .banner(let severity):
      return TerminalStyle(bold: true, reverse: severity.map { $0 >= .warning } ?? false)
    case .severity(let severity):
      return TerminalStyle(bold: true, underline: severity.map { $0 >= .high } ?? false)
    case .overlay: return TerminalStyle(reverse: true)
    }
  }

  private static func color(_ severity: Severity?) -> TerminalStyle.Color {
    switch severity {
    case .critical: return .red
    case .high: return .magenta
    case .warning: return .yellow
    case .info, nil: return .green
    }
  }
}
