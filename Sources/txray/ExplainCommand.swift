import ArgumentParser
import Foundation
import TxrayCore
import TxrayKit

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Decode a transaction and explain it.",
    discussion: """
      TX is an EVM transaction or signing payload as hex (0x optional; whitespace and line \
      breaks are ignored), a JSON transaction request (eth_sendTransaction), EIP-712 typed \
      data (eth_signTypedData_v4), a NEAR transaction as base64 or hex Borsh or RPC JSON, a \
      path to a file holding any of these, or - for stdin. Without TX, stdin is read.
      """
  )

  @Argument(help: "The transaction, a file holding it, or - for stdin.")
  var transaction: String?

  @Option(name: .long, help: "Read the transaction from this file.")
  var file: String?

  @Flag(name: .long, help: "Print one JSON object instead of text.")
  var json = false

  @Option(
    name: .customLong("fail-on"),
    help:
      "Exit with code 4 when a finding has this severity (info, warning, high, critical) or worse.")
  var failOn: Severity?

  @OptionGroup var options: ExplainOptions

  func run() throws {
    let context = try options.context(modelByDefault: true)
    let text = try InputReader.text(argument: transaction, file: file)
    let explanation = try Explainer.explain(
      text, context: context, rendering: json ? .json : .text)
    let output: String
    switch explanation.output {
    case .json(let object): output = object.serialized + "\n"
    case .text(let text): output = text
    }
    // One write of the finished text: a failure can never leave half a report on stdout.
    StandardStreams.write(output, to: .standardOutput)
    if case .notSimulated(let reason)? = explanation.outcome?.simulation?.status {
      throw Failure(message: "not simulated: \(reason)", exitCode: .simulationFailed)
    }
    if let failOn, let worst = explanation.findings.map(\.severity).max(), worst >= failOn {
      throw Failure(
        message: "blocked: a \(worst.rawValue) finding (--fail-on \(failOn.rawValue))",
        exitCode: .blocked)
    }
    if explanation.judgement?.intentCheck?.verdict == .mismatch {
      throw Failure(
        message: "mismatch: the transaction does not do what --expect says", exitCode: .mismatch)
    }
  }
}
