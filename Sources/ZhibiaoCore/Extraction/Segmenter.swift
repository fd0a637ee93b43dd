/// A paragraph-level unit of an article after layout repair: a heading, a bullet item or a
/// body paragraph, with the source lines it came from.
struct Block {
    enum Kind: Equatable { case heading, bullet, body }

    var kind: Kind
    var text: [Unicode.Scalar]
    /// (scalar offset in `text`, 1-based source line) at each joined line's start.
    var lines: [(offset: Int, line: Int)]

    func line(at offset: Int) -> Int {
        var result = lines.first?.line ?? 1
        for entry in lines where entry.offset <= offset { result = entry.line }
        return result
    }
}

/// A sentence of a block, as scalars, with the offset where it starts in the block.
struct SentenceSpan {
    var text: [Unicode.Scalar]
    var offset: Int
}

/// Splits article text into blocks and sentences: bullet items spanning lines become one
/// block, paragraphs broken mid-sentence by page layout are joined, short unpunctuated lines
/// are headings.
enum Segmenter {
    static func blocks(_ text: String) -> [Block] {
        var items: [Block] = []
        var lineNumber = 0
        var previousBlank = true
        // The whole text as one scalar array, cut into lines by index: a line feed is always a
        // grapheme of its own, and scalars spare the grapheme breaking.
        let scalars = [Unicode.Scalar](scalarsOf: text)
        var next = 0
        while next <= scalars.count {
            var end = next
            while end < scalars.count && scalars[end] != "\n" { end += 1 }
            var start = next
            next = end + 1
            lineNumber += 1
            trim(scalars, &start, &end)
            if start == end {
                previousBlank = true
                continue
            }
            defer { previousBlank = false }
            if isBulletMarker(scalars[start]) {
                start += 1
                trim(scalars, &start, &end)
                items.append(Block(kind: .bullet, text: Array(scalars[start..<end]), lines: [(0, lineNumber)]))
                continue
            }
            if scalars[start] == "#" {
                while start < end && scalars[start] == "#" { start += 1 }
                trim(scalars, &start, &end)
                items.append(Block(kind: .heading, text: Array(scalars[start..<end]), lines: [(0, lineNumber)]))
                continue
            }
            let line = Array(scalars[start..<end])
            // The last block grows in place, so its text is not copied for every line joined.
            let last = items.count - 1
            if !previousBlank, last >= 0, items[last].kind == .bullet {
                // A bullet item continues on the following lines until a blank line or marker.
                let glue: [Unicode.Scalar] = continuesPhrase(items[last].text, line) ? [] : ["，"]
                items[last].lines.append((items[last].text.count + glue.count, lineNumber))
                items[last].text += glue + line
                continue
            }
            if last >= 0, items[last].kind == .body, isBrokenMidSentence(items[last].text), startsProse(line) {
                items[last].lines.append((items[last].text.count, lineNumber))
                items[last].text += line
                continue
            }
            let kind: Block.Kind = looksLikeHeading(line) ? .heading : .body
            items.append(Block(kind: kind, text: line, lines: [(0, lineNumber)]))
        }
        return items
    }

    /// Sentences end at 。！？；; (with any closing quotes that follow).
    static func sentences(_ block: Block) -> [SentenceSpan] {
        if block.kind == .heading { return [SentenceSpan(text: block.text, offset: 0)] }
        var result: [SentenceSpan] = []
        let s = block.text
        var start = 0
        var i = 0
        while i < s.count {
            if isSentenceEnd(s[i]) {
                var end = i + 1
                while end < s.count && isClosingQuote(s[end]) { end += 1 }
                append(s, start, end, to: &result)
                start = end
                i = end
                continue
            }
            i += 1
        }
        append(s, start, s.count, to: &result)
        return result
    }

    private static func append(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, to result: inout [SentenceSpan]) {
        var a = start
        while a < end && isSpace(s[a]) { a += 1 }
        guard a < end else { return }
        result.append(SentenceSpan(text: Array(s[a..<end]), offset: a))
    }

    static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
        c == "。" || c == "！" || c == "？" || c == "；" || c == ";" || c == "!" || c == "?"
    }

    static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
        c == "”" || c == "’" || c == "」" || c == "』" || c == "\"" || c == "）" || c == ")"
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" || c == "\r"
    }

    static func isHan(_ c: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(c.value) || (0x3400...0x4DBF).contains(c.value)
            || (0x20000...0x2A6DF).contains(c.value)
    }

    static func isBulletMarker(_ c: Unicode.Scalar) -> Bool {
        bulletMarkers.contains(c)
    }

    /// Narrows `start..<end` of `s` past spaces and byte-order marks at either end.
    private static func trim(_ s: [Unicode.Scalar], _ start: inout Int, _ end: inout Int) {
        while end > start && (isSpace(s[end - 1]) || s[end - 1] == "\u{FEFF}") { end -= 1 }
        while start < end && (isSpace(s[start]) || s[start] == "\u{FEFF}") { start += 1 }
    }

    private static func isClausePunctuation(_ c: Unicode.Scalar) -> Bool {
        MetricNamer.isDelimiter(c) && c != " " && c != "\t" && c != "…" && c != "—"
    }

    /// A short line without sentence punctuation, or one ending in ——, heads what follows.
    static func looksLikeHeading(_ line: [Unicode.Scalar]) -> Bool {
        let line = Array(line.dropFirst(sectionNumberLength(line)))
        if line.count >= 2 && line[line.count - 1] == "—" && line[line.count - 2] == "—" { return true }
        if line.count > 30 { return false }
        return !line.contains { isClausePunctuation($0) && $0 != "：" && $0 != ":" }
            || (line.last == "：" || line.last == ":") && line.count <= 12
    }

    /// Length of a section number that opens a line: 一、 (三) （二） 1. 2、
    static func sectionNumberLength(_ line: [Unicode.Scalar]) -> Int {
        var i = 0
        let open = i < line.count && (line[i] == "(" || line[i] == "（")
        if open { i += 1 }
        let start = i
        while i < line.count && (isDigit(line[i]) || sectionNumerals.contains(line[i])) { i += 1 }
        guard i > start, i < line.count, i - start <= 3 else { return 0 }
        if open { return line[i] == ")" || line[i] == "）" ? i + 1 : 0 }
        return line[i] == "、" || line[i] == "." || line[i] == "．" ? i + 1 : 0
    }

    /// A long body paragraph with punctuation inside that stops without closing punctuation was
    /// cut by the page layout.
    private static func isBrokenMidSentence(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count >= 15, let last = text.last, isHan(last) || last.properties.numericType != nil else {
            return false
        }
        return text.contains { isClausePunctuation($0) }
    }

    private static func startsProse(_ line: [Unicode.Scalar]) -> Bool {
        guard let first = line.first else { return false }
        return isHan(first) && !looksLikeHeading(line) || line.count > 30 && isHan(first)
    }

    /// Within a bullet item, a line that starts with a verb of the figure continues the phrase
    /// of the line before (城乡低保标准每人每月 / 提高20元); otherwise lines are separate clauses.
    private static func continuesPhrase(_ previous: [Unicode.Scalar], _ line: [Unicode.Scalar]) -> Bool {
        guard let last = previous.last, isHan(last), let first = line.first,
            !previous.contains(where: { isDigit($0) })
        else { return false }
        let starters: [String] = ["分别", "提高", "增长", "达到", "达", "增加", "下降", "累计", "共", "为"]
        let head = String(String.UnicodeScalarView(line.prefix(2)))
        return starters.contains { head.hasPrefix($0) } && isHan(first)
    }
}

private let bulletMarkers: ScalarSet = "○●◆◇■□▪•·▶►◎"
private let sectionNumerals: ScalarSet = "一二三四五六七八九十"
