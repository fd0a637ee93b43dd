/// Renders result tables as GitHub-flavoured markdown, for pasting into reports.
enum MarkdownRenderer {
    static func render(_ table: ResultTable) -> String {
        var lines: [String] = []
        if let title = table.title { lines += ["**\(escape(title))**", ""] }
        guard !table.rows.isEmpty else {
            return (lines + ["_\(escape(table.emptyMessage))_"]).joined(separator: "\n") + "\n"
        }
        let numeric = table.columns.indices.map { column in
            table.rows.contains { $0[column].isNumber }
                && table.rows.allSatisfy { $0[column].isNumber || $0[column] == .null }
        }
        lines.append("| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |")
        lines.append("|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined())
        for row in table.rows {
            lines.append("| " + row.map(cell).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func cell(_ cell: Cell) -> String {
        switch cell {
        case .null: ""
        case .text(let text): escape(text)
        case .number(let value): NumberFormat.exact(value)
        case .quantity(_, let shown): escape(shown)
        case .highlighted(let text, let range, let label):
            {
                let (before, figure, after) = TableRenderer.split(text, range)
                return escape(label) + escapePipes(before) + "**" + escapePipes(figure) + "**" + escapePipes(after)
            }()
        case .list(let cells): cells.map(Self.cell).joined(separator: "<br>")
        }
    }

    /// Terminal escapes first, then the characters markdown tables give meaning to.
    static func escape(_ text: String) -> String {
        escapePipes(TerminalText.escape(text))
    }

    private static func escapePipes(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "|": escaped += "\\|"
            case "*", "_", "`": escaped += "\\\(character)"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
