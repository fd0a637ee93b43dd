/// Renders result tables for a terminal: columns aligned by display width, numbers right
/// aligned, article text escaped, figures highlighted in colour or between 【】.
enum TableRenderer {
    static func render(_ table: ResultTable, color: Bool) -> String {
        var lines: [String] = []
        if let title = table.title { lines.append(styled(TerminalText.escape(title), "1", color)) }
        if table.rows.isEmpty {
            lines.append(TerminalText.escape(table.emptyMessage))
        } else if table.layout == .grid {
            lines += grid(table, color: color)
        } else {
            lines += records(table, color: color)
        }
        return lines.map(trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    private static func grid(_ table: ResultTable, color: Bool) -> [String] {
        let cells = table.rows.map { row in row.map { display($0, color: color, listSeparator: ", ") } }
        var widths = table.columns.map { DisplayWidth.of($0.title) }
        for row in cells {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.width) }
        }
        let numeric = table.columns.indices.map { column in
            table.rows.contains { $0[column].isNumber }
                && table.rows.allSatisfy { $0[column].isNumber || $0[column] == .null }
        }
        func line(_ texts: [(text: String, width: Int)]) -> String {
            texts.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.width))
                return numeric[column] ? padding + cell.text : cell.text + padding
            }.joined(separator: "  ")
        }
        let header = line(table.columns.map { (styled($0.title, "1", color), DisplayWidth.of($0.title)) })
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return [header, rule] + cells.map(line)
    }

    private static func records(_ table: ResultTable, color: Bool) -> [String] {
        let keyWidth = table.columns.map { DisplayWidth.of($0.title) }.max() ?? 0
        let indent = String(repeating: " ", count: keyWidth + 2)
        var lines: [String] = []
        for (number, row) in table.rows.enumerated() {
            if number > 0 { lines.append("") }
            for (column, cell) in zip(table.columns, row) {
                let items: [Cell] = if case .list(let list) = cell { list } else { [cell] }
                let shown = items.filter { $0 != .null }
                guard !shown.isEmpty else { continue }
                let key = styled(DisplayWidth.padded(column.title, to: keyWidth + 2), "1", color)
                for (index, item) in shown.enumerated() {
                    lines.append((index == 0 ? key : indent) + display(item, color: color, listSeparator: ", ").text)
                }
            }
        }
        return lines
    }

    /// The text of a cell as shown, and its display width (escape codes excluded).
    static func display(_ cell: Cell, color: Bool, listSeparator: String) -> (text: String, width: Int) {
        switch cell {
        case .null: return ("", 0)
        case .text(let text):
            let escaped = TerminalText.escape(text)
            return (escaped, DisplayWidth.of(escaped))
        case .number(let value):
            let text = NumberFormat.exact(value)
            return (text, DisplayWidth.of(text))
        case .highlighted(let text, let range, let label):
            var (before, figure, after) = split(text, range)
            before = TerminalText.escape(label) + before
            let plain = before + figure + after
            let marked =
                color ? before + "\u{1B}[1;33m" + figure + "\u{1B}[0m" + after : before + "【" + figure + "】" + after
            return (marked, DisplayWidth.of(plain) + (color ? 0 : 4))
        case .list(let cells):
            let parts = cells.map { display($0, color: color, listSeparator: listSeparator) }
            let width = parts.map(\.width).reduce(0, +) + DisplayWidth.of(listSeparator) * max(0, parts.count - 1)
            return (parts.map(\.text).joined(separator: listSeparator), width)
        }
    }

    /// The escaped text before, inside and after a highlighted UTF-8 range.
    static func split(_ text: String, _ range: Range<Int>) -> (String, String, String) {
        let bytes = Array(text.utf8)
        let lower = min(max(0, range.lowerBound), bytes.count)
        let upper = min(max(lower, range.upperBound), bytes.count)
        func piece(_ slice: ArraySlice<UInt8>) -> String { TerminalText.escape(String(decoding: slice, as: UTF8.self)) }
        return (piece(bytes[..<lower]), piece(bytes[lower..<upper]), piece(bytes[upper...]))
    }

    static func styled(_ text: String, _ code: String, _ color: Bool) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line.removeLast() }
        return String(line)
    }
}
