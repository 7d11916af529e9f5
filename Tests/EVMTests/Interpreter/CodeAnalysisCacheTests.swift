import EVM
import Foundation
import Testing
import TxrayCore

/// The analysis of contract code is shared across transactions and workers, and bounded.
/// The codes are the compiled contracts of the samples (scripts/gen-evm-samples.py).
@Suite struct CodeAnalysisCacheTests {
  /// Every distinct non-empty code in `samples/*.state.json`, largest first.
  static let sampleCodes: [[UInt8]] = {
    let samples = SharedTestData.packageRoot.appendingPathComponent("samples")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
    var codes: Set<[UInt8]> = []
    for file in files where file.hasSuffix(".state.json") {
      let url = samples.appendingPathComponent(file)
      guard let data = try? Data(contentsOf: url),
        let snapshot = try? StateSnapshot(json: data, source: file)
      else { continue }
      for account in snapshot.accounts.values {
        if let code = account.account?.code, !code.isEmpty { codes.insert(code) }
      }
    }
    return codes.sorted { $0.count > $1.count }
  }()

  @Test func samplesHoldSeveralContracts() {
    #expect(Self.sampleCodes.count >= 3)
  }

  @Test func theSameBytesShareOneAnalysis() {
    let cache = CodeAnalysisCache(maximumEntries: 16, maximumBytes: 1 << 20)
    for code in Self.sampleCodes {
      let first = cache.bytecode(for: code)
      // A copy in another buffer, as a state source returns for every transaction.
      let copy = code.withUnsafeBufferPointer { Array($0) }
      #expect(cache.bytecode(for: copy) === first)
      #expect(first.count == code.count)
    }
    #expect(cache.usage.entries == Self.sampleCodes.count)
    #expect(cache.usage.bytes == Self.sampleCodes.reduce(0) { $0 + $1.count })
  }

  @Test func theOldestEntryGoesFirst() throws {
    let codes = Array(Self.sampleCodes.prefix(3))
    try #require(codes.count == 3)
    let cache = CodeAnalysisCache(maximumEntries: 2, maximumBytes: 1 << 20)
    let analyses = codes.map { cache.bytecode(for: $0) }
    #expect(cache.usage.entries == 2)
    #expect(cache.bytecode(for: codes[2]) === analyses[2])
    #expect(cache.bytecode(for: codes[1]) === analyses[1])
    #expect(cache.bytecode(for: codes[0]) !== analyses[0])
  }

  @Test func theByteBoundHolds() {
    let largest = Self.sampleCodes[0].count
    let cache = CodeAnalysisCache(maximumEntries: 100, maximumBytes: largest)
    for code in Self.sampleCodes { _ = cache.bytecode(for: code) }
    #expect(cache.usage.bytes <= largest)
    #expect(cache.usage.entries >= 1)
  }

  @Test func concurrentWorkersAgree() async {
    let cache = CodeAnalysisCache(maximumEntries: 64, maximumBytes: 1 << 20)
    let codes = Self.sampleCodes
    let seen = await withTaskGroup(of: [ObjectIdentifier].self) { group in
      for _ in 0..<8 {
        group.addTask {
          codes.map { ObjectIdentifier(cache.bytecode(for: $0)) }
        }
      }
      var all: [[ObjectIdentifier]] = []
      for await ids in group { all.append(ids) }
      return all
    }
    // Workers that analysed the same code at once still end up sharing the first analysis.
    #expect(Set(seen).count == 1)
    #expect(cache.usage.entries == codes.count)
  }
}
