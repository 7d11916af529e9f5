import Foundation
import Synchronization

/// A one-line progress display on stderr, drawn only when stderr is a terminal and at most a
/// few times a second, so it never pollutes a log or slows a fast run. The reading thread
/// reports bytes read; the delivering thread reports records and draws.
final class ProgressBar: @unchecked Sendable {
  private let isEnabled = isatty(STDERR_FILENO) != 0
  private let totalBytes: Int?
  private let start = ContinuousClock.now
  private var lastDraw = ContinuousClock.now
  private var records = 0
  private let bytesRead = Atomic<Int>(0)
  private var drawn = false

  init(totalBytes: Int?) {
    self.totalBytes = totalBytes
  }

  func update(records: Int) {
    self.records = records
    drawIfDue()
  }

  func update(bytesRead: Int) {
    self.bytesRead.store(bytesRead, ordering: .relaxed)
  }

  /// Erases the line, so the summary that follows starts clean.
  func clear() {
    guard drawn else { return }
    StandardStreams.write("\r\u{1b}[2K", to: .standardError)
  }

  private func drawIfDue() {
    guard isEnabled else { return }
    let now = ContinuousClock.now
    guard now - lastDraw >= .milliseconds(200) else { return }
    lastDraw = now
    drawn = true
    let elapsed = (now - start).inSeconds
    let rate = elapsed > 0 ? Double(records) / elapsed : 0
    var line = "\r\u{1b}[2K\(records) records  \(Int(rate.rounded()))/s"
    if let totalBytes, totalBytes > 0 {
      let fraction = min(Double(bytesRead.load(ordering: .relaxed)) / Double(totalBytes), 1)
      let width = 24
      let filled = Int((fraction * Double(width)).rounded(.down))
      line +=
        "  [" + String(repeating: "#", count: filled)
        + String(repeating: "-", count: width - filled) + "] \(Int(fraction * 100))%"
      if fraction > 0.01 {
        let remaining = elapsed * (1 - fraction) / fraction
        line += "  ETA \(Self.clock(remaining))"
      }
    }
    StandardStreams.write(line, to: .standardError)
  }

  private static func clock(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return s >= 3600
      ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
      : String(format: "%d:%02d", s / 60, s % 60)
  }
}
