import ArgumentParser
import Foundation
import IntentCheck
import Review
import TxrayCore
import TxrayKit
import TxrayRules

struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Review a transaction on an interactive screen, then approve or reject it.",
    discussion: """
      TX takes every form explain accepts, a path to a file holding it, or - for stdin (the keys \
      are then read from /dev/tty). Without TX, --file or piped input, a field to paste into is \
      shown. Keys: Tab panes, arrows or j/k scroll, 1-6 details, i intent, ? help, a approve, \
      r/q/Esc reject. Exit status: 0 approved, 1 rejected, 2 bad input. An expectation given \
      with --expect (or typed after i) is checked strictly: anything it does not name is a \
      difference.
      """
  )

  @Argument(help: "The transaction, a file holding it, or - for stdin.")
  var transaction: String?

  @Option(name: .long, help: "Read the transaction from this file.")
  var file: String?

  @OptionGroup var options: ExplainOptions

  func run() throws {
    let started = ContinuousClock.now
    let environment = ProcessInfo.processInfo.environment
    // The rules judge before the first frame; the model loads and writes on a thread of its own
    // afterwards, so the screen never waits for it.
    var rulesOnly = options
    (rulesOnly.noModel, rulesOnly.model, rulesOnly.endpoint) = (true, nil, nil)
    rulesOnly.expectWords = nil
    var context = try rulesOnly.context(modelByDefault: false)
    let modelChoice: ModelChoice
    do {
      modelChoice = try ModelChoice.resolve(
        modelPath: options.model, endpoint: options.endpoint, noModel: options.noModel,
        environment: environment)
    } catch {
      throw Failure.badInput(error.description)
    }
    let model = SharedModel(modelChoice)
    // Plain words are read before the screen opens, and the reading is shown for the signer to
    // confirm or edit before anything is checked.
    let wordsReading = try options.expectWords.map {
      ExpectationText.render(try IntentProposal.read($0, model: model, context: context).strict)
    }
    // In review the signer states the whole of what they mean: anything else is a difference.
    context.expectation = context.expectation?.strict
    // Input given up front is judged before the screen opens: a bad one is an ordinary error.
    let given: ReviewContent? =
      wantsPasteField
      ? nil
      : try Self.content(
        try InputReader.text(argument: transaction, file: file), context: context)
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(environment: environment)
    } catch {
      throw Failure(message: error.description, exitCode: .badInput)
    }
    defer { terminal.close() }

    let content: ReviewContent
    if let given {
      content = given
    } else {
      switch terminal.paste({ text in Self.attempt(text, context: context) }) {
      case .finished(let pasted?): content = pasted
      case .finished(nil):
        throw Failure(message: "rejected: nothing was reviewed", exitCode: .rejected)
      case .interrupted(let signal): throw Self.interrupted(signal)
      }
    }
    let frameLog = environment["TXRAY_REVIEW_FRAME_LOG"]
    let feed = Self.startModel(model, report: content.report)
    var screen = ReviewScreen(content: content)
    screen.content.checkedIntent = context.expectation.map(ExpectationText.render)
    screen.intentEntry = IntentProposal.field(
      input: content.rawInput, model: model, context: context)
    if let words = options.expectWords, let wordsReading {
      screen.overlay = .intentReading(typed: words, reading: wordsReading)
    }
    let ending = terminal.review(screen, feed: feed) {
      if let frameLog { Self.logFirstFrame(to: frameLog, since: started) }
    }
    switch ending {
    case .finished(.approved): return
    case .finished(.rejected): throw Failure(message: "rejected", exitCode: .rejected)
    case .interrupted(let signal): throw Self.interrupted(signal)
    }
  }

  /// No transaction argument, no file and nothing piped in: the signer pastes one.
  private var wantsPasteField: Bool {
    transaction == nil && file == nil && isatty(STDIN_FILENO) != 0
  }

  private static func content(_ text: String, context: ExplainContext) throws(Failure)
    -> ReviewContent
  {
    ReviewContent(report: try Explainer.report(text, context: context), rawInput: text)
  }

  private static func attempt(_ text: String, context: ExplainContext) -> Result<
    ReviewContent, PasteRejection
  > {
    do {
      return .success(try content(text, context: context))
    } catch {
      return .failure(PasteRejection(error.message))
    }
  }

  /// Runs the model on its own thread, streaming its text to the screen; nil without a model.
  private static func startModel(_ shared: SharedModel, report: Report) -> ExplanationFeed? {
    guard shared.choice != .none else { return nil }
    let feed = ExplanationFeed()
    feed.send(.started)
    Thread {
      let text: ExplanationText
      do {
        if let model = try shared.model() {
          text = ModelExplainer(model: model).explain(
            narration: report.narration, onToken: { feed.send(.token($0)) })
        } else {
          text = report.explanation
        }
      } catch {
        text = ExplanationText(
          text: report.explanation.text, source: .rules,
          rejection: "the model did not load: \(error)")
      }
      feed.send(.finished(text))
    }.start()
    return feed
  }

  private static func interrupted(_ signal: Int32) -> Failure {
    Failure(message: "interrupted by signal \(signal)", exitCode: .interrupted)
  }

  /// For measuring: the wall-clock time of the first frame and the time since `run` began.
  private static func logFirstFrame(to path: String, since start: ContinuousClock.Instant) {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    let unixNanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    let sinceRun = ContinuousClock.now - start
    let line = "first-frame-unix-ns \(unixNanoseconds) since-run-start \(sinceRun)\n"
    FileManager.default.createFile(atPath: path, contents: Data(line.utf8))
  }
}
