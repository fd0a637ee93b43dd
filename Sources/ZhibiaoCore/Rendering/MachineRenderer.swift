/// csv (RFC 4180 quoting), json (one array) and jsonl (one object a line) for other tools.
/// Terminal-only columns, charts and notes are left out.
enum MachineRenderer {
    /// The whole answer as one string (the shell and `-e` print answers whole).
    static func render(columns: [Column], rows: [[Cell]], format: OutputFormat) -> String {
        var out = ByteOutput()
        write(
            columns: columns, count: rows.count, row: { rows[$0] }, format: format, into: &out, flushing: nil,
            chunk: .max)
        return out.text
    }

    /// Writes `count` rows, asking `row` for each in turn, as bytes into `out`; with `sink`, the
    /// bytes are handed on whenever a chunk has gathered, so a large export never exists whole.
    static func write(
        columns: [Column], count: Int, row: (Int) -> [Cell], format: OutputFormat, into out: inout ByteOutput,
        flushing sink: ((UnsafeBufferPointer<UInt8>) -> Void)?, chunk: Int
    ) {
        let kept = columns.indices.filter { !columns[$0].terminalOnly }
        func rowDone() {
            if let sink, out.count >= chunk { out.flush(to: sink) }
        }
        switch format {
        case .csv:
            for (n, column) in kept.enumerated() {
                if n > 0 { out.append(ascii: 0x2C) }
                out.appendCSV(columns[column].key)
            }
            out.append(ascii: 0x0A)
            for r in 0..<count {
                let cells = row(r)
                for (n, column) in kept.enumerated() {
                    if n > 0 { out.append(ascii: 0x2C) }
                    out.appendCSV(cells[column])
                }
                out.append(ascii: 0x0A)
                rowDone()
            }
        case .jsonl:
            let keys = kept.map { json(columns[$0].key) + ":" }
            for r in 0..<count {
                appendObject(keys, kept, row(r), to: &out)
                out.append(ascii: 0x0A)
                rowDone()
            }
        default:
            guard count > 0 else {
                out.append("[]\n")
                break
            }
            let keys = kept.map { json(columns[$0].key) + ":" }
            out.append("[\n")
            for r in 0..<count {
                out.append(r > 0 ? ",\n  " : "  ")
                appendObject(keys, kept, row(r), to: &out)
                rowDone()
            }
            out.append("\n]\n")
        }
        if let sink { out.flush(to: sink) }
    }

    /// `{"key":value,…}` for the kept columns of a row; `keys` are already `"key":`.
    private static func appendObject(_ keys: [String], _ kept: [Int], _ row: [Cell], to out: inout ByteOutput) {
        out.append(ascii: 0x7B)
        for (n, column) in kept.enumerated() {
            if n > 0 { out.append(ascii: 0x2C) }
            out.append(keys[n])
            out.appendJSON(row[column])
        }
        out.append(ascii: 0x7D)
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped.
    static func json(_ text: String) -> String {
        var out = ByteOutput()
        out.appendJSON(text)
        return out.text
    }
}

extension ObservationExport {
    /// `["a.txt","b.txt"]`: strings as a JSON array, escaped as the export escapes them (what a
    /// store keeps as an observation's `sources`).
    public static func jsonArray(_ strings: [String]) -> String {
        "[" + strings.map(MachineRenderer.json).joined(separator: ",") + "]"
    }
}

/// UTF-8 bytes gathered for an answer: every piece is appended in place, escaped as it goes,
/// instead of being made into a string of its own first (each new string is allocated and
/// appending it to a `String` checks it again).
struct ByteOutput {
    private var bytes: [UInt8] = []

    var count: Int { bytes.count }

    /// The bytes as a string. They are valid UTF-8, as every piece came from a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func flush(to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func append(ascii byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(spaces count: Int) {
        if count > 0 { bytes.append(contentsOf: repeatElement(0x20, count: count)) }
    }

    /// Ends a line of text for people: its trailing spaces dropped, then a newline.
    mutating func endLine() {
        while bytes.last == 0x20 { bytes.removeLast() }
        bytes.append(0x0A)
    }

    /// A cell as JSON: null, a number, a string, or an array of cells.
    mutating func appendJSON(_ cell: Cell) {
        switch cell {
        case .null: append("null")
        case .number(let value), .quantity(let value, _): append(NumberFormat.json(value))
        case .text(let text): appendJSON(text)
        case .highlighted(let text, _, let label):
            // One string: label and text escaped in turn, as if joined (a valid string never
            // splits a character, so escaping the parts is escaping the whole).
            bytes.append(0x22)
            appendEscaped(label)
            appendEscaped(text)
            bytes.append(0x22)
        case .list(let cells):
            bytes.append(0x5B)
            for (n, cell) in cells.enumerated() {
                if n > 0 { bytes.append(0x2C) }
                appendJSON(cell)
            }
            bytes.append(0x5D)
        }
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped, and
    /// U+2028/U+2029, which JavaScript does not allow unescaped in strings.
    mutating func appendJSON(_ text: String) {
        bytes.append(0x22)
        appendEscaped(text)
        bytes.append(0x22)
    }

    /// Text with nothing to escape (nearly all of it) is copied whole; the rest is written byte
    /// by byte, as every character that needs an escape is a single byte or U+2028/U+2029.
    private mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var plainUpTo = 0
            while plainUpTo < source.count && !Self.needsJSONEscape(source, at: plainUpTo) { plainUpTo += 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[..<plainUpTo]))
            var i = plainUpTo
            while i < source.count {
                let byte = source[i]
                switch byte {
                case 0x22: bytes += [0x5C, 0x22]
                case 0x5C: bytes += [0x5C, 0x5C]
                case 0x0A: bytes += [0x5C, 0x6E]
                case 0x0D: bytes += [0x5C, 0x72]
                case 0x09: bytes += [0x5C, 0x74]
                case 0xE2 where Self.isLineSeparator(source, at: i):
                    append("\\u" + TerminalText.hex(source[i + 2] == 0xA8 ? 0x2028 : 0x2029, digits: 4))
                    i += 3
                    continue
                case _ where byte < 0x20 || byte == 0x7F:
                    append("\\u" + TerminalText.hex(UInt32(byte), digits: 4))
                default: bytes.append(byte)
                }
                i += 1
            }
        }
    }

    private static func needsJSONEscape(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = bytes[i]
        return byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || isLineSeparator(bytes, at: i)
    }

    /// U+2028 or U+2029 (E2 80 A8/A9).
    private static func isLineSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80
            && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
    }

    /// A cell as a csv field (its plain text).
    mutating func appendCSV(_ cell: Cell) {
        switch cell {
        case .null: break
        case .text(let text): appendCSV(text)
        default: appendCSV(cell.plain)
        }
    }

    /// RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled. The
    /// test is on bytes, so a comma or quote followed by a combining mark is quoted too.
    mutating func appendCSV(_ text: String) {
        var text = text
        text.withUTF8 { source in
            guard source.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                bytes.append(contentsOf: source)
                return
            }
            bytes.append(0x22)
            for byte in source {
                bytes.append(byte)
                if byte == 0x22 { bytes.append(0x22) }
            }
            bytes.append(0x22)
        }
    }
}
