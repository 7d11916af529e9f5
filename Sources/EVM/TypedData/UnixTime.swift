import TxrayCore

/// Unix timestamps and durations as people read them, computed with integer arithmetic so any
/// 256-bit value from a message formats without overflow or Foundation's calendar.
public enum UnixTime {
  /// The last second of year 9999; later values are shown as a count of seconds instead.
  static let latestDatable: UInt64 = 253_402_300_799

  /// "2026-12-28 12:00 UTC" (seconds shown only when not zero); "never (…)" for values past year
  /// 9999, which contracts use to mean "no expiry".
  public static func format(_ seconds: UInt256) -> String {
    guard let value = seconds.uint64Value, value <= latestDatable else {
      return "never (timestamp \(seconds.decimalString) is past year 9999)"
    }
    let days = Int64(value / 86_400)
    let secondOfDay = Int64(value % 86_400)
    let (year, month, day) = civilDate(daysSinceEpoch: days)
    var text =
      "\(year)-\(two(month))-\(two(day)) \(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60))"
    if secondOfDay % 60 != 0 { text += ":" + two(secondOfDay % 60) }
    return text + " UTC"
  }

  /// "1d 2h 3m 4s", omitting zero parts; "0s" for zero.
  public static func duration(_ seconds: UInt256) -> String {
    guard let value = seconds.uint64Value else { return "\(seconds.decimalString)s" }
    let parts: [(UInt64, String)] = [
      (value / 86_400, "d"), (value / 3600 % 24, "h"), (value / 60 % 60, "m"), (value % 60, "s"),
    ]
    let shown = parts.filter { $0.0 > 0 }.map { "\($0.0)\($0.1)" }
    return shown.isEmpty ? "0s" : shown.joined(separator: " ")
  }

  /// Proleptic Gregorian date of a day count from 1970-01-01, by counting 400-year eras
  /// (146097 days each) and then years within the era, with March as the first month so the
  /// leap day falls at the end of the counted year.
  static func civilDate(daysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let shifted = days + 719_468  // days from 0000-03-01
    let era = shifted / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  private static func two(_ value: Int64) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
