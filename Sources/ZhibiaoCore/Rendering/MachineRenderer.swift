import Dispatch

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
    /// With `sink` and more than one thread, a long answer is written in blocks of rows, each
    /// block's parts written side by side and handed on in order: the same bytes, sooner.
    /// `row` is then called from several threads at once, and must only read.
    static func write(
        columns: [Column], count: Int, row: @Sendable (Int) -> [Cell], format: OutputFormat,
        into out: inout ByteOutput, flushing sink: ((UnsafeBufferPointer<UInt8>) -> Void)?, chunk: Int,
        threads: Int = 1
    ) {
        write(
            columns: columns, count: count, format: format, into: &out, flushing: sink, chunk: chunk,
            threads: threads
        ) { r, fields in
            row(r).withUnsafeBufferPointer { cells in
                for column in fields.layout.kept { fields.append(cells[column]) }
            }
        }
    }

    /// Writes `count` rows as `write(columns:count:row:…)` does, each row's values handed in
    /// turn by `fields` to the `RowFields` it is given, in the order of the kept columns (with
    /// several threads, `fields` too is called from them at once, and must only read).
    static func write(
        columns: [Column], count: Int, format: OutputFormat, into out: inout ByteOutput,
        flushing sink: ((UnsafeBufferPointer<UInt8>) -> Void)?, chunk: Int, threads: Int = 1,
        fields: @Sendable (Int, inout RowFields) -> Void
    ) {
        let layout = RowLayout(columns: columns, format: format)
        switch format {
        case .csv:
            for (n, column) in layout.kept.enumerated() {
                if n > 0 { out.append(ascii: 0x2C) }
                out.appendCSV(columns[column].key)
            }
            out.append(ascii: 0x0A)
        case .jsonl: break
        default:
            guard count > 0 else {
                out.append("[]\n")
                if let sink { out.flush(to: sink) }
                return
            }
            out.append("[\n")
        }
        let partRows = 1024
        if let sink, threads > 1, count >= 2 * partRows {
            var start = 0
            while start < count {
                out.flush(to: sink)
                let end = min(count, start + partRows * threads)
                for part in layout.parts(of: start..<end, rows: partRows, fields: fields) {
                    part.withUnsafeBufferPointer(sink)
                }
                start = end
            }
        } else {
            for r in 0..<count {
                layout.append(row: r, fields: fields, to: &out)
                if let sink, out.count >= chunk { out.flush(to: sink) }
            }
        }
        if format != .csv && format != .jsonl { out.append("\n]\n") }
        if let sink { out.flush(to: sink) }
    }

    /// How each row of an answer is written: its kept columns, and for JSON their keys.
    struct RowLayout: Sendable {
        let format: OutputFormat
        let kept: [Int]
        /// `"key":` for each kept column, in UTF-8.
        let keys: [[UInt8]]

        init(columns: [Column], format: OutputFormat) {
            self.format = format
            kept = columns.indices.filter { !columns[$0].terminalOnly }
            keys = format == .csv ? [] : kept.map { Array((MachineRenderer.json(columns[$0].key) + ":").utf8) }
        }

        /// Row `r`, with what goes before it (a separator in a JSON array) and after it.
        func append(row r: Int, fields: (Int, inout RowFields) -> Void, to out: inout ByteOutput) {
            if format != .csv && format != .jsonl { out.append(r > 0 ? ",\n  " : "  ") }
            var row = RowFields(layout: self, out: consume out)
            if format != .csv { row.out.append(ascii: 0x7B) }
            fields(r, &row)
            if format != .csv { row.out.append(ascii: 0x7D) }
            if format == .csv || format == .jsonl { row.out.append(ascii: 0x0A) }
            out = row.finish()
        }

        /// The bytes of the rows of `range`, in parts of `rows` rows written side by side.
        func parts(of range: Range<Int>, rows: Int, fields: @Sendable (Int, inout RowFields) -> Void) -> [[UInt8]] {
            let starts = Array(stride(from: range.lowerBound, to: range.upperBound, by: rows))
            let results = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: starts.count)
            results.initialize(repeating: [])
            defer {
                _ = results.deinitialize()
                results.deallocate()
            }
            nonisolated(unsafe) let slots = results
            DispatchQueue.concurrentPerform(iterations: starts.count) { p in
                var out = ByteOutput()
                for r in starts[p]..<min(range.upperBound, starts[p] + rows) { append(row: r, fields: fields, to: &out) }
                slots[p] = out.bytes
            }
            return Array(results)
        }
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped.
    static func json(_ text: String) -> String {
        var out = ByteOutput()
        out.appendJSON(text)
        return out.text
    }
}

/// The values of one row, written as they are handed in: as csv fields, or as a JSON
/// object's members under their keys. Owns the answer's bytes while the row is written.
struct RowFields: ~Copyable {
    let layout: MachineRenderer.RowLayout
    fileprivate var out: ByteOutput
    private var column = 0

    fileprivate init(layout: MachineRenderer.RowLayout, out: consuming ByteOutput) {
        self.layout = layout
        self.out = out
    }

    fileprivate consuming func finish() -> ByteOutput { out }

    /// What goes before the next value: a comma after the first, and in JSON its key.
    private mutating func next() {
        if column > 0 { out.append(ascii: 0x2C) }
        if layout.format != .csv { layout.keys[column].withUnsafeBufferPointer { out.append(bytes: $0) } }
        column += 1
    }

    /// A cell's value as the kept column it is.
    mutating func append(_ cell: Cell) {
        next()
        if layout.format == .csv { out.appendCSV(cell) } else { out.appendJSON(cell) }
    }

    /// An export record's value, written as the same value's cell would be.
    mutating func append(_ field: ObservationExport.Field) {
        next()
        switch (field, layout.format) {
        case (.text(let text), .csv): out.appendCSV(text)
        case (.text(let text), _): out.appendJSON(text)
        case (.number(let value), .csv): out.appendExact(value)
        case (.number(let value), _): if value.isFinite { out.appendExact(value) } else { out.append("null") }
        case (.null, .csv): break
        case (.null, _): out.append("null")
        case (.texts(let texts), .csv): out.appendCSV(texts.joined(separator: "; "))
        case (.texts(let texts), _):
            out.append(ascii: 0x5B)
            for (n, text) in texts.enumerated() {
                if n > 0 { out.append(ascii: 0x2C) }
                out.appendJSON(text)
            }
            out.append(ascii: 0x5D)
        }
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
/// appending it to a `String` checks it again). The bytes are held in memory of its own, not
/// an array: an export appends a few pieces to every field, and an array's generic append
/// cost more than copying most of them. Not copyable: it owns that memory.
struct ByteOutput: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init() {
        // Small: a JSON string made for a key or a store's list of sources needs little, and a
        // large answer doubles it a few times.
        capacity = 256
        start = .allocate(capacity: capacity)
    }

    deinit { start.deallocate() }

    /// The bytes, copied into an array.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// The bytes as a string. They are valid UTF-8, as every piece came from a string.
    var text: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    mutating func flush(to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard count > 0 else { return }
        sink(UnsafeBufferPointer(start: start, count: count))
        count = 0
    }

    /// Room for `more` bytes after the last, the memory doubled when it is short.
    @inline(__always)
    private mutating func reserve(_ more: Int) {
        if count + more > capacity { grow(to: count + more) }
    }

    private mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: start, count: count)
        start.deallocate()
        (start, capacity) = (moved, larger)
    }

    mutating func append(ascii byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    /// Two ASCII bytes: an escape (`\n`) or a separator.
    private mutating func append(ascii first: UInt8, _ second: UInt8) {
        reserve(2)
        start[count] = first
        start[count + 1] = second
        count += 2
    }

    mutating func append(bytes piece: UnsafeBufferPointer<UInt8>) {
        guard let base = piece.baseAddress else { return }
        reserve(piece.count)
        (start + count).initialize(from: base, count: piece.count)
        count += piece.count
    }

    mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { append(bytes: $0) }
    }

    mutating func append(spaces count: Int) {
        guard count > 0 else { return }
        reserve(count)
        (start + self.count).initialize(repeating: 0x20, count: count)
        self.count += count
    }

    /// Ends a line of text for people: its trailing spaces dropped, then a newline.
    mutating func endLine() {
        while count > 0 && start[count - 1] == 0x20 { count -= 1 }
        append(ascii: 0x0A)
    }

    /// A cell as JSON: null, a number, a string, or an array of cells.
    mutating func appendJSON(_ cell: Cell) {
        switch cell {
        case .null: append("null")
        case .number(let value), .quantity(let value, _):
            if value.isFinite { appendExact(value) } else { append("null") }
        case .text(let text): appendJSON(text)
        case .highlighted(let text, _, let label):
            // One string: label and text escaped in turn, as if joined (a valid string never
            // splits a character, so escaping the parts is escaping the whole).
            append(ascii: 0x22)
            appendEscaped(label)
            appendEscaped(text)
            append(ascii: 0x22)
        case .list(let cells):
            append(ascii: 0x5B)
            for (n, cell) in cells.enumerated() {
                if n > 0 { append(ascii: 0x2C) }
                appendJSON(cell)
            }
            append(ascii: 0x5D)
        }
    }

    /// `NumberFormat.exact(value)`. A whole number (a line, a year, a count: most numbers an
    /// export holds) is written digit by digit, with no string made for it.
    mutating func appendExact(_ value: Double) {
        guard value == value.rounded(), abs(value) < 1e15 else { return append(NumberFormat.exact(value)) }
        var magnitude = Int64(value)
        if magnitude < 0 {
            append(ascii: 0x2D)
            magnitude = -magnitude
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var k = digits.count
            repeat {
                k -= 1
                digits[k] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(bytes: UnsafeBufferPointer(rebasing: digits[k...]))
        }
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped, and
    /// U+2028/U+2029, which JavaScript does not allow unescaped in strings.
    mutating func appendJSON(_ text: String) {
        append(ascii: 0x22)
        appendEscaped(text)
        append(ascii: 0x22)
    }

    /// Runs of text with nothing to escape (nearly all of it) are copied whole; each byte that
    /// ends a run is written escaped, as every character that needs an escape is a single byte
    /// or U+2028/U+2029.
    private mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var i = 0
            while i < source.count {
                let end = Self.plainEnd(source, from: i)
                if end > i { append(bytes: UnsafeBufferPointer(rebasing: source[i..<end])) }
                guard end < source.count else { return }
                i = end + 1
                switch source[end] {
                case 0x22: append(ascii: 0x5C, 0x22)
                case 0x5C: append(ascii: 0x5C, 0x5C)
                case 0x0A: append(ascii: 0x5C, 0x6E)
                case 0x0D: append(ascii: 0x5C, 0x72)
                case 0x09: append(ascii: 0x5C, 0x74)
                case 0xE2:
                    append("\\u" + TerminalText.hex(source[end + 2] == 0xA8 ? 0x2028 : 0x2029, digits: 4))
                    i = end + 3
                default: append("\\u" + TerminalText.hex(UInt32(source[end]), digits: 4))
                }
            }
        }
    }

    /// Where the run of bytes from `start` that need no escape ends. Eight bytes are tested at
    /// once, as one word, for any byte that might (a control byte, a quote, a backslash, DEL, or
    /// E2, which begins U+2028/U+2029 but also the common “ ” — …); only a word holding one is
    /// read byte by byte.
    private static func plainEnd(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        if let base = source.baseAddress {
            while i + 8 <= source.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if mayNeedEscape(word) {
                    for j in i..<(i + 8) where needsJSONEscape(source, at: j) { return j }
                }
                i += 8
            }
        }
        while i < source.count && !needsJSONEscape(source, at: i) { i += 1 }
        return i
    }

    /// Whether any byte of `word` is below 0x20 or is 0x22, 0x5C, 0x7F or 0xE2. A byte is zero
    /// after XOR with what it is tested against, and `zeroByte` finds a zero byte (it may also
    /// flag a byte above a true one, never one in a word that has none).
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let control = (word &- 0x20 &* ones) & ~word & highs
        return control | zeroByte(word ^ (0x22 &* ones)) | zeroByte(word ^ (0x5C &* ones))
            | zeroByte(word ^ (0x7F &* ones)) | zeroByte(word ^ (0xE2 &* ones)) != 0
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
        case .number(let value), .quantity(let value, _): appendExact(value)
        default: appendCSV(cell.plain)
        }
    }

    /// RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled. The
    /// test is on bytes, so a comma or quote followed by a combining mark is quoted too.
    mutating func appendCSV(_ text: String) {
        var text = text
        text.withUTF8 { source in
            guard source.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                append(bytes: source)
                return
            }
            append(ascii: 0x22)
            for byte in source {
                append(ascii: byte)
                if byte == 0x22 { append(ascii: 0x22) }
            }
            append(ascii: 0x22)
        }
    }
}
