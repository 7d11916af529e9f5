import ArgumentParser
import Foundation
import TxrayCore
import TxrayKit

/// `txray dev claims`: each input's narration as data (headline, slots, claims with their
/// wording templates, the narrator's composition), one JSON line per input, for
/// `scripts/gen-claim-corpus.py` to build the perturbation corpus from.
struct ClaimsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "Print each input's narration (claims, slots, composition) as one JSON line.")

  @Flag(help: "Simulate an input against the snapshot beside it (NAME.state.json), if any.")
  var withState = false

  @Argument(help: "Input files (any form `txray explain` reads).")
  var inputs: [String]

  func run() throws {
    let loaded = try ExplainContext.load(fork: nil, chain: nil, abiFiles: [], descriptors: nil)
    for input in inputs {
      var context = loaded
      let snapshot = URL(fileURLWithPath: input).deletingPathExtension().path + ".state.json"
      if withState, FileManager.default.fileExists(atPath: snapshot) {
        context.simulation.stateFile = snapshot
      }
      let line: JSONValue
      do {
        let text = try InputReader.text(argument: nil, file: input)
        guard
          let narration = try Explainer.explain(text, context: context, rendering: .json)
            .judgement?.narration
        else { continue }
        line = Self.json(input: input, narration)
      } catch {
        line = .object([("input", .string(input)), ("error", .string("\(error)"))])
      }
      StandardStreams.write(line.serialized + "\n", to: .standardOutput)
    }
  }

  static func json(input: String, _ narration: Narration) -> JSONValue {
    .object([
      ("input", .string(input)),
      ("headline", .string(narration.headlineTemplate)),
      ("slots", .object(narration.slots.map { ($0.name, JSONValue.string($0.value)) })),
      (
        "claims",
        .array(
          narration.claims.map { claim in
            .object([
              ("id", .string(claim.id)), ("kind", .string(claim.kind.rawValue)),
              ("severity", .optional(claim.severity?.rawValue)),
              ("follows", .optional(claim.follows)),
              ("wordings", .array(claim.wordings.map(JSONValue.string))),
              (
                "roles",
                .object(
                  claim.roles.sorted { $0.key < $1.key }.map {
                    ($0.key, JSONValue.string($0.value.rawValue))
                  })
              ),
            ])
          })
      ),
      (
        "body",
        .array(
          narration.bodyComposition.items.map { item in
            .object([
              ("claim", .string(item.claim)), ("wording", .integer(item.wording)),
              ("joint", .string(item.joint.rawValue)),
            ])
          })
      ),
    ])
  }
}
