import Foundation
import FuzzBodies
import Testing

/// A body without a libFuzzer wrapper is never fuzzed, a wrapper without a body does not build,
/// and one missing from Package.swift's list or from scripts/fuzz-seeds.py cannot be run.
@Suite struct FuzzTargetListTests {
  let root = SeedInputs.packageRoot

  /// The targets scripts/fuzz-all runs: each directory of Fuzz/ with a Fuzz<Name>.swift.
  func wrappers() throws -> [String: String] {
    let fuzz = root.appendingPathComponent("Fuzz")
    var found: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: fuzz.path) {
      let file = fuzz.appendingPathComponent(name).appendingPathComponent("Fuzz\(name).swift")
      if let text = try? String(contentsOf: file, encoding: .utf8) { found[name] = text }
    }
    return found
  }

  @Test func everyBodyHasAWrapperAndEveryWrapperABody() throws {
    let wrappers = try wrappers()
    let bodies = FuzzBody.all.map(\.target)
    #expect(Set(bodies).count == bodies.count, "two bodies share a target name")
    #expect(Set(wrappers.keys) == Set(bodies))
  }

  /// The wrapper of target `X` calls the body named for it (`FuzzBody.x`, same letters).
  @Test func eachWrapperCallsItsOwnBody() throws {
    for (target, text) in try wrappers() {
      let called = text.firstRange(of: /FuzzBody\.(\w+)\.fuzz/).map { String(text[$0]) }
      #expect(
        called?.lowercased() == "fuzzbody.\(target.lowercased()).fuzz",
        "Fuzz/\(target) calls \(called ?? "no body")")
      #expect(text.contains("\"Fuzz\(target)_main\""), "Fuzz/\(target) has no Fuzz\(target)_main")
    }
  }

  @Test func packageAndSeedScriptNameEveryTarget() throws {
    let manifest = try String(
      contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
    let seeds = try String(
      contentsOf: root.appendingPathComponent("scripts/fuzz-seeds.py"), encoding: .utf8)
    for body in FuzzBody.all {
      #expect(manifest.contains("\"\(body.target)\""), "Package.swift does not list \(body.target)")
      #expect(
        seeds.contains("\"\(body.target)\":"), "fuzz-seeds.py has no seeds for \(body.target)")
    }
  }
}
