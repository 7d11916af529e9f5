import CNCurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the review screen could not start.
public struct TerminalUnavailable: Error, CustomStringConvertible {
  public var description: String
}

/// The ncurses side of the review: opens the terminal on `/dev/tty` (so stdin may carry the
/// transaction), paints grids, reads keys, and always gives the terminal back.
public final class CursesTerminal {
  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let input: UnsafeMutablePointer<FILE>
  private let output: UnsafeMutablePointer<FILE>
  public let colorMode: ColorMode
  private var colorPairs: [TerminalStyle: Int16] = [:]
  private var isOpen = true

  /// How long a key read waits before the loop looks at signals and the explanation feed.
  static let pollMilliseconds: Int32 = 40

  public init(environment: [String: String]) throws(TerminalUnavailable) {
    Self.selectUTF8Locale()
    guard let input = fopen("/dev/tty", "r") else {
      throw TerminalUnavailable(description: "txray review needs a terminal (cannot open /dev/tty)")
    }
    guard let output = fopen("/dev/tty", "w") else {
      fclose(input)
      throw TerminalUnavailable(description: "txray review needs a terminal (cannot open /dev/tty)")
    }
    // A dumb or unknown terminal cannot place the cursor; vt100's description is the least any
    // real terminal emulator understands, and the screen is monochrome there anyway.
    let term = environment["TERM"] ?? ""
    let type: String? = term.isEmpty || term == "dumb" ? "vt100" : nil
    SignalTrap.install()
    guard let screen = newterm(type, output, input) else {
      SignalTrap.restoreDefaults()
      fclose(input)
      fclose(output)
      throw TerminalUnavailable(
        description:
          "txray review cannot drive this terminal (TERM=\(term.isEmpty ? "unset" : term))")
    }
    set_term(screen)
    self.screen = screen
    self.input = input
    self.output = output
    window = txray_stdscr()
    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    curs_set(0)
    set_escdelay(25)
    wtimeout(window, Self.pollMilliseconds)
    colorMode = ColorMode.detect(environment: environment, terminalHasColors: has_colors())
    if colorMode == .color {
      start_color()
      use_default_colors()
    }
  }

  deinit { close() }

  /// Restores the terminal. Safe to call more than once.
  public func close() {
    guard isOpen else { return }
    isOpen = false
    endwin()
    delscreen(screen)
    fclose(input)
    fclose(output)
    SignalTrap.restoreDefaults()
  }

  public var size: (width: Int, height: Int) {
    var rows: Int32 = 0
    var columns: Int32 = 0
    txray_getmaxyx(window, &rows, &columns)
    return (Int(columns), Int(rows))
  }

  /// Draws `grid` and shows it in one update.
  public func paint(_ grid: Grid) {
    werase(window)
    var current: Style?
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let cell = grid[y, x]
        if cell.text.isEmpty { continue }
        if cell.style != current {
          _ = txray_attrset(window, attributes(cell.style))
          current = cell.style
        }
        // The bottom-right cell makes ncurses report an error after writing it (the cursor
        // cannot advance); the character is still drawn.
        _ = mvwaddstr(window, Int32(y), Int32(x), cell.text)
      }
    }
    _ = txray_attrset(window, txray_a_normal())
    wnoutrefresh(window)
    doupdate()
  }

  /// The next key, or nil when none arrived within the poll interval.
  public func readKey() -> TerminalKey? {
    var character: wint_t = 0
    switch wget_wch(window, &character) {
    case KEY_CODE_YES: return Self.functionKey(Int32(character))
    case OK: return Self.characterKey(UInt32(character))
    default: return inputHungUp ? .hangup : nil
    }
  }

  /// ncurses reports a closed terminal like a read that timed out; without this check the
  /// review kept polling a terminal that no longer existed, at full speed, when no SIGHUP came
  /// (the terminal's process group changed, or SIGHUP was ignored by a wrapper).
  private var inputHungUp: Bool {
    var descriptor = pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) == 1 else { return false }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }

  private static func functionKey(_ code: Int32) -> TerminalKey? {
    switch code {
    case KEY_RESIZE: return .resize
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_BTAB: return .key(.backTab)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE, KEY_DC: return .key(.backspace)
    default: return nil
    }
  }

  private static func characterKey(_ value: UInt32) -> TerminalKey? {
    switch value {
    case 9: return .key(.tab)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 4: return .key(.endOfInput)
    case 21: return .key(.clearLine)
    case 0..<32: return nil
    default: return Unicode.Scalar(value).map { .key(.character(Character($0))) }
    }
  }

  private func attributes(_ style: Style) -> attr_t {
    let look = colorMode.terminalStyle(style)
    var attributes = txray_a_normal()
    if look.bold { attributes |= txray_a_bold() }
    if look.dim { attributes |= txray_a_dim() }
    if look.reverse { attributes |= txray_a_reverse() }
    if look.underline { attributes |= txray_a_underline() }
    if colorMode == .color && (look.foreground != nil || look.background != nil) {
      attributes |= txray_color_pair(pair(for: look))
    }
    return attributes
  }

  private func pair(for look: TerminalStyle) -> Int16 {
    let key = TerminalStyle(foreground: look.foreground, background: look.background)
    if let pair = colorPairs[key] { return pair }
    let pair = Int16(colorPairs.count + 1)
    init_pair(pair, Self.cursesColor(look.foreground), Self.cursesColor(look.background))
    colorPairs[key] = pair
    return pair
  }

  private static func cursesColor(_ color: TerminalStyle.Color?) -> Int16 {
    switch color {
    case .red: return Int16(COLOR_RED)
    case .green: return Int16(COLOR_GREEN)
    case .yellow: return Int16(COLOR_YELLOW)
    case .blue: return Int16(COLOR_BLUE)
    case .magenta: return Int16(COLOR_MAGENTA)
    case .cyan: return Int16(COLOR_CYAN)
    case .white: return Int16(COLOR_WHITE)
    case .black: return Int16(COLOR_BLACK)
    case nil: return -1
    }
  }

  /// ncurses needs a UTF-8 locale for wide characters and box drawing; C.UTF-8 always exists.
  private static func selectUTF8Locale() {
    let name = setlocale(LC_ALL, "").map { String(cString: $0) } ?? ""
    if !name.uppercased().contains("UTF-8") && !name.uppercased().contains("UTF8") {
      setlocale(LC_ALL, "C.UTF-8")
    }
  }
}

/// What a key read produced: a key, or the terminal changing size.
public enum TerminalKey: Sendable, Equatable {
  case key(Key)
  case resize
  /// The terminal is gone: nothing more can be read from it or shown on it.
  case hangup
}
