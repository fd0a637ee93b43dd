/// csv (RFC 4180 quoting), json (one array) and jsonl (one object a line) for other tools.
/// Terminal-only columns, charts and notes are left out.
enum MachineRenderer {
    static func render(columns: [Column], rows: [[Cell]], format: OutputFormat) -> String {
        let kept = columns.indices.filter { !columns[$0].terminalOnly }
        switch format {
        case .csv:
            var lines = [kept.map { csvField(columns[$0].key) }.joined(separator: ",")]
            for row in rows { lines.append(kept.map { csvField(row[$0].plain) }.joined(separator: ",")) }
            return lines.joined(separator: "\n") + "\n"
        case .jsonl:
            return rows.map { object(kept.map { (columns[$0].key, $0) }, row: $0) + "\n" }.joined()
        default:
            guard !rows.isEmpty else { return "[]\n" }
            let objects = rows.map { "  " + object(kept.map { (columns[$0].key, $0) }, row: $0) }
            return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
        }
    }

    private static func object(_ keys: [(String, Int)], row: [Cell]) -> String {
        "{" + keys.map { "\(json($0.0)):\(json(row[$0.1]))" }.joined(separator: ",") + "}"
    }

    static func json(_ cell: Cell) -> String {
        switch cell {
        case .null: "null"
        case .number(let value): NumberFormat.json(value)
        case .text(let text), .highlighted(let text, _): json(text)
        case .list(let cells): "[" + cells.map(json).joined(separator: ",") + "]"
        }
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped.
    static func json(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case "\u{2028}", "\u{2029}": escaped += "\\u" + TerminalText.hex(scalar.value, digits: 4)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    escaped += "\\u" + TerminalText.hex(scalar.value, digits: 4)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped + "\""
    }

    /// RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        var quoted = "\""
        for character in text {
            quoted += character == "\"" ? "\"\"" : String(character)
        }
        return quoted + "\""
    }
}
