/// The one place diagnostics become text:
///
///     query.zq:1:9: error: expected 'where', 'order by', 'limit' or end of statement, found 'wher'
///     show 托位 wher year=2025
///               ^~~~
///     did you mean 'where'?
public enum DiagnosticRenderer {
    public static func render(_ diagnostic: Diagnostic, in source: SourceText, color: Bool = false) -> String {
        let location = source.location(of: diagnostic.span.start)
        let lineNumber = source.line(of: diagnostic.span.start)
        var line = TerminalText.escape(source.lineText(lineNumber))
        let lineEnd = source.lineStarts[lineNumber - 1] + Array(source.lineText(lineNumber).utf8).count
        let covered = source[SourceSpan(diagnostic.span.start, min(diagnostic.span.end, lineEnd))]
        var width = max(1, DisplayWidth.of(TerminalText.escape(covered)))
        var column = location.column
        if column + width > maximumLine || line.count > maximumLine {
            (line, column, width) = window(line, column, width)
        }
        let caret = String(repeating: " ", count: column - 1) + "^" + String(repeating: "~", count: width - 1)

        let message = TerminalText.escape(shortened(diagnostic.message))
        var text = style("\(source.origin):\(location): ", bold: true, color: color)
        text += style("error:", code: "1;31", color: color) + style(" \(message)", bold: true, color: color) + "\n"
        text += line + "\n"
        text += style(caret, code: "1;32", color: color) + "\n"
        for note in diagnostic.notes {
            text += style("note:", code: "1;36", color: color) + " \(TerminalText.escape(shortened(note)))\n"
        }
        if let suggestion = diagnostic.suggestion {
            text += "did you mean '\(TerminalText.escape(suggestion))'?\n"
        }
        return text
    }

    /// Lines and messages longer than this (in characters) are cut around the error.
    static let maximumLine = 160

    /// Up to `maximumLine` characters of a long line around the caret, cut ends shown as …;
    /// the caret's column and width in the cut line.
    static func window(_ line: String, _ column: Int, _ width: Int) -> (String, Int, Int) {
        // Columns are display columns; count characters by their display width to place the cut.
        let characters = Array(line)
        var offset = 0
        var index = 0
        while index < characters.count && offset + DisplayWidth.of(String(characters[index])) < column {
            offset += DisplayWidth.of(String(characters[index]))
            index += 1
        }
        let start = max(0, index - 40)
        let end = min(characters.count, start + maximumLine)
        let skipped = characters[start..<index].reduce(0) { $0 + DisplayWidth.of(String($1)) }
        let head = start > 0 ? "…" : ""
        let cut = head + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        let newColumn = skipped + 1 + DisplayWidth.of(head)
        return (cut, newColumn, max(1, min(width, DisplayWidth.of(cut) - newColumn + 1)))
    }

    /// A message quoting a very long token keeps its start and end.
    static func shortened(_ text: String) -> String {
        guard text.count > maximumLine * 2 else { return text }
        return String(text.prefix(maximumLine)) + "…" + String(text.suffix(40))
    }

    private static func style(_ text: String, bold: Bool = false, code: String? = nil, color: Bool) -> String {
        guard color, let code = code ?? (bold ? "1" : nil) else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
