import EVM
import EVMConformance
import Foundation
import Testing
import TxrayCore

/// A rejected transaction leaves the state as it was, so every reference-test entry that
/// expects an exception records the root of its pre-state: real data for the trie code that
/// needs no executor.
struct PreStateRootTests {
  @Test func rejectedEntriesRecordThePreStateRoot() throws {
    let root = SharedTestData.url("evm-state")
    let files = try StateTestSuite.files(at: [root])
    var checked = 0
    for file in files {
      for test in try StateTest.load(file: file) {
        let expected = test.posts.filter { $0.expectException != nil }.map(\.expectedRoot)
        guard let first = expected.first else { continue }
        let computed = StateRoot.compute(accounts: test.accounts, storage: test.storage)
        #expect(computed == first, "\(test.name)")
        checked += 1
      }
    }
    #expect(checked > 100)
  }
}
