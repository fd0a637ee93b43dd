/// Shows a table's rows as records, one block per row: `field = value` lines (`.mode line`
/// and `.expanded`, as sqlite3's line mode), or the `field  value` lines `describe` and
/// `check` use. A value wider than the width wraps under its first line rather than being
/// cut: a record is there to be read whole.
enum RecordRenderer {
    enum Style {
        /// `  metric = 每千人口托位数`, names right-aligned.
        case equals
        /// `metric        每千人口托位数`, names left-aligned.
        case columns
    }

    /// Values are never wrapped narrower than this, however narrow the width.
    static let minimumValueWidth = 12

    static func lines(_ table: ResultTable, style: Style, layout: TextLayout) -> [String] {
        let keyWidth = table.columns.map { DisplayWidth.of(TerminalText.escape($0.title)) }.max() ?? 0
        let indentWidth = keyWidth + (style == .equals ? 3 : 2)
        let indent = String(repeating: " ", count: indentWidth)
        let valueWidth = layout.width.map { max($0 - indentWidth, minimumValueWidth) }
        let keys = table.columns.map { column in
            let title = TerminalText.escape(column.title)
            return style == .equals
                ? TableRenderer.styled(DisplayWidth.padded(title, to: keyWidth, rightAligned: true), "1", layout.color)
                    + " = "
                : TableRenderer.styled(DisplayWidth.padded(title, to: keyWidth + 2), "1", layout.color)
        }
        var lines: [String] = []
        for (number, row) in table.rows.enumerated() {
            if number > 0 { lines.append("") }
            for (key, cell) in zip(keys, row) {
                let items: [Cell] = if case .list(let list) = cell { list } else { [cell] }
                let shown = items.filter { $0 != .null }
                guard !shown.isEmpty else { continue }
                var first = true
                for item in shown {
                    let text = StyledText(item, color: layout.color, listSeparator: ", ")
                    let pieces = valueWidth.map { text.wrapped(to: $0) } ?? [text]
                    for piece in pieces {
                        lines.append((first ? key : indent) + piece.rendered)
                        first = false
                    }
                }
            }
        }
        return lines
    }
}
