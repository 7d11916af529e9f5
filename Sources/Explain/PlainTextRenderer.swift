import TxrayCore

/// Renders a fact sheet as aligned plain text for a terminal or a pipe.
public enum PlainTextRenderer {
  public static func render(_ sheet: FactSheet) -> String {
    let width = sheet.rows.map(\.label.count).max() ?? 0
    var out = TerminalSafeText.sanitize(sheet.headline) + "\n"
    for row in sheet.rows {
      let pad = String(repeating: " ", count: width - row.label.count)
      out += "  " + row.label + pad + "  " + TerminalSafeText.sanitize(row.value) + "\n"
    }
    return out
  }
}
