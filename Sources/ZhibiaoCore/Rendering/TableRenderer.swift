/// Renders result tables for a terminal: columns aligned by display width, numbers right
/// aligned, article text escaped, figures highlighted in colour or between 【】. Given a width,
/// columns are narrowed to fit it (`ColumnFit`) and cut text ends in `…`.
enum TableRenderer {
    /// - Parameter records: show every table as records (`.mode line`).
    static func render(_ table: ResultTable, layout: TextLayout, records: Bool = false) -> String {
        let color = layout.color
        var lines: [String] = []
        if let title = table.title {
            let text = TerminalText.escape(title)
            lines.append(styled(layout.width.map { DisplayWidth.truncated(text, to: $0) } ?? text, "1", color))
        }
        if table.rows.isEmpty {
            lines.append(TerminalText.escape(table.emptyMessage))
        } else if records {
            lines += RecordRenderer.lines(table, style: .equals, layout: layout)
        } else if table.layout == .records {
            lines += RecordRenderer.lines(table, style: .columns, layout: layout)
        } else if layout.expanded == .on {
            lines += RecordRenderer.lines(table, style: .equals, layout: layout)
        } else {
            lines +=
                grid(table, layout: layout)
                ?? RecordRenderer.lines(table, style: .equals, layout: layout)
        }
        return lines.map(trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    /// The grid's lines, or nil when `.expanded auto` prefers records because the fitted grid
    /// would cut an essential column.
    private static func grid(_ table: ResultTable, layout: TextLayout) -> [String]? {
        let color = layout.color
        let cells = table.rows.map { row in row.map { display($0, color: color, listSeparator: ", ") } }
        var natural = table.columns.map { DisplayWidth.of($0.title) }
        for row in cells {
            for (column, cell) in row.enumerated() { natural[column] = max(natural[column], cell.width) }
        }
        let numeric = table.columns.indices.map { column in
            table.rows.contains { $0[column].isNumber }
                && table.rows.allSatisfy { $0[column].isNumber || $0[column] == .null }
        }
        let fit = ColumnFit(
            natural: natural, priorities: table.columns.map(\.priority), cuttable: numeric.map { !$0 },
            width: layout.width)
        if layout.expanded == .auto && fit.cutsEssential { return nil }
        let widths = fit.widths
        func line(_ texts: [(text: String, width: Int)]) -> String {
            texts.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.width))
                return numeric[column] ? padding + cell.text : cell.text + padding
            }.joined(separator: "  ")
        }
        let header = line(
            table.columns.enumerated().map { column, heading in
                let title = DisplayWidth.truncated(heading.title, to: widths[column])
                return (styled(title, "1", color), DisplayWidth.of(title))
            })
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        var lines = [header, rule]
        lines.reserveCapacity(cells.count + 2)
        for (r, row) in cells.enumerated() {
            var shown = row
            for column in row.indices where row[column].width > widths[column] {
                let cut = StyledText(table.rows[r][column], color: color, listSeparator: ", ").cut(to: widths[column])
                shown[column] = (cut.rendered, cut.width)
            }
            lines.append(line(shown))
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
        case .highlighted, .list:
            let text = StyledText(cell, color: color, listSeparator: listSeparator)
            return (text.rendered, text.width)
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
