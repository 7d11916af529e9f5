import ArgumentParser
import Foundation
import TxrayCore
import TxrayKit

struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Explain a file of transactions, one record per input line, in input order.",
    discussion: """
      Each line holds one input as `txray explain` takes it (EVM hex, NEAR base64 or hex, or \\
      one-line JSON). Blank lines and lines starting with # are skipped and produce no record; \\
      every other line produces exactly one record, an explanation or an error. A line may be \
      an envelope {"tx": "<input>", "expect": "<expectation>"} that checks the transaction \
      against its own expectation; a JSON input may stand in "tx" as itself.
      """
  )

  @Argument(help: "The input file, or - for stdin.")
  var file: String

  @Option(name: .long, help: "Record format: jsonl (default), text or markdown.")
  var format: BatchFormat = .jsonl

  @Option(name: .long, help: "Write the records to this file instead of stdout.")
  var output: String?

  @Option(
    name: .customLong("fail-on"),
    help: "Exit with code 4 when any record has a finding of this severity or worse.")
  var failOn: Severity?

  @Option(name: .long, help: "Worker threads (default: the number of cores).")
  var jobs: Int?

  @OptionGroup var options: ExplainOptions

  func validate() throws {
    if let jobs, !(1...256).contains(jobs) {
      throw ValidationError("--jobs must be between 1 and 256")
    }
  }

  func run() throws {
    let context = try options.context(modelByDefault: false)
    let input = try openInput()
    let progress = ProgressBar(totalBytes: input.size)
    let out = BatchOutput(sink: try BatchSink(path: output), progress: progress)
    let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
    let format = self.format
    Interrupt.install()
    let pool = Interrupt.blockingSignals {
      OrderedWorkPool<BatchJob, BatchRecord>(
        workers: workers, window: workers * 64,
        work: { job in
          switch job.input {
          case .success(let text):
            BatchRecord.explain(text, line: job.line, context: context, format: format)
          case .failure(let unreadable):
            .error(line: job.line, unreadable.reason, format: format)
          }
        },
        deliver: out.write, delivered: out.flush)
    }

    var reader = LineReader(fd: input.fd)
    var lineNumber = 0
    var skipped = 0
    while !Interrupt.isRequested, let line = try reader.next() {
      lineNumber += 1
      let input: Result<String, BatchJob.Unreadable>
      switch line {
      case .text(let text):
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.isEmpty || trimmed.hasPrefix("#") {
          skipped += 1
          continue
        }
        input = .success(text)
      case .tooLong:
        input = .failure(
          .init(reason: "line is longer than \(LineReader.maximumLineBytes >> 20) MiB"))
      case .notText(let reason):
        input = .failure(.init(reason: reason))
      }
      // Unreadable lines go through the pool too, so their records keep their place in order.
      pool.submit(BatchJob(line: lineNumber, input: input))
      progress.update(bytesRead: reader.bytesConsumed)
    }
    pool.finish()
    out.close(skipped: skipped)
    let summary = out.summary
    StandardStreams.write(
      summary.description(interrupted: Interrupt.isRequested) + "\n", to: .standardError)
    if out.lostOutput {
      throw Failure(
        message: "the output could not be written; records were lost", exitCode: .badInput)
    }

    if Interrupt.isRequested { throw Failure(message: "interrupted", exitCode: .interrupted) }
    if let failOn, summary.worstSeverity.map({ $0 >= failOn }) == true {
      throw Failure(
        message: "a record has a \(failOn.rawValue) finding or worse (--fail-on)",
        exitCode: .blocked)
    }
    if summary.errors > 0 {
      throw Failure(
        message: "\(summary.errors) input lines could not be explained", exitCode: .badInput)
    }
    if summary.notSimulated > 0 {
      throw Failure(
        message: summary.notSimulated == 1
          ? "1 transaction could not be simulated (see its record)"
          : "\(summary.notSimulated) transactions could not be simulated (see each record)",
        exitCode: .simulationFailed)
    }
    if summary.mismatches > 0 {
      throw Failure(
        message: "\(summary.mismatches) transactions do not do what their expectation says",
        exitCode: .mismatch)
    }
  }

  private func openInput() throws(Failure) -> (fd: Int32, size: Int?) {
    if file == "-" { return (STDIN_FILENO, nil) }
    let fd = open(file, O_RDONLY)
    guard fd >= 0 else {
      throw .badInput("cannot read file '\(file)': \(String(cString: strerror(errno)))")
    }
    var info = stat()
    let known = fstat(fd, &info) == 0
    // open(2) opens a directory for reading; only read(2) fails, without the path.
    if known, (info.st_mode & S_IFMT) == S_IFDIR {
      close(fd)
      throw .badInput("cannot read file '\(file)': \(String(cString: strerror(EISDIR)))")
    }
    let size = known && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
    return (fd, size)
  }
}

/// One input line for the workers: its text, or why it could not be read as text.
struct BatchJob: Sendable {
  struct Unreadable: Error {
    var reason: String
  }

  var line: Int
  var input: Result<String, Unreadable>
}

enum BatchFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  case jsonl, text, markdown
}

extension Severity: ExpressibleByArgument {}
