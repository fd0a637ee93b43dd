import ZhibiaoCore

/// A small result table the shell itself prints (`.docs`), rendered in the current output
/// format so that `.mode csv` applies to it as it does to answers.
struct Grid {
    var columns: [String]
    /// Numeric columns align right in tables and are unquoted in JSON.
    var numeric: [Bool]
    var rows: [[String]]

    func render(_ format: OutputFormat, color: Bool) -> String {
        switch format {
        case .table: table(color: color)
        case .csv: ([columns] + rows).map { $0.map(Self.csvField).joined(separator: ",") + "\n" }.joined()
        case .markdown: markdown()
        case .json: "[\n" + rows.map { "  " + object($0) }.joined(separator: ",\n") + (rows.isEmpty ? "]\n" : "\n]\n")
        case .jsonl: rows.map { object($0) + "\n" }.joined()
        }
    }

    private func table(color: Bool) -> String {
        let cells = rows.map { $0.map { TerminalText.escape($0) } }
        let widths = columns.indices.map { i in
            ([columns[i]] + cells.map { $0[i] }).map { DisplayWidth.of($0) }.max() ?? 0
        }
        func line(_ values: [String]) -> String {
            values.indices.map { DisplayWidth.padded(values[$0], to: widths[$0], rightAligned: numeric[$0]) }
                .joined(separator: "  ")
        }
        let header = line(columns)
        var text = (color ? "\u{1B}[1m" + header + "\u{1B}[0m" : header) + "\n"
        text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { text += line(row) + "\n" }
        return text
    }

    private func markdown() -> String {
        func line(_ values: [String]) -> String {
            "| " + values.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        let rule = "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        return line(columns) + rule + rows.map(line).joined()
    }

    private func object(_ row: [String]) -> String {
        let pairs = columns.indices.map { i in
            Self.jsonString(columns[i]) + ":" + (numeric[i] ? row[i] : Self.jsonString(row[i]))
        }
        return "{" + pairs.joined(separator: ",") + "}"
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    static func jsonString(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text + "\""
    }
}
