/// Renders result tables for a terminal: columns aligned by display width, numbers right
/// aligned, article text escaped, figures highlighted in colour or between 【】. Given a width,
/// columns are narrowed to fit it (`ColumnFit`) and cut text ends in `…`.
enum TableRenderer {
    /// - Parameter records: show every table as records (`.mode line`).
    static func render(_ table: ResultTable, layout: TextLayout, records: Bool = false) -> String {
        let color = layout.color
        var out = ByteOutput()
        if let title = table.title {
            let text = TerminalText.escape(title)
            out.append(styled(layout.width.map { DisplayWidth.truncated(text, to: $0) } ?? text, "1", color))
            out.endLine()
        }
        var style: RecordRenderer.Style?
        if table.rows.isEmpty {
            out.append(TerminalText.escape(table.emptyMessage))
            out.endLine()
        } else if records {
            style = .equals
        } else if table.layout == .records {
            // Already one record per block (describe, check), whatever `.expanded` says.
            style = .columns
        } else if layout.expanded == .on {
            style = .equals
        } else if !grid(table, layout: layout, into: &out) {
            style = .equals
        }
        if let style {
            for line in RecordRenderer.lines(table, style: style, layout: layout) {
                out.append(line)
                out.endLine()
            }
        }
        return out.text
    }

    /// Writes the grid; false, writing nothing, when `.expanded auto` prefers records because
    /// the fitted grid would cut an essential column. Lines are written as bytes, not joined
    /// strings: a table of thousands of rows going to a file should cost little more than csv.
    private static func grid(_ table: ResultTable, layout: TextLayout, into out: inout ByteOutput) -> Bool {
        let color = layout.color
        let cells = table.rowsWithGroupsShownOnce.map { row in
            row.map { display($0, color: color, listSeparator: ", ") }
        }
        let numeric = table.columns.indices.map { column in
            table.rows.contains { $0[column].isNumber }
                && table.rows.allSatisfy { $0[column].isNumber || $0[column] == .null }
        }
        // The widest cell of each column; numbers, never cut, are also its narrowest.
        var widest = table.columns.map { _ in 0 }
        for row in cells {
            for (column, cell) in row.enumerated() where cell.width > widest[column] { widest[column] = cell.width }
        }
        // Headings can be data too (a comparison's column per document or place): escaped.
        let headings = table.columns.map { TerminalText.escape($0.title) }
        let natural = table.columns.indices.map { max(widest[$0], DisplayWidth.of(headings[$0])) }
        let minimum = numeric.indices.map { numeric[$0] || table.columns[$0].keepsWhole ? widest[$0] : 0 }
        let fit = ColumnFit(
            natural: natural, priorities: table.columns.map(\.priority), minimum: minimum,
            droppable: table.columns.map(\.terminalOnly), width: layout.width)
        if layout.expanded == .auto && fit.cutsEssential { return false }
        let widths = fit.widths
        let first = fit.hidden.firstIndex(of: false) ?? 0
        let inMiddle = table.columns.indices.map { column in
            table.columns[column].cutsInMiddle && widest[column] > widths[column]
                && cutInMiddleTellsApart(cells.map { $0[column].text }, width: widths[column])
        }
        func write(_ cell: (text: String, width: Int), _ column: Int) {
            if column > first { out.append(spaces: 2) }
            let padding = widths[column] - cell.width
            // A comparison's values stand right-aligned like numbers, marked ones (≥3.5万,
            // 3.79万 (1-11月)) among them.
            if numeric[column] || table.columns[column].keepsWhole {
                out.append(spaces: padding)
                out.append(cell.text)
            } else {
                out.append(cell.text)
                out.append(spaces: padding)
            }
        }
        for (column, heading) in headings.enumerated() where !fit.hidden[column] {
            let title = DisplayWidth.truncated(heading, to: widths[column])
            write((styled(title, "1", color), DisplayWidth.of(title)), column)
        }
        out.endLine()
        for column in widths.indices where !fit.hidden[column] {
            if column > first { out.append(spaces: 2) }
            out.append(String(repeating: "─", count: widths[column]))
        }
        out.endLine()
        for (r, row) in cells.enumerated() {
            for (column, cell) in row.enumerated() where !fit.hidden[column] {
                if cell.width > widths[column] {
                    let cut = StyledText(table.rows[r][column], color: color, listSeparator: ", ").cut(
                        to: widths[column], inMiddle: inMiddle[column])
                    write((cut.rendered, cut.width), column)
                } else {
                    write(cell, column)
                }
            }
            out.endLine()
        }
        return true
    }

    /// Whether cutting in the middle leaves more of `texts` told apart than cutting their ends:
    /// `…2.txt` and `…4.txt` where both would be `chang…`, but `live…` and `revi…` where both
    /// would be `….txt`. Each distinct text is cut once.
    private static func cutInMiddleTellsApart(_ texts: [String], width: Int) -> Bool {
        let distinct = Set(texts).map { StyledText($0) }
        let ends = Set(distinct.map { $0.cut(to: width).plain })
        let middles = Set(distinct.map { $0.cut(to: width, inMiddle: true).plain })
        return middles.count > ends.count
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
        case .quantity(_, let shown):
            let text = TerminalText.escape(shown)
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
}
