/// Where finished records go, in order: the sink, the summary counts and the progress line.
///
/// The work pool calls it from one delivering thread at a time, and the command reads the
/// summary only after the pool has finished, so its state needs no lock of its own.
final class BatchOutput: @unchecked Sendable {
  private let sink: BatchSink
  private let progress: ProgressBar
  private(set) var summary = BatchSummary()
  /// Whether the sink refused a write (the command then fails: batch mode loses no line quietly).
  var lostOutput: Bool { sink.lostOutput }

  init(sink: BatchSink, progress: ProgressBar) {
    self.sink = sink
    self.progress = progress
  }

  func write(_ record: BatchRecord) {
    sink.write(record.output)
    summary.add(record)
  }

  /// After a run of records: make them visible and redraw progress.
  func flush() {
    sink.flush()
    progress.update(records: summary.records)
  }

  func close(skipped: Int) {
    progress.clear()
    sink.close()
    summary.skipped = skipped
  }
}
