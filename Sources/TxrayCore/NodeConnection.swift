import Dispatch
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// JSON POSTs to one node over one URL session (so connections are reused), each bounded in time
/// and in size. An answer is read as it arrives and its request cancelled as soon as it passes
/// the size bound, so a node cannot fill memory before the size is checked; a node that never
/// answers is left after the timeout.
public final class NodeConnection: NodeTransport, Sendable {
  /// Why there is no answer, in words a person can act on.
  public struct Failure: Error, Sendable {
    public var reason: String

    public init(reason: String) {
      self.reason = reason
    }
  }

  /// An HTTP answer: its status and body.
  public struct Answer: Sendable {
    public var status: Int
    public var body: Data

    public init(status: Int, body: Data) {
      self.status = status
      self.body = body
    }
  }

  private let session: URLSession
  private let router = Router()

  public init() {
    session = URLSession(
      configuration: URLSessionConfiguration.ephemeral, delegate: router, delegateQueue: nil)
  }

  deinit {
    session.invalidateAndCancel()
  }

  public func post(
    _ body: Data, to url: URL, timeout: Duration, maxBytes: Int
  ) throws(Failure) -> Answer {
    let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
    var request = URLRequest(url: url, timeoutInterval: seconds)
    request.httpMethod = "POST"
    request.httpBody = body
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    let task = session.dataTask(with: request)
    let receiver = Receiver(maxBytes: maxBytes)
    router.add(receiver, for: task)
    defer { router.remove(task) }
    task.resume()
    // URLSession's own timeout should fire first; this bound holds even if it does not.
    guard receiver.done.wait(timeout: .now() + seconds + 1) == .success else {
      task.cancel()
      throw Failure(reason: "timed out after \(timeout)")
    }
    let (status, data, error, tooLarge) = receiver.result
    if tooLarge {
      throw Failure(reason: "the answer is larger than \(maxBytes >> 20) MiB")
    }
    if let error { throw Failure(reason: Self.describe(error, timeout: timeout)) }
    guard let status else { throw Failure(reason: "no HTTP answer") }
    return Answer(status: status, body: data)
  }

  /// NSURLErrorDomain's codes for the failures a node causes, as a person would say them:
  /// Foundation on Linux describes most as "The operation could not be completed".
  private static let causes: [Int: String] = [
    -1001: "timed out",
    -1004: "connection refused",
    -1005: "the connection closed before the answer was complete",
    -1011: "the answer is not a valid HTTP response",
    -1017: "the answer is not a valid HTTP response",
  ]

  private static func describe(_ error: any Error, timeout: Duration) -> String {
    let error = error as NSError
    guard error.domain == "NSURLErrorDomain", let cause = causes[error.code] else {
      return error.localizedDescription
    }
    return error.code == -1001 ? "\(cause) after \(timeout)" : cause
  }

  /// The session's delegate: hands each task's events to that task's receiver.
  private final class Router: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var receivers: [Int: Receiver] = [:]

    func add(_ receiver: Receiver, for task: URLSessionTask) {
      lock.withLock { receivers[task.taskIdentifier] = receiver }
    }

    func remove(_ task: URLSessionTask) {
      _ = lock.withLock { receivers.removeValue(forKey: task.taskIdentifier) }
    }

    private func receiver(_ task: URLSessionTask) -> Receiver? {
      lock.withLock { receivers[task.taskIdentifier] }
    }

    func urlSession(
      _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
      completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
      let allowed = receiver(dataTask)?.start(response) ?? false
      completionHandler(allowed ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
      guard let receiver = receiver(dataTask), receiver.append(data) else {
        dataTask.cancel()
        return
      }
    }

    func urlSession(
      _ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?
    ) {
      receiver(task)?.finish(error)
    }
  }

  /// One task's answer, collected on URLSession's queue and read by the waiting caller.
  private final class Receiver: @unchecked Sendable {
    let maxBytes: Int
    let done = DispatchSemaphore(value: 0)
    // Guarded by `lock`: written on URLSession's queue, read by the caller after `done`.
    private let lock = NSLock()
    private var status: Int?
    private var data = Data()
    private var error: (any Error)?
    private var tooLarge = false

    init(maxBytes: Int) {
      self.maxBytes = maxBytes
    }

    var result: (status: Int?, data: Data, error: (any Error)?, tooLarge: Bool) {
      lock.withLock { (status, data, error, tooLarge) }
    }

    /// False when the announced length is already over the bound.
    func start(_ response: URLResponse) -> Bool {
      lock.withLock {
        status = (response as? HTTPURLResponse)?.statusCode
        tooLarge = response.expectedContentLength > maxBytes
        return !tooLarge
      }
    }

    /// False once the answer has passed the bound; what was read is dropped.
    func append(_ chunk: Data) -> Bool {
      lock.withLock {
        data.append(chunk)
        if data.count > maxBytes {
          tooLarge = true
          data = Data()
        }
        return !tooLarge
      }
    }

    func finish(_ error: (any Error)?) {
      lock.withLock { self.error = error }
      done.signal()
    }
  }
}
