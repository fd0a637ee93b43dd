/// csv (RFC 4180 quoting), json (one array) and jsonl (one object a line) for other tools.
/// Terminal-only columns, charts and notes are left out.
enum MachineRenderer {
    /// The answer is written as bytes into one buffer as it goes, rather than joined from a
    /// string per field and per line (appending to a `String` checks every piece again).
    static func render(columns: [Column], rows: [[Cell]], format: OutputFormat) -> String {
        let kept = columns.indices.filter { !columns[$0].terminalOnly }
        var out = Output()
        switch format {
        case .csv:
            for (n, column) in kept.enumerated() {
                if n > 0 { out.append(",") }
                out.append(csvField(columns[column].key))
            }
            out.append("\n")
            for row in rows {
                for (n, column) in kept.enumerated() {
                    if n > 0 { out.append(",") }
                    out.append(csvField(row[column].plain))
                }
                out.append("\n")
            }
        case .jsonl:
            let keys = kept.map { json(columns[$0].key) }
            for row in rows {
                appendObject(keys, kept, row, to: &out)
                out.append("\n")
            }
        default:
            guard !rows.isEmpty else { return "[]\n" }
            let keys = kept.map { json(columns[$0].key) }
            out.append("[\n")
            for (n, row) in rows.enumerated() {
                out.append(n > 0 ? ",\n  " : "  ")
                appendObject(keys, kept, row, to: &out)
            }
            out.append("\n]\n")
        }
        return out.text
    }

    /// `{"key":value,…}` for the kept columns of a row; `keys` are already JSON strings.
    private static func appendObject(_ keys: [String], _ kept: [Int], _ row: [Cell], to out: inout Output) {
        out.append("{")
        for (n, column) in kept.enumerated() {
            if n > 0 { out.append(",") }
            out.append(keys[n])
            out.append(":")
            out.append(json(row[column]))
        }
        out.append("}")
    }

    /// UTF-8 bytes gathered from strings, made into one string at the end.
    private struct Output {
        private var bytes: [UInt8] = []

        mutating func append(_ piece: String) {
            var piece = piece
            piece.withUTF8 { bytes.append(contentsOf: $0) }
        }

        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    static func json(_ cell: Cell) -> String {
        switch cell {
        case .null: "null"
        case .number(let value): NumberFormat.json(value)
        case .text(let text): json(text)
        case .highlighted(let text, _, let label): json(label + text)
        case .list(let cells): "[" + cells.map(json).joined(separator: ",") + "]"
        }
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped. Text
    /// with nothing to escape (nearly all of it) is copied whole; the rest is written byte by
    /// byte, as every character that needs an escape is a single byte or U+2028/U+2029.
    static func json(_ text: String) -> String {
        var text = text
        let plain = text.withUTF8 { bytes in
            !bytes.indices.contains { needsJSONEscape(bytes[$0]) || isLineSeparator(bytes, at: $0) }
        }
        if plain { return "\"" + text + "\"" }
        return text.withUTF8 { bytes in
            var escaped: [UInt8] = [0x22]
            escaped.reserveCapacity(bytes.count + 16)
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                switch byte {
                case 0x22: escaped += [0x5C, 0x22]
                case 0x5C: escaped += [0x5C, 0x5C]
                case 0x0A: escaped += [0x5C, 0x6E]
                case 0x0D: escaped += [0x5C, 0x72]
                case 0x09: escaped += [0x5C, 0x74]
                case 0xE2 where isLineSeparator(bytes, at: i):
                    escaped += Array(("\\u" + TerminalText.hex(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, digits: 4)).utf8)
                    i += 3
                    continue
                case _ where byte < 0x20 || byte == 0x7F:
                    escaped += Array(("\\u" + TerminalText.hex(UInt32(byte), digits: 4)).utf8)
                default: escaped.append(byte)
                }
                i += 1
            }
            escaped.append(0x22)
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    private static func needsJSONEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F
    }

    /// U+2028 or U+2029 (E2 80 A8/A9), which JavaScript does not allow unescaped in strings.
    private static func isLineSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80
            && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
    }

    /// RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled. The
    /// test is on bytes, so a comma or quote followed by a combining mark is quoted too.
    static func csvField(_ text: String) -> String {
        var text = text
        let plain = text.withUTF8 { !$0.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) }
        if plain { return text }
        return text.withUTF8 { bytes in
            var quoted: [UInt8] = [0x22]
            quoted.reserveCapacity(bytes.count + 8)
            for byte in bytes {
                quoted.append(byte)
                if byte == 0x22 { quoted.append(0x22) }
            }
            quoted.append(0x22)
            return String(decoding: quoted, as: UTF8.self)
        }
    }
}
