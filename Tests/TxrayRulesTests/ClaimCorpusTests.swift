import Foundation
import Testing
import TxrayCore

@testable import TxrayRules

/// The claim check on the perturbation corpus (`scripts/gen-claim-corpus`): faithful texts
/// composed from the narrations of real inputs, and false texts made from them by mutations
/// written apart from the check. The measure of the semantic Guard is how many false texts it
/// stops, not how many texts pass.
@Suite("Claim check on the perturbation corpus")
struct ClaimCorpusTests {
  struct Record: Decodable {
    var narration: Int
    var text: String
    var faithful: Bool
    var kind: String
  }

  struct StoredNarration: Decodable {
    struct StoredClaim: Decodable {
      var id: String
      var kind: String
      var severity: String?
      var follows: String?
      var wordings: [String]
      var roles: [String: String]
    }
    struct StoredItem: Decodable {
      var claim: String
      var wording: Int
      var joint: String
    }
    var headline: String
    var slots: [String: String]
    var claims: [StoredClaim]
    var body: [StoredItem]

    var narration: Narration {
      Narration(
        headlineTemplate: headline,
        claims: claims.map { claim in
          Claim(
            id: claim.id, kind: Claim.Kind(rawValue: claim.kind) ?? .detail,
            severity: claim.severity.flatMap(Severity.init(rawValue:)), wordings: claim.wordings,
            roles: claim.roles.compactMapValues(Role.init(rawValue:)), follows: claim.follows)
        },
        bodyComposition: Composition(
          body.map {
            .init(
              claim: $0.claim, wording: $0.wording,
              joint: Composition.Joint(rawValue: $0.joint) ?? .sentence)
          }),
        slots: slots.map { Slot(name: $0.key, value: $0.value) })
    }
  }

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func lines<T: Decodable>(_ name: String, as type: T.Type) throws -> [T] {
    let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    return try text.split(separator: "\n").map {
      try JSONDecoder().decode(T.self, from: Data($0.utf8))
    }
  }

  @Test func rejectsFalseTextsAndAcceptsFaithfulOnes() throws {
    let narrations = try Self.lines("claim-narrations.jsonl", as: StoredNarration.self)
      .map(\.narration)
    let records = try Self.lines("claim-corpus.jsonl", as: Record.self)
    var faithful = (total: 0, accepted: 0)
    var falseTexts = (total: 0, rejected: 0)
    var missedByKind: [String: Int] = [:]
    for record in records {
      let verdict = ClaimCheck(narration: narrations[record.narration]).check(record.text)
      let accepted: Bool
      if case .accepted = verdict { accepted = true } else { accepted = false }
      if record.faithful {
        faithful.total += 1
        if accepted {
          faithful.accepted += 1
        } else {
          print("rejected faithful:", record.text, verdict)
        }
      } else {
        falseTexts.total += 1
        if accepted {
          missedByKind[record.kind, default: 0] += 1
          print("accepted \(record.kind):", record.text)
        } else {
          falseTexts.rejected += 1
        }
      }
    }
    print(
      "claim corpus: \(falseTexts.rejected) of \(falseTexts.total) false texts rejected, "
        + "\(faithful.accepted) of \(faithful.total) faithful texts accepted; missed \(missedByKind)"
    )
    #expect(falseTexts.total >= 1_000)
    #expect(faithful.total >= 200)
    #expect(Double(falseTexts.rejected) >= 0.995 * Double(falseTexts.total))
    #expect(Double(faithful.accepted) >= 0.95 * Double(faithful.total))
  }
}
