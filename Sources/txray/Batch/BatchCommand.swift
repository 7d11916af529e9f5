import ArgumentParser
import Foundation
import TxrayCore

struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Explain a file of transactions, one record per input line, in input order.",
    discussion: """
      Each line holds one input as `txray explain` takes it (EVM hex, NEAR base64 or hex, or \\
      one-line JSON). Blank lines and lines starting with # are skipped and produce no record; \\
      every other line produces exactly one record, an explanation or an error.
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

  @Option(name: .long, help: "Judge validity under this fork's rules (default: Osaka).")
  var fork: String?

  @Option(name: .long, help: "Read every line as this chain's (evm or near).")
  var chain: ChainChoice?

  func validate() throws {
    if let jobs, !(1...256).contains(jobs) {
      throw ValidationError("--jobs must be between 1 and 256")
    }
  }

  func run() throws {
    let settings = ExplainSettings(fork: try ForkOption.parse(fork), chain: chain)
    let input = try openInput()
    let sink = try BatchSink(path: output)
    let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
    let format = self.format
    let pool = OrderedWorkPool<(line: Int, text: String), BatchRecord>(
      workers: workers, window: workers * 64
    ) { job in
      BatchRecord.explain(job.text, line: job.line, settings: settings, format: format)
    }
    var summary = BatchSummary()
    let progress = ProgressBar(totalBytes: input.size)
    let deliver = { (record: BatchRecord) in
      sink.write(record.output)
      summary.add(record)
      progress.update(records: summary.records)
    }

    Interrupt.install()
    var reader = LineReader(fd: input.fd)
    var lineNumber = 0
    while !Interrupt.isRequested, let line = try reader.next() {
      lineNumber += 1
      switch line {
      case .text(let text):
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.isEmpty || trimmed.hasPrefix("#") {
          summary.skipped += 1
          continue
        }
        pool.submit((lineNumber, text), deliver: deliver)
      case .tooLong:
        deliver(
          .error(
            line: lineNumber, "line is longer than \(LineReader.maximumLineBytes >> 20) MiB",
            format: format))
      case .notText(let reason):
        deliver(.error(line: lineNumber, reason, format: format))
      }
      progress.update(bytesRead: reader.bytesConsumed)
    }
    pool.finish(deliver: deliver)
    progress.clear()
    sink.close()
    FileHandle.standardError.write(
      Data((summary.description(interrupted: Interrupt.isRequested) + "\n").utf8))

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
  }

  private func openInput() throws(Failure) -> (fd: Int32, size: Int?) {
    if file == "-" { return (STDIN_FILENO, nil) }
    let fd = open(file, O_RDONLY)
    guard fd >= 0 else {
      throw .badInput("cannot read file '\(file)': \(String(cString: strerror(errno)))")
    }
    var info = stat()
    let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
    return (fd, size)
  }
}

enum BatchFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  case jsonl, text, markdown
}

extension Severity: ExpressibleByArgument {}
