import Foundation
import TxrayKit

// Raw transaction in, findings out: decoded, judged by the rules, no model, no simulation.
let text = try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
let explanation = try Explainer.explain(text, context: ExplainContext(), rendering: .text)
print(explanation.judgement?.narration.headline ?? "no outcome")
for finding in explanation.findings {
  print("\(finding.severity.rawValue) \(finding.rule): \(finding.message)")
}
