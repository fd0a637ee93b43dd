/// The one place diagnostics become text:
///
///     query.zq:1:9: error: expected 'where', 'order by', 'limit' or end of statement, found 'wher'
///     show 托位 wher year=2025
///               ^~~~
///     did you mean 'where'?
public enum DiagnosticRenderer {
    public static func render(_ diagnostic: Diagnostic, in source: SourceText, color: Bool = false) -> String {
        let location = source.location(of: diagnostic.span.start)
        let line = TerminalText.escape(source.lineText(location.line))
        let lineEnd = source.lineStarts[location.line - 1] + Array(source.lineText(location.line).utf8).count
        let covered = source[SourceSpan(diagnostic.span.start, min(diagnostic.span.end, lineEnd))]
        let width = max(1, DisplayWidth.of(TerminalText.escape(covered)))
        let caret = String(repeating: " ", count: location.column - 1) + "^" + String(repeating: "~", count: width - 1)

        var text = style("\(source.origin):\(location): ", bold: true, color: color)
        text += style("error:", code: "1;31", color: color) + style(" \(diagnostic.message)", bold: true, color: color) + "\n"
        text += line + "\n"
        text += style(caret, code: "1;32", color: color) + "\n"
        for note in diagnostic.notes {
            text += style("note:", code: "1;36", color: color) + " \(note)\n"
        }
        if let suggestion = diagnostic.suggestion {
            text += "did you mean '\(TerminalText.escape(suggestion))'?\n"
        }
        return text
    }

    private static func style(_ text: String, bold: Bool = false, code: String? = nil, color: Bool) -> String {
        guard color, let code = code ?? (bold ? "1" : nil) else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
