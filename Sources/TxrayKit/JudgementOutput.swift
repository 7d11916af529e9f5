import TxrayCore

/// How a judgement joins the decoded facts in `--json` and text output.
enum JudgementOutput {
  /// Sets `headline`, `findings` and `explanation` on the chain explainer's object. Without a
  /// judgement `findings` stays the empty array the object already has.
  static func merge(_ judgement: Judgement?, into object: JSONValue) -> JSONValue {
    guard let judgement else { return object }
    return
      object
      .setting("headline", .string(judgement.narration.headline))
      .setting("findings", .array(judgement.findings.map(finding)))
      .setting("explanation", explanation(judgement.explanation))
      .setting("intentCheck", judgement.intentCheck?.json ?? .null)
  }

  static func finding(_ finding: Finding) -> JSONValue {
    .object([
      ("rule", .string(finding.rule)),
      ("severity", .string(finding.severity.rawValue)),
      ("message", .string(finding.message)),
      (
        "evidence",
        .object(finding.evidence.map { ($0.label, JSONValue.string($0.value)) })
      ),
    ])
  }

  static func explanation(_ text: ExplanationText) -> JSONValue {
    .object([
      ("text", .string(text.text)),
      ("source", .string(text.source.rawValue)),
      ("model", .optional(text.model)),
      ("rejected", .optional(text.rejection)),
      ("claims", .array(text.claims.map(JSONValue.string))),
    ])
  }

  /// The verdict, findings and explanation as text, after the fact sheet. Every string passes
  /// through `TerminalSafeText`: evidence quotes hostile token names. A simulation that was asked
  /// for and could not run leaves the verdict unchecked: no findings then is not a clean bill.
  static func text(_ judgement: Judgement?, simulation: Simulation.Status?) -> String {
    guard let judgement else { return "" }
    var out = "\n" + TerminalSafeText.sanitize(judgement.narration.headline) + "\n"
    if let worst = judgement.findings.map(\.severity).max() {
      out += "Verdict: \(worst.rawValue.uppercased())\n"
      for finding in judgement.findings {
        out +=
          "  [\(finding.severity.rawValue)] \(finding.rule): "
          + TerminalSafeText.sanitize(finding.message) + "\n"
      }
    } else if case .notSimulated? = simulation {
      out += "Verdict: unchecked: not simulated, so what it does is unknown\n"
    } else {
      out += "Verdict: no findings\n"
    }
    if let check = judgement.intentCheck {
      out += "Intent check:\n" + check.textLines.map { "  " + $0 + "\n" }.joined()
    }
    let source =
      judgement.explanation.source == .model
      ? "composed by the model from checked statements" : "rules"
    out += "Explanation (\(source)):\n  " + TerminalSafeText.sanitize(judgement.explanation.text)
    return out + "\n"
  }
}
