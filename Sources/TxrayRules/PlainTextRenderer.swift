import TxrayCore

/// Renders a fact sheet as aligned plain text for a terminal or a pipe.
public enum PlainTextRenderer {
  /// Labels are sanitized like values: some come from outside too (descriptor files, nested
  /// argument names).
  public static func render(_ sheet: FactSheet) -> String {
    let labels = sheet.rows.map { TerminalSafeText.sanitize($0.label) }
    let width = labels.map(\.count).max() ?? 0
    var out = TerminalSafeText.sanitize(sheet.headline) + "\n"
    for (label, row) in zip(labels, sheet.rows) {
      let pad = String(repeating: " ", count: width - label.count)
      out += "  " + label + pad + "  " + TerminalSafeText.sanitize(row.value) + "\n"
    }
    return out
  }
}
