import Foundation

/// Where a state client's requests go: a JSON body in, the node's HTTP answer out. Every front
/// end uses `NodeConnection`, a real POST; the fuzz bodies answer with arbitrary bytes instead,
/// so that each read of both chains' state clients meets hostile answers without a network.
public protocol NodeTransport: Sendable {
  func post(
    _ body: Data, to url: URL, timeout: Duration, maxBytes: Int
  ) throws(NodeConnection.Failure) -> NodeConnection.Answer
}
