import TxrayCore
import TxrayKit

/// The output for one input line, already formatted, and what the summary needs from it.
struct BatchRecord: Sendable {
  var output: String
  var isError: Bool
  var severities: [Severity]
  /// The line carried an expectation (or `--expect` was given) and the transaction differs.
  var mismatched = false
  /// Simulation was asked for and could not be carried out for this line (exit code 3).
  var notSimulated = false

  static func explain(
    _ text: String, line: Int, context: ExplainContext, format: BatchFormat
  ) -> BatchRecord {
    do {
      let (input, expectation) = try BatchLine.split(text)
      var context = context
      if let expectation { context.expectation = expectation }
      let explanation = try Explainer.explain(
        input, context: context, rendering: format == .jsonl ? .json : .text)
      let output: String
      switch (format, explanation.output) {
      case (_, .json(let object)):
        output = object.prepending(("line", .integer(line))).serialized + "\n"
      case (.markdown, .text(let text)): output = "## Line \(line)\n\n" + indented(text) + "\n"
      case (_, .text(let text)): output = "line \(line)\n" + text + "\n"
      }
      var notSimulated = false
      if case .notSimulated? = explanation.outcome?.simulation?.status { notSimulated = true }
      return BatchRecord(
        output: output, isError: false, severities: explanation.findings.map(\.severity),
        mismatched: explanation.judgement?.intentCheck?.verdict == .mismatch,
        notSimulated: notSimulated)
    } catch {
      return .error(line: line, error.message, format: format)
    }
  }

  static func error(line: Int, _ reason: String, format: BatchFormat) -> BatchRecord {
    let output: String
    switch format {
    case .jsonl:
      output =
        JSONValue.object([("line", .integer(line)), ("error", .string(reason))]).serialized + "\n"
    case .text: output = "line \(line)\n  error: " + TerminalSafeText.sanitize(reason) + "\n\n"
    case .markdown:
      output = "## Line \(line)\n\nError: " + TerminalSafeText.sanitize(reason) + "\n\n"
    }
    return BatchRecord(output: output, isError: true, severities: [])
  }

  /// A Markdown code block by indentation: unlike a fence, no text inside can close it.
  private static func indented(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
  }
}
