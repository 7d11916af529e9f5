import Foundation
import Testing

/// `txray review` driven in a real terminal: tmux runs the built executable, sends keys and
/// reads the screen back with `capture-pane`.
@Suite(.serialized) struct ReviewEndToEndTests {
  static let approval = TxrayProcess.sample("erc20-approve-unlimited.hex")

  @Test func unlimitedApprovalShowsBannerEffectsAndFinding() throws {
    let session = try TmuxSession(arguments: ["review", Self.approval])
    defer { session.close() }
    let screen = try session.waitFor("Effects")
    #expect(screen.contains("txray review"))
    #expect(screen.contains("from 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"))
    #expect(screen.contains("to 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"))
    #expect(screen.contains("0x000000000022D473030F116dDEE9F6B43aC78BA3"))
    // The rules judge an unlimited allowance high risk: banner, effects table and finding.
    #expect(screen.contains("HIGH RISK"))
    #expect(screen.contains("UNLIMITED"))
    #expect(screen.contains("Findings (1)"))
    #expect(screen.contains("HIGH     evm.unlimited-allowance"))
    #expect(screen.contains("Explanation · rule-based text"))
  }

  @Test func tabsAndResizing() throws {
    let session = try TmuxSession(arguments: ["review", Self.approval])
    defer { session.close() }
    _ = try session.waitFor("[1 Fields]")
    session.send("5")
    #expect(try session.waitFor("[5 Raw]").contains("0x02f8"))
    session.send("6")
    #expect(try session.waitFor("[6 JSON]").contains("typeName"))
    session.send("2")
    _ = try session.waitFor("[2 Calls]")
    session.send("1")
    #expect(try session.waitFor("[1 Fields]").contains("network"))
    session.send("BTab")
    _ = try session.waitFor("▶ Findings")
    session.send("Tab")
    _ = try session.waitFor("▶ Details")

    session.resize(width: 80, height: 24)
    var screen = try session.waitFor("fee ceiling", lines: 24)
    #expect(TmuxSession.rows(screen) == 24)
    #expect(screen.contains("HIGH RISK"))

    session.resize(width: 160, height: 50)
    screen = try session.waitFor("│", lines: 50)
    #expect(screen.contains("from 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266   to 0xA0b8"))

    session.resize(width: 70, height: 20)
    _ = try session.waitFor("Enlarge the terminal")
    session.resize(width: 100, height: 30)
    _ = try session.waitFor("Effects")
  }

  @Test func approveExitsZero() throws {
    let session = try TmuxSession(arguments: ["review", Self.approval])
    defer { session.close() }
    _ = try session.waitFor("Effects")
    session.send("a")
    #expect(try session.exitStatus() == 0)
  }

  @Test func approvingDespiteACriticalFindingTakesYes() throws {
    // Delegating the account's code (EIP-7702) is critical.
    let session = try TmuxSession(
      arguments: ["review", TxrayProcess.sample("eip7702-delegation.hex")])
    defer { session.close() }
    _ = try session.waitFor("CRITICAL RISK")
    session.send("a")
    _ = try session.waitFor("Type yes")
    session.send("n", "o", "Enter")
    _ = try session.waitFor("nothing was approved")
    session.send("y", "e", "s", "Enter")
    #expect(try session.exitStatus() == 0)
  }

  @Test(arguments: ["q", "r", "Escape"])
  func rejectExitsOne(key: String) throws {
    let session = try TmuxSession(arguments: ["review", Self.approval])
    defer { session.close() }
    _ = try session.waitFor("Effects")
    session.send(key)
    #expect(try session.exitStatus() == 1)
  }

  @Test func transactionOnStdinKeysFromTheTerminal() throws {
    let session = try TmuxSession(
      arguments: ["review", "-"], stdinFile: TxrayProcess.sample("eip1559-eth-transfer.hex"))
    defer { session.close() }
    let screen = try session.waitFor("Effects")
    #expect(screen.contains("1.5 ETH"))
    session.send("a")
    #expect(try session.exitStatus() == 0)
  }

  @Test func pasteFieldAcceptsATransaction() throws {
    let hex = try String(
      contentsOfFile: TxrayProcess.sample("eip1559-eth-transfer.hex"), encoding: .utf8
    )
    .trimmingCharacters(in: .whitespacesAndNewlines)
    let session = try TmuxSession(arguments: ["review"])
    defer { session.close() }
    _ = try session.waitFor("Paste a transaction")
    session.sendLiteral("0xnothex")
    session.send("Enter")
    _ = try session.waitFor("bad input")
    session.send("C-u")
    session.sendLiteral(hex)
    session.send("Enter")
    #expect(try session.waitFor("Effects").contains("1.5 ETH"))
    session.send("r")
    #expect(try session.exitStatus() == 1)
  }

  @Test func badInputExitsTwoWithoutOpeningTheScreen() throws {
    let session = try TmuxSession(arguments: ["review", "0x02zz"])
    defer { session.close() }
    #expect(try session.exitStatus() == 2)
  }

  @Test func sigtermRestoresTheTerminal() throws {
    let session = try TmuxSession(arguments: ["review", Self.approval])
    defer { session.close() }
    _ = try session.waitFor("Effects")
    try session.signalTxray(SIGTERM)
    #expect(try session.exitStatus() == 130)
    // endwin left the alternate screen: the review is gone from the terminal.
    #expect(!session.capture().contains("HIGH RISK"))
  }

  /// A terminal that goes away without a SIGHUP reaching txray (here the signal is blocked, as a
  /// wrapper may leave it) ends the review instead of leaving it polling a dead terminal.
  @Test func closedTerminalEndsTheReviewWithoutSIGHUP() throws {
    let session = try TmuxSession(arguments: ["review", Self.approval], blockingSIGHUP: true)
    defer { session.close() }
    _ = try session.waitFor("Effects")
    #expect(try session.closePaneAndWaitForTxray(), "txray kept running after its terminal closed")
  }

  /// Closing the terminal ends the review with its one line on a stderr that is gone (EIO): no
  /// crash. Before, `FileHandle.write` trapped there and Swift's backtracer ran for every review
  /// whose window was closed.
  @Test func closedTerminalEndsTheReviewWithoutACrash() throws {
    let report = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-crash-\(getpid())-\(UUID().uuidString)")
    let session = try TmuxSession(
      arguments: ["review", Self.approval],
      environment: ["SWIFT_BACKTRACE=enable=yes,interactive=no,output-to=\(report.path)"])
    defer { session.close() }
    _ = try session.waitFor("Effects")
    #expect(try session.closePaneAndWaitForTxray())
    let crash = try? String(contentsOf: report, encoding: .utf8)
    #expect(crash == nil, "txray crashed when its terminal closed:\n\(crash ?? "")")
    try? FileManager.default.removeItem(at: report)
  }

  @Test func hostileTokenNameShowsItsEscapesAsText() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-review-\(getpid())-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let permit = directory.appendingPathComponent("hostile-permit.json")
    try Data(Self.hostilePermit.utf8).write(to: permit)

    let session = try TmuxSession(arguments: ["review", permit.path])
    defer { session.close() }
    let screen = try session.waitFor("pwned")
    #expect(screen.contains(#"Evil\x1b[2J\x1b]0;pwned\x07Coin"#))
    // Had the escapes reached the terminal, the screen would be cleared and the title set.
    #expect(screen.contains("txray review"))
  }

  /// An EIP-2612 permit whose token (domain) name carries a clear-screen sequence and an OSC
  /// title-setting sequence.
  static let hostilePermit = #"""
    {"types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
     {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}],
     "Permit": [{"name": "owner", "type": "address"}, {"name": "spender", "type": "address"},
     {"name": "value", "type": "uint256"}, {"name": "nonce", "type": "uint256"},
     {"name": "deadline", "type": "uint256"}]},
     "primaryType": "Permit",
     "domain": {"name": "Evil\u001b[2J\u001b]0;pwned\u0007Coin", "version": "1", "chainId": 1,
       "verifyingContract": "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"},
     "message": {"owner": "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
       "spender": "0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af", "value": "1000000000",
       "nonce": "0", "deadline": "1796083200"}}
    """#

  static let swap = TxrayProcess.sample("uniswap-universal-router-swap.hex")

  /// The default model where scripts/setup installs it (the sessions here are isolated from
  /// it unless given --model).
  static let defaultModel: String? = {
    let environment = ProcessInfo.processInfo.environment
    let cache =
      environment["TXRAY_CACHE"]
      ?? (environment["XDG_CACHE_HOME"] ?? NSHomeDirectory() + "/.cache") + "/txray"
    let path = cache + "/models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }()

  @Test(.enabled(if: defaultModel != nil))
  func intentInPlainWordsIsShownThenCheckedThenRejected() throws {
    let session = try TmuxSession(
      arguments: ["review", "--model", try #require(Self.defaultModel), Self.swap], width: 120,
      height: 40)
    defer { session.close() }
    _ = try session.waitFor("i intent")
    session.send("i")
    _ = try session.waitFor("What do you mean this transaction to do?")
    session.sendLiteral("swap one eth for usdc, at least three thousand")
    session.send("Enter")
    // The model's reading is shown, strict, before anything is checked.
    var screen = try session.waitFor("txray will check exactly this", timeout: 60)
    #expect(screen.contains("send = 1 ETH, receive ≥ 3000 USDC, nothing else"))
    session.send("Enter")
    screen = try session.waitFor("MISMATCH")
    #expect(screen.contains("intent.mismatch"))
    #expect(screen.contains("2990 USDC"))
    session.send("r")
    #expect(try session.exitStatus() == 1)
  }

  @Test func intentInTheLanguageMatchesWithoutAModel() throws {
    let session = try TmuxSession(arguments: ["review", "--no-model", Self.swap], width: 120)
    defer { session.close() }
    _ = try session.waitFor("i intent")
    session.send("i")
    _ = try session.waitFor("What do you mean")
    session.sendLiteral("send <= 1 ETH, receive >= 2990 USDC")
    session.send("Enter")
    let screen = try session.waitFor("txray will check exactly this")
    #expect(screen.contains("send ≤ 1 ETH, receive ≥ 2990 USDC, nothing else"))
    session.send("Enter")
    _ = try session.waitFor("MATCHES WHAT YOU SAID")
    session.send("a")
    #expect(try session.exitStatus() == 0)
  }

  @Test func plainWordsFromTheCommandLineAreConfirmedFirst() throws {
    // Without a model only the language is read; the reading still waits for Enter.
    let session = try TmuxSession(
      arguments: ["review", "--no-model", "--expect-words", "send <= 1 ETH", Self.swap], width: 120)
    defer { session.close() }
    let screen = try session.waitFor("txray will check exactly this")
    #expect(screen.contains("send ≤ 1 ETH, nothing else"))
    #expect(!screen.contains("MISMATCH"))
    session.send("Enter")
    _ = try session.waitFor("You said: send ≤ 1 ETH, nothing else")
    session.send("r")
    #expect(try session.exitStatus() == 1)
  }

  @Test func approvingAgainstTheSignersIntentTakesYes() throws {
    let session = try TmuxSession(
      arguments: [
        "review", "--no-model", "--expect", "send ≤ 1 ETH, receive ≥ 3000 USDC", Self.swap,
      ],
      width: 120)
    defer { session.close() }
    _ = try session.waitFor("MISMATCH")
    session.send("a")
    _ = try session.waitFor("Approve although it does not do what you said?")
    session.send("Escape")
    session.send("r")
    #expect(try session.exitStatus() == 1)
  }

  @Test func firstFrameIsFast() throws {
    let session = try TmuxSession(arguments: ["review", Self.approval], logFirstFrame: true)
    defer { session.close() }
    _ = try session.waitFor("Effects")
    let elapsed = try session.firstFrameMilliseconds()
    print("review: first frame \(elapsed) ms after exec (debug build)")
    // Generous for a debug build on a shared CI machine; the release number is in the README.
    #expect(elapsed < 1000)
  }
}

/// One tmux server on a private socket running one txray command, killed when the test ends.
final class TmuxSession {
  private static let counter = Counter()
  let socket: String
  let directory: URL
  private let server: Process

  struct Timeout: Error, CustomStringConvertible {
    var description: String
  }

  /// Starts `txray ARGUMENTS` in a `width`×`height` terminal. The command's exit status is
  /// written to a file (the pane stays open so the screen can still be read).
  init(
    arguments: [String], width: Int = 100, height: Int = 30, stdinFile: String? = nil,
    logFirstFrame: Bool = false, blockingSIGHUP: Bool = false, environment: [String] = []
  ) throws {
    let tmuxPath = try #require(Self.tmuxPath, "tmux is not installed (scripts/setup installs it)")
    try #require(
      Self.hasReviewCommand,
      "txray has no review subcommand: ReviewCommand.self belongs in Txray's subcommands")
    socket = "txray-test-\(getpid())-\(Self.counter.next())"
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let config = directory.appendingPathComponent("tmux.conf")
    try Data().write(to: config)
    // -D keeps the server in the foreground, as a child of the test: no daemon() call (which
    // needs a /dev/null character device) and nothing left behind if the test dies. Test threads
    // block most signals and a child inherits that mask; tmux's event loop needs them (SIGCHLD
    // above all), so perl clears the mask before it runs tmux.
    server = Process()
    server.executableURL = URL(fileURLWithPath: "/usr/bin/perl")
    server.arguments = [
      "-e", "use POSIX; sigprocmask(SIG_SETMASK, POSIX::SigSet->new); exec @ARGV or die",
      tmuxPath, "-D", "-L", socket, "-f", config.path,
    ]
    let log = directory.appendingPathComponent("server.log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    server.standardOutput = try FileHandle(forWritingTo: log)
    server.standardError = try FileHandle(forWritingTo: log)
    server.standardInput = FileHandle(forReadingAtPath: config.path)
    try server.run()

    // The same isolation as the other CLI tests: no user configuration, no installed model.
    let isolated = TxrayProcess.isolatedEnvironment([:])
    var command = ["env", "LANG=C.UTF-8", "TERM=tmux-256color"]
    if blockingSIGHUP {
      // A blocked signal stays blocked across exec, whatever handler txray installs.
      command.insert(
        contentsOf: [
          "perl", "-e",
          "use POSIX; sigprocmask(SIG_BLOCK, POSIX::SigSet->new(SIGHUP)); exec @ARGV or die",
        ], at: 0)
    }
    for name in ["TXRAY_CACHE", "XDG_CONFIG_HOME"] {
      if let value = isolated[name] { command.append("\(name)=\(value)") }
    }
    if logFirstFrame { command.append("TXRAY_REVIEW_FRAME_LOG=" + frameLog.path) }
    command += environment
    command += [TxrayProcess.executable.path] + arguments
    let quoted = command.map(Self.quote).joined(separator: " ")
    let input = stdinFile.map { " < " + Self.quote($0) } ?? ""
    let script =
      "date +%s%N > \(Self.quote(startLog.path)); \(quoted)\(input); echo $? > \(Self.quote(statusFile.path)); sleep 120"
    let deadline = Date().addingTimeInterval(20)
    while true {
      if tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh", "-c", script]) == 0 {
        break
      }
      guard Date() < deadline else {
        close()
        throw Timeout(description: "tmux server on \(socket) did not start")
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  var statusFile: URL { directory.appendingPathComponent("status") }
  var startLog: URL { directory.appendingPathComponent("start") }
  var frameLog: URL { directory.appendingPathComponent("frame") }

  func close() {
    tmux(["kill-server"])
    if server.isRunning { server.terminate() }
    server.waitUntilExit()
    try? FileManager.default.removeItem(at: directory)
  }

  /// The visible screen as text.
  func capture() -> String {
    tmuxOutput(["capture-pane", "-p", "-t", socketTarget]) ?? ""
  }

  func send(_ keys: String...) {
    tmux(["send-keys", "-t", socketTarget] + keys)
  }

  /// Types `text` literally (no key names).
  func sendLiteral(_ text: String) {
    tmux(["send-keys", "-t", socketTarget, "-l", text])
  }

  func resize(width: Int, height: Int) {
    tmux(["resize-window", "-t", socketTarget, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Polls the screen until it contains `text` (and, when given, has `lines` rows).
  func waitFor(_ text: String, lines: Int? = nil, timeout: TimeInterval = 10) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while Date() < deadline {
      screen = capture()
      let rows = Self.rows(screen)
      if screen.contains(text) && (lines == nil || rows == lines) { return screen }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Timeout(description: "screen never showed \(text.debugDescription):\n\(screen)")
  }

  /// The rows of a capture (each ends in a newline).
  static func rows(_ screen: String) -> Int {
    screen.split(separator: "\n", omittingEmptySubsequences: false).count
      - (screen.hasSuffix("\n") ? 1 : 0)
  }

  /// The txray command's exit status, once it has exited.
  func exitStatus(timeout: TimeInterval = 10) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOf: statusFile, encoding: .utf8),
        let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return status
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Timeout(description: "txray did not exit; screen:\n\(capture())")
  }

  /// Sends `signal` to the txray process (the child of the pane's shell).
  func signalTxray(_ signal: Int32) throws {
    kill(try txrayPID(), signal)
  }

  /// The txray process: the child of the pane's shell.
  func txrayPID() throws -> Int32 {
    let shell = try #require(
      tmuxOutput(["display-message", "-p", "-t", socketTarget, "#{pane_pid}"]).flatMap {
        Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
      })
    let children = try String(
      contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    return try #require(children.split(separator: " ").first.flatMap { Int32($0) })
  }

  /// Closes the pane (its terminal hangs up, as when the window holding it is closed) and waits
  /// up to 10 s for txray to exit; false, with txray killed, when it did not.
  func closePaneAndWaitForTxray() throws -> Bool {
    let txray = try txrayPID()
    tmux(["kill-pane", "-t", socketTarget])
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline && Self.isRunning(txray) {
      Thread.sleep(forTimeInterval: 0.05)
    }
    guard Self.isRunning(txray) else { return true }
    kill(txray, SIGKILL)
    return false
  }

  /// Whether `pid` is a process that has not exited (a zombie has).
  private static func isRunning(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let state = stat.split(separator: ")").last?.split(separator: " ").first
    else { return false }
    return state != "Z"
  }

  /// Milliseconds from the shell starting txray to txray's first frame being on the terminal.
  func firstFrameMilliseconds() throws -> Double {
    let start = try #require(
      Int64(
        try String(contentsOf: startLog, encoding: .utf8).trimmingCharacters(
          in: .whitespacesAndNewlines)))
    let frame = try String(contentsOf: frameLog, encoding: .utf8)
    let fields = frame.split(separator: " ")
    let shown = try #require(fields.count > 1 ? Int64(fields[1]) : nil)
    return Double(shown - start) / 1_000_000
  }

  private var socketTarget: String { "0" }

  @discardableResult
  private func tmux(_ arguments: [String]) -> Int32 {
    run(arguments).status
  }

  private func tmuxOutput(_ arguments: [String]) -> String? {
    let result = run(arguments)
    return result.status == 0 ? result.output : nil
  }

  /// Runs one tmux client command. Its output goes to a file, not a pipe: the client hands its
  /// standard streams to the server, which may hold them open after the client exits, so a
  /// pipe would never reach end of file.
  private func run(_ arguments: [String]) -> (status: Int32, output: String) {
    guard let tmux = Self.tmuxPath else { return (127, "") }
    let output = directory.appendingPathComponent("client-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    guard FileManager.default.createFile(atPath: output.path, contents: nil),
      let handle = try? FileHandle(forWritingTo: output)
    else { return (127, "") }
    let config = directory.appendingPathComponent("tmux.conf")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tmux)
    // -N: a client must never start a server of its own (it would inherit the blocked signals).
    process.arguments = ["-N", "-L", socket, "-f", config.path] + arguments
    process.standardOutput = handle
    process.standardError = handle
    // An empty file, not the test's own stdin: a client whose stdin is open and not a
    // terminal waits for it to end.
    process.standardInput = FileHandle(forReadingAtPath: config.path)
    do { try process.run() } catch { return (127, "") }
    process.waitUntilExit()
    try? handle.close()
    let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    return (process.terminationStatus, text)
  }

  private static let hasReviewCommand =
    (try? TxrayProcess.run(["review", "--help"]))?.status == 0

  private static let tmuxPath: String? = [
    "/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux",
  ]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

  private static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int {
      lock.lock()
      defer { lock.unlock() }
      value += 1
      return value
    }
  }
}
