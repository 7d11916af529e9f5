import Foundation
import Synchronization
import TxrayCore

/// A node whose answers the input wrote: the i-th request gets the i-th answer, with one HTTP
/// status for all; a request past the last answer gets an empty body. Answers are separated by
/// a zero byte, which JSON text never holds.
final class ScriptedNode: NodeTransport {
  static let url = URL(string: "http://127.0.0.1:8545")!

  private let status: Int
  private let answers: Mutex<ArraySlice<ArraySlice<UInt8>>>

  init(status: Int, answers: ArraySlice<UInt8>) {
    self.status = status
    self.answers = Mutex(answers.split(separator: 0, omittingEmptySubsequences: false)[...])
  }

  func post(_ body: Data, to url: URL, timeout: Duration, maxBytes: Int) throws(NodeConnection
    .Failure) -> NodeConnection.Answer
  {
    let next = answers.withLock { $0.popFirst() } ?? []
    guard next.count <= maxBytes else {
      throw NodeConnection.Failure(reason: "the answer is larger than \(maxBytes >> 20) MiB")
    }
    return NodeConnection.Answer(status: status, body: Data(next))
  }

  /// The statuses an input picks from with two bits: mostly success, and the error statuses
  /// nearcore answers its structured errors with.
  static func status(_ bits: UInt8) -> Int {
    [200, 200, 400, 500][Int(bits & 3)]
  }
}
