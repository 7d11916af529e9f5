import Foundation

/// Unix times as people read them, the same in every output (text, review, rules).
public enum UTCTime {
  /// A Unix time as a UTC date, "2026-12-28 12:00 UTC"; nil or beyond year 9999 is "never".
  public static func text(_ seconds: UInt64?) -> String {
    guard let seconds, seconds <= lastSecondOfYear9999 else { return "never" }
    let date = Date(timeIntervalSince1970: TimeInterval(seconds))
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
    return "\(parts.year ?? 1970)-\(two(parts.month))-\(two(parts.day)) "
      + "\(two(parts.hour)):\(two(parts.minute)) UTC"
  }

  /// 9999-12-31 23:59:59 UTC: a later expiry is "never" (apps use 2^48-1 and the like).
  public static let lastSecondOfYear9999: UInt64 = 253_402_300_799
}
