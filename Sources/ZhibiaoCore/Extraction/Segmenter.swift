/// A paragraph-level unit of an article after layout repair: a heading, a bullet item or a
/// body paragraph, with the source lines it came from.
struct Block {
    enum Kind: Equatable { case heading, bullet, body }

    var kind: Kind
    var text: [Unicode.Scalar]

    /// Where the parts of `text` that come straight from one source line lie in the document's
    /// UTF-8 (the "，" put between joined bullet lines lies in none), and which lines they are.
    var pieces: [TextPiece] { (0..<pieceCount).map { piece(at: $0) } }

    /// The first two pieces, held in the block, and the pieces of the lines joined after the
    /// second: most blocks are one line, and most joined ones two, and a list of pieces made
    /// for each was allocated and freed for each. A piece on line 0, which no line is, is none.
    private var firstPiece: TextPiece
    private var secondPiece = TextPiece.none
    /// None until a third line joins: an empty array is still a reference, retained and
    /// released each time a block is copied and freed, where none is only tested.
    private var laterPieces: [TextPiece]?

    init(kind: Kind, text: [Unicode.Scalar], pieces: [TextPiece]) {
        self.kind = kind
        self.text = text
        firstPiece = pieces.first ?? .none
        if pieces.count > 1 { secondPiece = pieces[1] }
        if pieces.count > 2 { laterPieces = Array(pieces.dropFirst(2)) }
    }

    fileprivate init(kind: Kind, text: [Unicode.Scalar], firstPiece: TextPiece) {
        self.kind = kind
        self.text = text
        self.firstPiece = firstPiece
    }

    /// How many pieces `pieces` holds, and the one at `index`, read in place.
    var pieceCount: Int {
        firstPiece.line == 0 ? 0 : secondPiece.line == 0 ? 1 : 2 + (laterPieces?.count ?? 0)
    }
    func piece(at index: Int) -> TextPiece {
        index == 0 ? firstPiece : index == 1 ? secondPiece : laterPieces![index - 2]
    }

    /// Adds the piece of a line joined to the block.
    fileprivate mutating func addPiece(_ piece: TextPiece) {
        if secondPiece.line == 0 {
            secondPiece = piece
            return
        }
        // Room for a few at once: grown one at a time, the list was reallocated for most pieces.
        if laterPieces == nil {
            laterPieces = []
            laterPieces!.reserveCapacity(4)
        }
        laterPieces!.append(piece)
    }

    /// The 1-based source line of the scalar at `offset` of `text`.
    func line(at offset: Int) -> Int {
        // The first piece starts at offset 0.
        guard firstPiece.line > 0 else { return 1 }
        var result = firstPiece.line
        if secondPiece.line > 0 && secondPiece.offset <= offset { result = secondPiece.line }
        if let laterPieces {
            for piece in laterPieces where piece.offset <= offset { result = piece.line }
        }
        return result
    }
}

/// A run of a block's text copied from one line of the document: `count` scalars from
/// `offset` of the block's text, starting at byte `utf8` of the document's UTF-8, on the
/// 1-based source line `line`.
struct TextPiece: Equatable {
    var offset: Int
    var count: Int
    var utf8: Int
    var line: Int

    /// No piece: on line 0, which no line is.
    fileprivate static let none = TextPiece(offset: 0, count: 0, utf8: 0, line: 0)
}

/// A sentence of a block, as scalars, with the offset where it starts in the block.
struct SentenceSpan {
    var text: [Unicode.Scalar]
    var offset: Int
}

/// The sentences of a block in order, each from just after the end of the one before (past
/// spaces) to its own end; a heading is one sentence (`Segmenter.sentences`).
struct SentenceSpans: Sequence, IteratorProtocol {
    let text: [Unicode.Scalar]
    let isHeading: Bool
    /// Where the next sentence starts; past the end when all have been given.
    private var start = 0
    /// The room each sentence's scalars are copied into: a reader done with a sentence before
    /// asking for the next leaves it to this iterator alone, and the next is copied into the
    /// same storage rather than into an array allocated and freed for each sentence. (A reader
    /// that keeps a sentence keeps its own copy: the array is copied on write.)
    private var scratch: [Unicode.Scalar] = []

    init(text: [Unicode.Scalar], isHeading: Bool) {
        self.text = text
        self.isHeading = isHeading
    }

    /// The spans of `text`, copied into the storage of `room`: a reader of many blocks hands the
    /// room of one block's spans on to the next (`takeRoom()`) rather than allocating it for
    /// each block. (What the room holds is replaced whole by each sentence copied into it.)
    init(text: [Unicode.Scalar], isHeading: Bool, room: inout [Unicode.Scalar]) {
        self.init(text: text, isHeading: isHeading)
        swap(&scratch, &room)
    }

    /// The room the spans were copied into, for the next block's; the iterator is done with it.
    mutating func takeRoom() -> [Unicode.Scalar] {
        var room: [Unicode.Scalar] = []
        swap(&room, &scratch)
        return room
    }

    mutating func next() -> SentenceSpan? {
        if isHeading {
            guard start == 0 else { return nil }
            start = 1
            return SentenceSpan(text: text, offset: 0)
        }
        while start <= text.count {
            let i = Segmenter.nextSentenceEnd(in: text, from: start)
            var end = text.count
            if i < text.count {
                end = i + 1
                while end < text.count && Segmenter.isClosingQuote(text[end]) { end += 1 }
            }
            var a = start
            start = i < text.count ? end : text.count + 1
            while a < end && Segmenter.isSpace(text[a]) { a += 1 }
            guard a < end else { continue }
            // A block that is one sentence shares its text rather than copying it.
            if a == 0 && end == text.count { return SentenceSpan(text: text, offset: 0) }
            // Made once with room for the rest of the block, so that no later sentence grows it.
            if scratch.capacity == 0 { scratch.reserveCapacity(text.count - a) }
            // From the block's buffer: a slice of the block's array held a reference to it,
            // counted and released for every sentence.
            text.withUnsafeBufferPointer { text in
                scratch.replaceSubrange(0..<scratch.count, with: UnsafeBufferPointer(rebasing: text[a..<end]))
            }
            return SentenceSpan(text: scratch, offset: a)
        }
        return nil
    }
}

/// Splits article text into blocks and sentences: bullet items spanning lines become one
/// block, paragraphs broken mid-sentence by page layout are joined, short unpunctuated lines
/// are headings.
enum Segmenter {
    /// The storage a line is decoded into while blocks are cut, read through slices that count
    /// no references.
    typealias LineScalars = UnsafeMutableBufferPointer<Unicode.Scalar>

    static func blocks(_ text: String) -> [Block] {
        var text = text
        return text.withUTF8 { blocks(utf8: $0) }
    }

    /// The blocks of valid UTF-8 text. Lines are found on the bytes and each is decoded into one
    /// buffer kept from line to line: only a line that starts a block is copied into an array of
    /// its own, and a line's offset in the UTF-8 is where it was found.
    private static func blocks(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Block] {
        var items: [Block] = []
        // Room for a block in every 64 bytes, about four times as many as an article holds (one
        // in some 240 bytes of the generated corpus): grown from none, the list was copied to
        // larger storage eight times or so for each document, and with room for one in every
        // 128 bytes still once for more than a third of them, whose lists of figures and short
        // headings hold as many as one in every 50 bytes. (The list lives while its document is
        // read, and room never used is never touched.)
        items.reserveCapacity(bytes.count / 64 + 8)
        var lineNumber = 0
        var previousBlank = true
        // Whether the last bullet item holds a digit, kept up as lines join it: rescanning the
        // whole item for every line joined grows with the square of its length.
        var bulletHasDigit = false
        // Whether the last block is a body paragraph the page layout broke: told when it is made
        // and again when a line joins it, rather than by scanning its text for every line read
        // after it.
        var lastIsBroken = false
        // Whether the last block is a short label on a line of its own (全年GDP), which a value
        // set on the next line (增长5.3%左右) goes on.
        var lastIsLabel = false
        // The scalars of the line being read, in `scalars[0..<count]`; grown to the longest line.
        // Held in storage of its own rather than an array: each slice of an array that a line
        // was read through held a reference to it, counted and released for every line.
        var scalars = LineScalars.allocate(capacity: 256)
        defer { scalars.deallocate() }
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineUTF8 = lineStart
            var end: Int
            (end, lineStart) = decodeLine(bytes, from: lineUTF8, into: &scalars)
            // Past the line feed, or past the end when the text ends without one.
            lineStart += 1
            lineNumber += 1
            var start = 0
            trim(scalars, &start, &end)
            if start == end {
                previousBlank = true
                continue
            }
            defer { previousBlank = false }
            // Where the line's text, past what was trimmed, starts in the document's UTF-8.
            func utf8Offset(_ start: Int) -> Int {
                var offset = lineUTF8
                for k in 0..<start { offset += UTF8.width(scalars[k]) }
                return offset
            }
            if isBulletMarker(scalars[start]) {
                start += 1
                trim(scalars, &start, &end)
                // Lines after a marker join its item until a blank line or the next marker.
                let item = copy(scalars[start..<end], room: true)
                bulletHasDigit = item.contains(where: isDigit)
                (lastIsBroken, lastIsLabel) = (false, false)
                items.append(
                    Block(
                        kind: .bullet, text: item,
                        firstPiece: TextPiece(offset: 0, count: item.count, utf8: utf8Offset(start), line: lineNumber)))
                continue
            }
            if scalars[start] == "#" {
                while start < end && scalars[start] == "#" { start += 1 }
                trim(scalars, &start, &end)
                (lastIsBroken, lastIsLabel) = (false, false)
                items.append(
                    Block(
                        kind: .heading, text: copy(scalars[start..<end], room: false),
                        firstPiece: TextPiece(offset: 0, count: end - start, utf8: utf8Offset(start), line: lineNumber))
                )
                continue
            }
            // Lines joining the last block are appended to it straight from `scalars`; only a line
            // that starts a block is copied on its own.
            let line = scalars[start..<end]
            let last = items.count - 1
            if !previousBlank, last >= 0, items[last].kind == .bullet {
                // A bullet item continues on the following lines until a blank line or marker.
                if !continuesPhrase(items[last].text.last, holdingDigit: bulletHasDigit, line) {
                    items[last].text.append("，")
                }
                items[last].addPiece(
                    TextPiece(
                        offset: items[last].text.count, count: line.count, utf8: utf8Offset(start), line: lineNumber))
                items[last].text.append(contentsOf: line)
                if !bulletHasDigit { bulletHasDigit = line.contains(where: isDigit) }
                continue
            }
            if lastIsLabel, !previousBlank, startsValue(line) {
                // 全年GDP / 增长5.3%左右: a page that sets each figure under its label.
                items[last].kind = .body
                items[last].addPiece(
                    TextPiece(
                        offset: items[last].text.count, count: line.count, utf8: utf8Offset(start), line: lineNumber))
                items[last].text.append(contentsOf: line)
                lastIsLabel = false
                continue
            }
            // 年末全区户籍人 口 48.2万人，…: prose taken from a PDF, with spaces inside its words,
            // is read without them; each run between two is a piece of its own.
            let spaced = holdsSpacedWords(line)
            if lastIsBroken, startsProse(line) {
                if spaced {
                    despace(line, into: &items[last], lineUTF8: lineUTF8, line: lineNumber)
                } else {
                    items[last].addPiece(
                        TextPiece(
                            offset: items[last].text.count, count: line.count, utf8: utf8Offset(start),
                            line: lineNumber))
                    items[last].text.append(contentsOf: line)
                }
                lastIsBroken = isBrokenMidSentence(items[last].text)
                continue
            }
            let kind: Block.Kind = looksLikeHeading(line) ? .heading : .body
            // A paragraph the page layout broke is joined by the lines that follow it.
            lastIsBroken = kind == .body && isBrokenMidSentence(line)
            lastIsLabel = kind == .heading && isLabel(line)
            if spaced {
                var block = Block(kind: kind, text: [], pieces: [])
                despace(line, into: &block, lineUTF8: lineUTF8, line: lineNumber)
                items.append(block)
                continue
            }
            let text = copy(line, room: lastIsBroken)
            items.append(
                Block(
                    kind: kind, text: text,
                    firstPiece: TextPiece(offset: 0, count: line.count, utf8: utf8Offset(start), line: lineNumber)))
        }
        return items
    }

    /// Whether a line is prose (it holds a comma, a full stop or a semicolon) with spaces set
    /// inside its words, two or more single spaces each between two Han characters, as text
    /// taken from a PDF has them (户籍人 口). A table set apart by spaces has no such marks, and
    /// a line of web text sets spaces beside digits, not between two Han characters.
    private static func holdsSpacedWords(_ line: Slice<LineScalars>) -> Bool {
        // (Asked of every line, most of which hold no space between two Han characters: the
        // spaces are looked for eight scalars a turn, and the marks only in a line with two.)
        guard let base = line.base.baseAddress else { return false }
        let start = line.startIndex
        let end = line.endIndex
        let space = SIMD8<UInt32>(repeating: 0x20)
        var spaces = 0
        var i = start
        while i < end {
            if i + 8 <= end {
                let eight = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<UInt32>.self)
                if !any(eight .== space) {
                    i += 8
                    continue
                }
            }
            let stop = min(i + 8, end)
            while i < stop {
                if isSpaceInsideWord(line, at: i) { spaces += 1 }
                i += 1
            }
            if spaces >= 2 { break }
        }
        guard spaces >= 2 else { return false }
        return line.contains { $0 == "，" || $0 == "。" || $0 == "；" || $0 == "," || $0 == ";" }
    }

    /// Appends `line` to `block` without the spaces between two Han characters, each run between
    /// them a piece of its own (`lineUTF8` is where the decoded line, from its first scalar
    /// before any trimming, starts in the document's UTF-8).
    private static func despace(
        _ line: Slice<LineScalars>, into block: inout Block, lineUTF8: Int, line number: Int
    ) {
        // The UTF-8 offset of scalar `measured` of the decoded line, kept up as the runs are cut.
        var (measured, utf8) = (0, lineUTF8)
        var run = line.startIndex
        func flush(upTo end: Int) {
            guard end > run else { return }
            while measured < run {
                utf8 += UTF8.width(line.base[measured])
                measured += 1
            }
            let piece = TextPiece(offset: block.text.count, count: end - run, utf8: utf8, line: number)
            if block.pieceCount == 0 {
                block = Block(kind: block.kind, text: block.text, pieces: [piece])
            } else {
                block.addPiece(piece)
            }
            block.text.append(contentsOf: line[run..<end])
        }
        for i in line.indices where isSpaceInsideWord(line, at: i) {
            flush(upTo: i)
            run = i + 1
        }
        flush(upTo: line.endIndex)
    }

    /// Whether position `i` of `line` is one space between two Han characters (户籍人 口).
    @inline(__always)
    private static func isSpaceInsideWord(_ line: Slice<LineScalars>, at i: Int) -> Bool {
        line[i] == " " && i > line.startIndex && i + 1 < line.endIndex && isHan(line[i - 1]) && isHan(line[i + 1])
    }

    /// The scalars of `line` in an array of their own, with `room` for lines that may join them
    /// as much again: a block's text grown for each line joined was reallocated for nearly every
    /// join. (Blocks live while their document is read, so the room is soon given back.)
    private static func copy(_ line: Slice<LineScalars>, room: Bool) -> [Unicode.Scalar] {
        let line = UnsafeBufferPointer(rebasing: line)
        guard room else { return Array(line) }
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(2 * line.count + 16)
        text.append(contentsOf: line)
        return text
    }

    /// Decodes the line of `bytes` from `start` into the start of `scalars`, grown when the line
    /// is longer than its room: the number of scalars, and the offset of the line feed that ends
    /// the line (the end of `bytes` if none does). The line feed is found as the line is
    /// decoded, where a pass of its own looked for it first. (Inlined: called for every line, it
    /// loaded its constants and saved its registers for each.)
    @inline(__always)
    private static func decodeLine(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into scalars: inout LineScalars
    ) -> (count: Int, end: Int) {
        guard let b = bytes.baseAddress else { return (0, 0) }
        var n = 0
        var i = start
        while true {
            // No more bytes than the room left: bytes never hold more scalars than that.
            let limit = min(bytes.count, i + (scalars.count - n))
            let decoded = decodeValidUTF8(
                b, i..<limit, into: UnsafeMutableBufferPointer(rebasing: scalars[n...]), stopsAtLineFeed: true)
            n += decoded.count
            i = decoded.end
            if i >= bytes.count || b[i] == 0x0A { return (n, i) }
            // Out of room before the line's end: twice the room, the scalars so far copied there.
            let longer = LineScalars.allocate(capacity: 2 * scalars.count)
            longer.baseAddress!.initialize(from: scalars.baseAddress!, count: n)
            scalars.deallocate()
            scalars = longer
        }
    }

    /// Sentences end at 。！？；; (with any closing quotes that follow). They are found as they
    /// are asked for: a list of them would be made and freed for every block read.
    static func sentences(_ block: Block) -> SentenceSpans {
        SentenceSpans(text: block.text, isHeading: block.kind == .heading)
    }

    /// `sentences(_:)`, copying each sentence into the storage of `room` (`SentenceSpans.takeRoom()`
    /// gives it back).
    static func sentences(_ block: Block, room: inout [Unicode.Scalar]) -> SentenceSpans {
        SentenceSpans(text: block.text, isHeading: block.kind == .heading, room: &room)
    }

    /// The first position from `i` on of `s` that `isSentenceEnd`, or `s.count`: a plain loop on
    /// the buffer, without bounds checks, as every scalar of a block is passed over here. Four
    /// scalars a turn, each tested on its own in order: the loop's count and test were a third
    /// of the instructions a scalar.
    fileprivate static func nextSentenceEnd(in s: [Unicode.Scalar], from i: Int) -> Int {
        s.withUnsafeBufferPointer { p in
            var k = i
            while k &+ 4 <= p.count {
                if isSentenceEnd(p[k]) { return k }
                if isSentenceEnd(p[k &+ 1]) { return k &+ 1 }
                if isSentenceEnd(p[k &+ 2]) { return k &+ 2 }
                if isSentenceEnd(p[k &+ 3]) { return k &+ 3 }
                k &+= 4
            }
            while k < p.count && !isSentenceEnd(p[k]) { k += 1 }
            return k
        }
    }

    static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
        // Han characters and most punctuation lie between 。 (U+3002) and the full-width forms
        // (U+FF01…): one test passes over them.
        if c.value > 0x3002 && c.value < 0xFF01 { return false }
        return c == "。" || c == "！" || c == "？" || c == "；" || c == ";" || c == "!" || c == "?"
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
        // Compared, not looked up in a set: asked of every line.
        switch c {
        case "○", "●", "◆", "◇", "■", "□", "▪", "•", "·", "▶", "►", "◎": true
        default: false
        }
    }

    /// Narrows `start..<end` of `s` past spaces and byte-order marks at either end.
    private static func trim(_ s: LineScalars, _ start: inout Int, _ end: inout Int) {
        while end > start && (isSpace(s[end - 1]) || s[end - 1] == "\u{FEFF}") { end -= 1 }
        while start < end && (isSpace(s[start]) || s[start] == "\u{FEFF}") { start += 1 }
    }

    private static func isClausePunctuation(_ c: Unicode.Scalar) -> Bool {
        MetricNamer.isDelimiter(c) && c != " " && c != "\t" && c != "…" && c != "—"
    }

    /// A short line without sentence punctuation, or one ending in ——, heads what follows.
    /// A numbered one may list its topics (十三、人口、人民生活和社会保障), if it states no figure.
    static func looksLikeHeading(_ line: Slice<LineScalars>) -> Bool {
        let numbered = sectionNumberLength(line)
        // (Sliced at once: `dropFirst` was a generic call. The number is never longer than the line.)
        let line = line[(line.startIndex + numbered)...]
        if line.count >= 2 && line[line.endIndex - 1] == "—" && line[line.endIndex - 2] == "—" { return true }
        if line.count > 30 { return false }
        let listsTopics = numbered > 0 && !line.contains(where: isDigit)
        return !line.contains { isClausePunctuation($0) && $0 != "：" && $0 != ":" && ($0 != "、" || !listsTopics) }
            || (line.last == "：" || line.last == ":") && line.count <= 12
    }

    /// Length of a section number that opens a line: 一、 (三) （二） 1. 2、
    static func sectionNumberLength<Line: RandomAccessCollection<Unicode.Scalar>>(_ line: Line) -> Int
    where Line.Index == Int {
        var i = line.startIndex
        let open = i < line.endIndex && (line[i] == "(" || line[i] == "（")
        if open { i += 1 }
        let start = i
        while i < line.endIndex && (isDigit(line[i]) || isSectionNumeral(line[i])) { i += 1 }
        guard i > start, i < line.endIndex, i - start <= 3 else { return 0 }
        let length = i + 1 - line.startIndex
        if open { return line[i] == ")" || line[i] == "）" ? length : 0 }
        return line[i] == "、" || line[i] == "." || line[i] == "．" ? length : 0
    }

    /// A long body paragraph with punctuation inside that stops without closing punctuation was
    /// cut by the page layout.
    private static func isBrokenMidSentence(_ text: some RandomAccessCollection<Unicode.Scalar>) -> Bool {
        // A sentence's end, the usual last scalar, is no numeral: its properties need not be looked up.
        guard text.count >= 15, let last = text.last, !isSentenceEnd(last),
            isHan(last) || last.properties.numericType != nil
        else {
            return false
        }
        // (A page's dateline, 时间 : 2024-01-16 10:21:35 来源 : 某市日报, holds a time of day: no
        // sentence the layout broke.)
        return text.contains { isClausePunctuation($0) } && !holdsTimeOfDay(text)
    }

    /// Whether `text` holds a time of day written with digits (09:59).
    private static func holdsTimeOfDay(_ text: some RandomAccessCollection<Unicode.Scalar>) -> Bool {
        var digits = 0
        for c in text {
            if c == ":" && digits == 2 { return true }
            digits = isDigit(c) ? digits + 1 : 0
        }
        return false
    }

    /// Whether a heading line may be a figure's label (全年GDP, 城镇和农村居民人均可支配收入): short,
    /// with no digit, no section number and no colon.
    private static func isLabel(_ line: Slice<LineScalars>) -> Bool {
        guard line.count <= 20, let last = line.last, last != "：", last != ":",
            sectionNumberLength(line) == 0
        else { return false }
        return !line.contains(where: isDigit)
    }

    /// Whether a line is the value of a label on the line before: short, opening with a verb of
    /// a figure (增长, 分别增长, 达到 …) and holding a digit.
    private static func startsValue(_ line: Slice<LineScalars>) -> Bool {
        guard line.count <= 40, let first = line.first, isHan(first),
            valueStarters.contains(where: { $0[0] == first && line.starts(with: $0) })
        else { return false }
        return line.contains(where: isDigit)
    }

    private static func startsProse(_ line: Slice<LineScalars>) -> Bool {
        guard let first = line.first else { return false }
        return isHan(first) && !looksLikeHeading(line) || line.count > 30 && isHan(first) || startsWithAmount(line)
    }

    /// Whether a line opens with an amount (86.2万人，…, 5.8%，…) that a sentence broken before it
    /// goes on to: digits, with any decimals, then a Han character or a percent sign; not an item's
    /// number (1、, 2.) nor a year that may open a paragraph of its own (2024年).
    private static func startsWithAmount(_ line: Slice<LineScalars>) -> Bool {
        var i = line.startIndex
        while i < line.endIndex && isDigit(line[i]) { i += 1 }
        guard i > line.startIndex, i < line.endIndex else { return false }
        if line[i] == ".", i + 1 < line.endIndex, isDigit(line[i + 1]) {
            i += 1
            while i < line.endIndex && isDigit(line[i]) { i += 1 }
            guard i < line.endIndex else { return false }
        }
        return isHan(line[i]) && line[i] != "年" || line[i] == "%" || line[i] == "‰"
    }

    /// Within a bullet item, a line that starts with a verb of the figure continues the phrase
    /// of the line before (城乡低保标准每人每月 / 提高20元); otherwise lines are separate clauses.
    /// `last` is the item's last scalar, `holdingDigit` whether the item holds a digit.
    private static func continuesPhrase(
        _ last: Unicode.Scalar?, holdingDigit: Bool, _ line: Slice<LineScalars>
    ) -> Bool {
        guard let last, isHan(last), let first = line.first, isHan(first), !holdingDigit else { return false }
        // The verbs are matched on graphemes. When the second scalar is a unified ideograph or
        // ASCII (no decomposition, never part of the grapheme before it), comparing scalars
        // answers the same; any other (a combining mark, a variation selector, a compatibility
        // ideograph) is compared as graphemes.
        if let second = line.dropFirst().first, !isHan(second) && !second.isASCII {
            let head = String(String.UnicodeScalarView(line.prefix(2)))
            return phraseStarters.contains { head.hasPrefix(String(String.UnicodeScalarView($0))) }
        }
        // (The first scalar is compared before the phrase: most lines start none of them.)
        return phraseStarters.contains { $0[0] == first && line.starts(with: $0) }
    }
}

/// 一 to 十, as section numbers are written; compared, as every line that may head is asked.
func isSectionNumeral(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
    default: false
    }
}
/// What a value set on a line under its label opens with (全年GDP / 增长5.3%左右).
private let valueStarters: [[Unicode.Scalar]] = ["分别", "增长", "提高", "下降", "增加", "达到"]
    .map { Array($0.unicodeScalars) }

/// The verbs that `continuesPhrase` takes to carry on a bullet item's phrase.
private let phraseStarters: [[Unicode.Scalar]] = ["分别", "提高", "增长", "达到", "达", "增加", "下降", "累计", "共", "为"]
    .map { Array($0.unicodeScalars) }
