import Foundation
import FuzzBodies
import Testing

/// Every fuzz body over its seeds and a few thousand deterministic mutations of them, in the
/// normal build: not libFuzzer (no coverage guidance, no sanitizer), only a broken target or a
/// plain crash shows here. `scripts/fuzz-all 10` is the libFuzzer smoke run.
@Suite struct FuzzSmokeTests {
  /// Inputs per target: seeds spread over all of them, then mutations. The slow bodies (the
  /// whole pipeline, execution, descriptor files) get fewer so the suite stays well under a
  /// minute in the debug build.
  static func budget(_ target: String) -> (seeds: Int, mutations: Int) {
    switch target {
    case "Explain", "Intent": (40, 300)
    case "EVMExecution", "WasmExecution", "ERC7730": (40, 400)
    default: (100, 3000)
    }
  }

  @Test(arguments: FuzzBody.all.map(\.target))
  func seedsAndMutations(target: String) throws {
    let body = try #require(FuzzBody.all.first { $0.target == target })
    let seeds = try SeedInputs.of(target)
    #expect(!seeds.isEmpty, "fuzz-seeds.py wrote no seeds for \(target)")
    let budget = Self.budget(target)
    let step = max(1, seeds.count / budget.seeds)
    let chosen = stride(from: 0, to: seeds.count, by: step).map { seeds[$0] }
    var mutator = Mutator(name: target)
    var inputs = chosen
    for _ in 0..<budget.mutations {
      inputs.append(
        mutator.mutate(
          chosen[mutator.below(chosen.count)], other: chosen[mutator.below(chosen.count)]))
    }
    for (index, input) in inputs.enumerated() {
      do {
        try body.run(input)
      } catch {
        Issue.record("\(target) input \(index) (\(input.count) bytes, hex \(hex(input))): \(error)")
        return
      }
    }
  }

  private func hex(_ bytes: [UInt8]) -> String {
    bytes.prefix(512).map { String(format: "%02x", $0) }.joined()
  }
}
