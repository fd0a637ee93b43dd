import Testing

@testable import ZhibiaoCore

/// Pins the word-at-a-time paths of the decoder and the segmenter: folds and control bytes at
/// every offset within an eight-byte word, characters cut off at the end, full-width forms beside
/// invalid bytes, and bullet items grown over many lines.
@Suite struct DecoderSpeedPathTests {
    @Test(arguments: 0..<17) func foldsAtEveryOffsetWithinAWord(shift: Int) throws {
        let pad = String(repeating: "a", count: shift)
        let text = pad + "增长４．８２％，\r\nＡＢ\u{3000}ｚ。（＠～）\r" + pad + "＋１"
        let expected = pad + "增长4.82%，\nAB z。（＠～）\n" + pad + "+1"
        let result = try Decoder.decode(Array(text.utf8))
        #expect(result.text == expected)
        #expect(result.invalidLines == [])
        #expect(Decoder.normalize(text) == expected)
    }

    @Test func textWithNothingToFoldStaysAsItIs() throws {
        let text = String(repeating: "城镇新增就业，增长“3%”。\n", count: 40)
        #expect(try Decoder.decode(Array(text.utf8)).text == text)
    }

    @Test func aFullWidthFormCutOffAtTheEndIsInvalid() throws {
        let twoBytes = try Decoder.decode(Array("就业１".utf8) + [0xEF, 0xBC])
        #expect(twoBytes.text == "就业1\u{FFFD}")
        #expect(twoBytes.invalidLines == [1])
        let oneByte = try Decoder.decode(Array("就业人数１".utf8) + [0xEF])
        #expect(oneByte.text == "就业人数1\u{FFFD}")
        #expect(oneByte.invalidLines == [1])
        #expect(try Decoder.decode(Array("abcdefg１".utf8)).text == "abcdefg1")
    }

    @Test func fullWidthFormsBesideInvalidBytesStayInvalid() throws {
        let bytes =
            Array("城镇新增就业人数".utf8) + [0xEF, 0xBC, 0xFF] + Array("４２万人，增长".utf8) + [0xFF, 0xEF, 0xBC, 0x91]
            + Array("\n第二行３％".utf8) + [0xEF, 0xBD] + Array("ａ就业".utf8)
        let result = try Decoder.decode(bytes)
        #expect(result.text == "城镇新增就业人数\u{FFFD}\u{FFFD}42万人，增长\u{FFFD}1\n第二行3%\u{FFFD}a就业")
        #expect(result.invalidLines == [1, 2])
        #expect(result.encoding == "UTF-8")
    }

    @Test func onlyTheFirst8192BytesAreSampledForNUL() throws {
        let text = [UInt8](repeating: 0x61, count: 8191)
        #expect(throws: Decoder.Failure.binary) { try Decoder.decode(text + [0]) }
        #expect(try Decoder.decode(text + [0x61, 0]).text.hasSuffix("a\0"))
    }

    /// The binary test reads sixteen bytes a turn: a NUL at every offset of three blocks and
    /// of the bytes after the last is found, and control bytes at every offset are counted,
    /// the bytes just below (1F) and above (20) the limit among the others.
    @Test func controlBytesAreFoundAtEveryOffset() throws {
        for offset in 0..<53 {
            // (DEL beside the NUL, so that the bytes do not read as UTF-16 either.)
            var bytes = [UInt8](repeating: 0x7F, count: 53)
            bytes[offset] = 0
            #expect(throws: Decoder.Failure.binary) { try Decoder.decode(bytes) }
            // Five in 53 bytes is text, six is not.
            var controls = [UInt8](repeating: 0x20, count: 53)
            for k in 0..<5 { controls[(offset + 11 * k) % 53] = k % 2 == 0 ? 0x1F : 0x01 }
            #expect(try Decoder.decode(controls).text.utf8.count == 53)
            controls[(offset + 5) % 53] = 0x0E
            #expect(throws: Decoder.Failure.binary) { try Decoder.decode(controls) }
        }
    }

    @Test func moreThanATenthControlBytesIsBinary() throws {
        var bytes = [UInt8](repeating: 0x61, count: 100)
        // At word starts and ends, and in the bytes after the last whole word.
        for i in [0, 7, 8, 15, 63, 64, 95, 96, 98, 99] { bytes[i] = 0x01 }
        #expect(try Decoder.decode(bytes).text.unicodeScalars.filter { $0 == "\u{1}" }.count == 10)
        bytes[50] = 0x02
        #expect(throws: Decoder.Failure.binary) { try Decoder.decode(bytes) }
        // Escape, tab and line breaks are not counted.
        let escapes = Array(repeating: Array("ab\u{1B}\t\n".utf8), count: 20).flatMap { $0 }
        #expect(try Decoder.decode(escapes).text.count == 100)
    }

    /// The decoder's own UTF-8 check accepts exactly what the standard library accepts: every
    /// lead byte with second, third and fourth bytes at the edges of every range that decides
    /// (ASCII, 80…8F, 90…9F, A0…BF, C0 and up), alone, cut short, after ASCII and after Chinese
    /// text (the word-at-a-time paths), and before more text.
    @Test func theUTF8CheckAgreesWithTheStandardLibrary() {
        let edges: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        let befores: [[UInt8]] = [[], Array("abcdefg".utf8), Array("就业人数".utf8)]
        let after = Array("增长".utf8)
        var disagreements: [[UInt8]] = []
        func check(_ bytes: [UInt8]) {
            let ours = bytes.withUnsafeBufferPointer { buffer in
                Decoder.scanUTF8(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count) != nil
            }
            let library = String(validating: bytes, as: UTF8.self) != nil
            if ours != library { disagreements.append(bytes) }
        }
        for lead in UInt8.min...UInt8.max {
            for second in edges {
                for third in edges {
                    for fourth in edges {
                        let sequence = [lead, second, third, fourth]
                        for before in befores {
                            check(before + sequence)
                            check(before + sequence + after)
                        }
                    }
                    check([lead, second, third])
                }
                check([lead, second])
            }
            check([lead])
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// Every character whose lead byte full-width forms share (EF BC, EF BD, E3 80) is taken
    /// for a fold exactly when it is one: the digits, Latin letters, ％ ＋ － ． ／ and the
    /// ideographic space; not ，；：（） nor 。、《》, whether more text follows or not.
    @Test func theUTF8CheckTellsEveryFullWidthFormThatFolds() {
        func folds(_ c: Unicode.Scalar) -> Bool {
            (0xFF10...0xFF19).contains(c.value) || (0xFF21...0xFF3A).contains(c.value)
                || (0xFF41...0xFF5A).contains(c.value) || "％＋－．／\u{3000}".unicodeScalars.contains(c)
        }
        var wrong: [String] = []
        for value in Array(0xFF00...0xFF7F) + Array(0x3000...0x303F) {
            let c = Unicode.Scalar(UInt32(value))!
            for text in ["就业" + String(c) + "增长", "就业" + String(c)] {
                let bytes = Array(text.utf8)
                let first = bytes.withUnsafeBufferPointer { Decoder.scanUTF8($0.baseAddress!, $0.count)!.firstFold }
                if (first == 6) != folds(c) { wrong.append(text) }
            }
        }
        #expect(wrong == [])
    }

    @Test func theUTF8CheckFindsTheFirstFoldAndTellsASCII() {
        func scan(_ text: String) -> (Int, Bool)? {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                Decoder.scanUTF8(buffer.baseAddress!, buffer.count).map { ($0.firstFold, $0.isASCII) }
            }
        }
        #expect(scan("abcdefghijklmnop\r\n")! == (16, true))
        #expect(scan("abcdefghijklmnop")! == (16, true))
        #expect(scan("就业，增长。人数\u{3000}１")! == (24, false))
        #expect(scan("就业，增长。人数（１）")! == (27, false))
        #expect(scan("就业ab\rcd")! == (8, false))
        #expect(scan("就业，增长。")! == (18, false))
        // A CR among the ASCII bytes before a word's first non-ASCII byte, and one after it.
        #expect(scan("ab\r就业人数增长")! == (2, false))
        #expect(scan("abc就\r业人数增长")! == (6, false))
        #expect(scan("2024年增长12.5%就业人数增长\r")! == (36, false))
    }

    /// The check's answer for `bytes`: nil when invalid, else the first fold and whether ASCII.
    static func scan(_ bytes: [UInt8]) -> (firstFold: Int, isASCII: Bool)? {
        bytes.withUnsafeBufferPointer { buffer in
            Decoder.scanUTF8(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count)
        }
    }

    /// What `scan` should answer, found scalar by scalar from the standard library's decoding.
    static func expectedScan(_ bytes: [UInt8]) -> (firstFold: Int, isASCII: Bool)? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        var offset = 0
        for c in text.unicodeScalars {
            let v = c.value
            let folds =
                v == 0x0D || v == 0x3000 || (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v)
                || (0xFF41...0xFF5A).contains(v) || [0xFF05, 0xFF0B, 0xFF0D, 0xFF0E, 0xFF0F].contains(v)
            if folds { return (offset, bytes.allSatisfy { $0 < 0x80 }) }
            offset += UTF8.width(c)
        }
        return (bytes.count, bytes.allSatisfy { $0 < 0x80 })
    }

    /// The check reads sixteen bytes a turn against the three before them and leaves unusual
    /// blocks and the end to a character-by-character check: every kind of invalid sequence, and
    /// every valid character that needs its second byte checked, at every offset across three
    /// blocks, after ASCII and after Chinese text, with the text ending at once, within the next
    /// block, or well after, is judged as the standard library judges it, and the first fold and
    /// ASCII are told as scalar by scalar.
    @Test func theBlockCheckAgreesAtEveryOffset() {
        let sequences: [[UInt8]] = [
            // Invalid: a stray continuation byte, sequences cut short, overlong forms, surrogates,
            // past U+10FFFF, bytes no character uses.
            [0x80], [0xBF], [0xE5, 0xB0], [0xE5], [0xC3], [0xF0, 0x9F, 0x98], [0xE0, 0x80, 0x80],
            [0xE0, 0x9F, 0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
            [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xFF], [0xE5, 0xB0, 0xB1, 0x80], [0xC3, 0xA9, 0xA9], [0xE5, 0x41, 0xB1],
            // Valid, at the edges of the ranges that decide.
            [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
            [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xE5, 0xB0, 0xB1], [0x0D],
            // Folds and the punctuation that shares their leads.
            Array("１".utf8), Array("\u{3000}".utf8), Array("，".utf8), Array("、".utf8), Array("ｚ".utf8),
        ]
        let fillers = [Array("a".utf8), Array("就".utf8)]
        let endings: [[UInt8]] = [[], Array("增长".utf8), Array(String(repeating: "增长率", count: 6).utf8)]
        var wrong: [[UInt8]] = []
        for sequence in sequences {
            for filler in fillers {
                for offset in 0..<48 {
                    var before: [UInt8] = []
                    while before.count < offset { before += filler }
                    for ending in endings {
                        let bytes = before + sequence + ending
                        let ours = Self.scan(bytes)
                        let expected = Self.expectedScan(bytes)
                        if ours?.firstFold != expected?.firstFold || ours?.isASCII != expected?.isASCII {
                            wrong.append(bytes)
                        }
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
    }

    /// Chinese text and ASCII in runs long enough for the block check, with a fold or a CR
    /// at every offset of two blocks, or none: the first fold is where it is.
    @Test func theBlockCheckFindsTheFirstFoldAtEveryOffset() {
        let text = Array(String(repeating: "城镇新增就业，增长3%。", count: 4).utf8)
        for fold in ["\r", "５", "\u{3000}", "．"] {
            for offset in 0...text.count {
                // Only at the start of a character.
                if offset < text.count && text[offset] & 0xC0 == 0x80 { continue }
                let bytes = Array(text[..<offset]) + Array(fold.utf8) + Array(text[offset...])
                #expect(Self.scan(bytes)?.firstFold == offset)
            }
        }
        #expect(Self.scan(text)?.firstFold == text.count)
        #expect(Self.scan(Array(String(repeating: "abcdefgh", count: 9).utf8))! == (72, true))
    }

    @Test func scalarsOfEveryWidth() {
        let text = "a\u{E9}就\u{20000}\n" + String(repeating: "x就", count: 9)
        #expect([Unicode.Scalar](scalarsOf: text) == Array(text.unicodeScalars))
        #expect([Unicode.Scalar](scalarsOf: "").isEmpty)
    }

    /// Runs of three-byte characters are decoded four at a time where thirteen bytes remain:
    /// runs of every length up to nine, at every offset after ASCII, before ASCII, characters of
    /// every other width or the end, decode to the scalars the library decodes, both from a
    /// whole text and as the segmenter's lines.
    @Test func threeByteRunsDecodeAtEveryOffsetAndLength() {
        let afters = ["", "5%", "\u{E9}x", "\u{20000}", "，增长12.5%。"]
        var wrong: [String] = []
        for offset in 0..<18 {
            for length in 0..<10 {
                for after in afters {
                    let text =
                        String(repeating: "a", count: offset) + String(repeating: "就业，", count: 4).prefix(length)
                        + after
                    if [Unicode.Scalar](scalarsOf: text) != Array(text.unicodeScalars) { wrong.append(text) }
                    let line = String(String.UnicodeScalarView(Segmenter.blocks(text).first?.text ?? []))
                    if line != text { wrong.append(text) }
                }
            }
        }
        #expect(wrong == [])
    }

    /// Text made from scalars of every width, short (held inline), long (more than a page of
    /// scratch room), ASCII and empty, is the text the scalars spell.
    @Test func textFromScalarsOfEveryWidth() {
        for text in ["", "a", "abc123", "a\u{E9}就\u{20000}", String(repeating: "x就\u{E9}\u{20000}", count: 2000)] {
            let scalars = Array(text.unicodeScalars)
            #expect(String(scalars: scalars) == text)
            #expect(Array(String(scalars: scalars).utf8) == Array(text.utf8))
            #expect(String(scalars: scalars.dropFirst()) == String(text.unicodeScalars.dropFirst()))
            #expect(String(scalars: text.unicodeScalars) == text)
        }
    }
}

@Suite struct SegmenterSpeedPathTests {
    static func render(_ blocks: [Block]) -> [String] {
        blocks.map { block in
            let lines = block.pieces.map { "\($0.offset)@\($0.line)" }.joined(separator: " ")
            return "\(block.kind) \(String(String.UnicodeScalarView(block.text))) \(lines)"
        }
    }

    @Test func bulletLinesStartingWithAVerbJoinWithoutACommaUntilTheItemHoldsADigit() {
        #expect(
            Self.render(Segmenter.blocks("● 城乡低保标准\n提高标准\n增长明显\n共计\n其他内容")) == [
                "bullet 城乡低保标准提高标准增长明显共计，其他内容 0@1 6@2 10@3 14@4 17@5"
            ])
        #expect(
            Self.render(Segmenter.blocks("● 城乡低保标准每人每月\n提高20元\n增长明显")) == [
                "bullet 城乡低保标准每人每月提高20元，增长明显 0@1 10@2 16@3"
            ])
    }

    @Test func aLongBulletItemWithAndWithoutADigit() {
        let lines = String(repeating: "\n增长明显", count: 300)
        let plain = Segmenter.blocks("● 就业情况" + lines)
        #expect(plain.count == 1)
        #expect(String(String.UnicodeScalarView(plain[0].text)) == "就业情况" + String(repeating: "增长明显", count: 300))
        #expect(plain[0].pieces.last.map { ($0.offset, $0.line) }! == (4 + 299 * 4, 301))
        let counted = Segmenter.blocks("● 就业3项" + lines)
        #expect(counted.count == 1)
        #expect(String(String.UnicodeScalarView(counted[0].text)) == "就业3项" + String(repeating: "，增长明显", count: 300))
        #expect(counted[0].pieces.last.map { ($0.offset, $0.line) }! == (4 + 299 * 5 + 1, 301))
    }

    @Test func aVerbFollowedByAMarkOrACompatibilityIdeographIsComparedAsGraphemes() {
        let text = "● 标准\n为\u{301}准\n● 标准\n为准\n● 标准\n达\u{FE00}到\n● 标准\n分\u{F900}"
        #expect(
            Self.render(Segmenter.blocks(text)) == [
                "bullet 标准，为\u{301}准 0@1 3@2", "bullet 标准为准 0@3 2@4", "bullet 标准，达\u{FE00}到 0@5 3@6",
                "bullet 标准，分\u{F900} 0@7 3@8",
            ])
    }

    @Test func sectionNumbersAndBrokenParagraphsInsideTheText() {
        let text = "（二）就业情况\n全市城镇新增就业人数稳步增长，就业形势总体\n保持稳定。\n一、总体情况\n12. 其他"
        #expect(
            Self.render(Segmenter.blocks(text)) == [
                "heading （二）就业情况 0@1", "body 全市城镇新增就业人数稳步增长，就业形势总体保持稳定。 0@2 21@3",
                "heading 一、总体情况 0@4", "heading 12. 其他 0@5",
            ])
    }

    /// Each piece of a block is where its text lies in the document's UTF-8, whatever the widths
    /// of the scalars before it and what was trimmed or marked at the line's start.
    @Test func piecesPointAtTheirTextInTheDocumentsBytes() {
        let text =
            "\u{FEFF}## é标题\r\n\u{3000} 𠀀就业情况稳定，全市城镇新增就业人数稳步增长\n增长明显。\n\n"
            + "● \u{A0}城乡低保标准\n提高20元\n\t● 𠀀x\n"
        let blocks = Segmenter.blocks(text)
        #expect(
            Self.render(blocks) == [
                "heading é标题 0@1", "body 𠀀就业情况稳定，全市城镇新增就业人数稳步增长增长明显。 0@2 22@3",
                "bullet 城乡低保标准提高20元 0@5 6@6", "bullet 𠀀x 0@7",
            ])
        let bytes = Array(text.utf8)
        var seen: [String] = []
        for block in blocks {
            for piece in block.pieces {
                let slice = block.text[piece.offset..<(piece.offset + piece.count)]
                let utf8 = Array(String(String.UnicodeScalarView(slice)).utf8)
                #expect(Array(bytes[piece.utf8..<(piece.utf8 + utf8.count)]) == utf8)
                seen.append("\(piece.utf8)+\(utf8.count)@\(piece.line)")
            }
        }
        #expect(seen == ["6+8@1", "20+67@2", "88+15@3", "111+18@5", "130+11@6", "147+5@7"])
    }

    /// Prose with spaces inside its words (text taken from a PDF) is read without them, each run
    /// between two a piece of its own that points at its text in the document's bytes, on its
    /// line; spaces beside a digit stay, and a line with no comma or stop keeps its spaces.
    @Test func spacesInsideTheWordsOfProseAreDropped() {
        let text = "标题\n年末户籍人 口 48 万人，其中男性人 口 23 万人。\n序号 项目 单 位\n"
        let blocks = Segmenter.blocks(text)
        #expect(
            Self.render(blocks) == [
                "heading 标题 0@1", "body 年末户籍人口 48 万人，其中男性人口 23 万人。 0@2 5@2 18@2",
                "heading 序号 项目 单 位 0@3",
            ])
        let bytes = Array(text.utf8)
        for piece in blocks[1].pieces {
            let slice = blocks[1].text[piece.offset..<(piece.offset + piece.count)]
            let utf8 = Array(String(String.UnicodeScalarView(slice)).utf8)
            #expect(Array(bytes[piece.utf8..<(piece.utf8 + utf8.count)]) == utf8)
        }
    }

    /// Sentences are copied into one room reused from sentence to sentence; a reader that keeps
    /// them all keeps each as it was.
    @Test func sentencesKeptByTheReaderStayAsTheyWere() {
        let text = Array("  就业稳定。增长3.5%！“很好。”人数；末句".unicodeScalars)
        let kept = Array(Segmenter.sentences(Block(kind: .body, text: text, pieces: [])))
        #expect(
            kept.map { "\($0.offset):" + String(String.UnicodeScalarView($0.text)) } == [
                "2:就业稳定。", "7:增长3.5%！", "14:“很好。”", "19:人数；", "22:末句",
            ])
        let whole = Array(Segmenter.sentences(Block(kind: .body, text: Array("一句话。".unicodeScalars), pieces: [])))
        #expect(whole.map { String(String.UnicodeScalarView($0.text)) } == ["一句话。"])
    }

    /// Sentences end at exactly the scalars `isSentenceEnd` takes, wherever one stands: the scan
    /// to the next end runs on the block's buffer.
    @Test func sentencesEndAtEveryEndAndNothingElse() {
        func spans(_ text: [Unicode.Scalar]) -> [String] {
            Segmenter.sentences(Block(kind: .body, text: text, pieces: [])).map {
                "\($0.offset):" + String(String.UnicodeScalarView($0.text))
            }
        }
        let han: [Unicode.Scalar] = Array("城镇新增就业人数稳步增长就业形势总体稳定".unicodeScalars)
        for position in 0..<17 {
            for end in "。！？；;!?".unicodeScalars {
                var text = han
                text.insert(end, at: position + 1)
                let head = String(String.UnicodeScalarView(text[...(position + 1)]))
                let tail = String(String.UnicodeScalarView(text[(position + 2)...]))
                #expect(spans(text) == ["0:" + head, "\(position + 2):" + tail])
            }
        }
        var wrong: [UInt32] = []
        for value in UInt32(1)...0xFFFF {
            guard let c = Unicode.Scalar(value), !Segmenter.isClosingQuote(c), !Segmenter.isSpace(c) else { continue }
            var text = han
            text[5] = c
            let ends = Segmenter.isSentenceEnd(c)
            if spans(text).count != (ends ? 2 : 1) { wrong.append(value) }
        }
        #expect(wrong == [])
    }
}
