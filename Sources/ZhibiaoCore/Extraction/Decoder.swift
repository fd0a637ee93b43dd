/// Turns a file's bytes into normalized article text: UTF-8 (BOM allowed), UTF-16 (with or
/// without a BOM) or GB18030/GBK (transcoded where the platform can); full-width digits, Latin
/// letters and number punctuation folded to ASCII; CRLF to LF.
public enum Decoder {
    /// Why bytes could not become text.
    public enum Failure: Error, Equatable, Sendable {
        /// NUL bytes or other control bytes: an executable, an image, an archive.
        case binary
        /// A legacy encoding this platform cannot transcode, named by its likely name.
        case unsupportedEncoding(String)
    }

    /// Decoded text with the places where invalid bytes were replaced.
    public struct Result: Sendable {
        public var text: String
        /// 1-based lines that held invalid bytes (replaced by U+FFFD).
        public var invalidLines: [Int]
        /// The encoding the bytes were read as: UTF-8, UTF-16LE, UTF-16BE or GB18030.
        public var encoding: String = "UTF-8"
    }

    /// Converts legacy Chinese bytes to UTF-8, or answers nil when the platform cannot.
    typealias Transcoder = @Sendable (ArraySlice<UInt8>) -> (utf8: [UInt8], invalidLines: [Int])?

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Result {
        try decode(bytes, gb18030: LegacyEncoding.gb18030)
    }

    static func decode(_ bytes: [UInt8], gb18030: Transcoder) throws(Failure) -> Result {
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return utf16Result(bytes.dropFirst(2), bigEndian: false)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return utf16Result(bytes.dropFirst(2), bigEndian: true)
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if looksBinary(body) {
            // UTF-16 without a BOM holds a NUL beside every ASCII character.
            if let bigEndian = utf16ByteOrder(body) { return utf16Result(body, bigEndian: bigEndian) }
            throw .binary
        }
        // Valid UTF-8, the usual case, is normalized on its bytes and checked in one pass as the
        // string is made (normalizing writes only ASCII in place of whole characters, so it
        // neither makes invalid bytes valid nor valid ones invalid); only invalid text is
        // examined byte by byte for the lines to report.
        if let valid = body.withUnsafeBufferPointer(normalizedValidText) {
            return Result(text: valid, invalidLines: [])
        }
        let invalid = invalidUTF8Lines(body)
        if !invalid.lines.isEmpty && invalid.fraction > 0.2 {
            if let bigEndian = utf16ByteOrder(body) { return utf16Result(body, bigEndian: bigEndian) }
            guard looksLikeGB(body) else { throw .unsupportedEncoding("an encoding other than UTF-8") }
            guard let converted = gb18030(body) else { throw .unsupportedEncoding("GB18030/GBK") }
            let text = String(decoding: converted.utf8, as: UTF8.self)
            return Result(text: normalize(text), invalidLines: converted.invalidLines, encoding: "GB18030")
        }
        let text = String(decoding: body, as: UTF8.self)
        return Result(text: normalize(text), invalidLines: invalid.lines)
    }

    /// Folds full-width ASCII forms (U+FF01…U+FF5E) to ASCII for digits, letters and the signs
    /// numbers use; keeps Chinese punctuation (，。；：（）) as written; CRLF and CR become LF.
    public static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { normalizedValidText($0) } ?? text
    }

    /// The normalized text of UTF-8 bytes, or nil when they are not valid UTF-8.
    private static func normalizedValidText(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let source = bytes.baseAddress else { return "" }
        // Checked here rather than by the string made: this check finds the first fold in the
        // same pass, and the library's check alone cost a third more than both.
        guard let scan = scanUTF8(source, bytes.count) else { return nil }
        guard scan.firstFold < bytes.count else { return String(validUTF8: bytes, isASCII: scan.isASCII) }
        let first = scan.firstFold
        // The result is never longer than the text: bytes are written straight into it, the
        // part before the first fold in one copy. Folding replaces only whole characters by
        // ASCII, so the folded text is valid as the text was.
        let folded = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
            out.baseAddress!.initialize(from: source, count: first)
            count = fold(source, bytes.count, from: first, into: out.baseAddress!)
        }
        return folded.withUnsafeBufferPointer {
            String(validUTF8: $0, isASCII: scan.isASCII || isAllASCII($0))
        }
    }

    /// Whether `bytes[0..<count]` is valid UTF-8, and if so the offset of the first byte that
    /// `fold` changes (`count` when none does) and whether every byte is ASCII; nil when it is
    /// not valid UTF-8. Accepts exactly what the standard library accepts: no overlong forms,
    /// no surrogates, nothing past U+10FFFF, no sequence cut off.
    static func scanUTF8(_ b: UnsafePointer<UInt8>, _ count: Int) -> (firstFold: Int, isASCII: Bool)? {
        var scan = UTF8Scan(count: count)
        var i = 0
        // Sixteen bytes a turn once two lie behind (a block is checked against the two bytes
        // before it), ASCII and Chinese text alike; a block holding a byte that needs more than
        // its place checked (a lead byte of an overlong form, a surrogate, a four-byte character,
        // or one no character starts with) and the bytes after the last block are checked
        // character by character, from the start of the character the block before ends in. A
        // byte is left after the last block, so that a character the text cuts off is checked
        // whole.
        while i < count {
            if i >= 2 && count &- i > 16 {
                switch scan.blocks(b, at: &i) {
                case .valid:
                    break
                case .invalid:
                    return nil
                case .unusual:
                    let end = i &+ 16
                    i = characterStart(b, containing: i &- 1)
                    while i < end {
                        guard scan.character(b, at: &i) else { return nil }
                    }
                    continue
                }
            }
            if i >= 2 { i = characterStart(b, containing: i &- 1) }
            while i < count {
                guard scan.character(b, at: &i) else { return nil }
                if i >= 2 && count &- i > 16 { break }
            }
        }
        return (scan.first, scan.isASCII)
    }

    /// The start of the character that `b[k]` is part of, which may run on past the bytes
    /// checked: every continuation byte up to `b[k]` has been found to follow its lead, so the
    /// lead lies at most three bytes back. (Checked again from there, the character is checked
    /// whole, even if a block's check saw only its start.)
    @inline(__always)
    private static func characterStart(_ b: UnsafePointer<UInt8>, containing k: Int) -> Int {
        var k = k
        while b[k] & 0xC0 == 0x80 { k &-= 1 }
        return k
    }

    /// What `scanUTF8` has found so far: the first fold, whether a byte was not ASCII.
    private struct UTF8Scan {
        let count: Int
        var first: Int
        /// The bytes of the blocks checked, ORed: not ASCII when the high bit is set in one.
        var seen = Lanes()
        var nonASCII = false
        var isASCII: Bool { !nonASCII && !anyFlagged(seen) }

        init(count: Int) {
            self.count = count
            first = count
        }

        enum BlockResult { case valid, invalid, unusual }

        /// Checks sixteen bytes a turn from `b[i]` (`i >= 2`, the bytes before `i` valid and ending
        /// no four-byte character) while more than sixteen are left, noting the first fold among
        /// the characters that end in them; moves `i` to the first block it does not pass, and
        /// says why: `.valid` when the bytes left are too few. A byte must be a continuation byte
        /// exactly when the lead byte one or two before it says so; only that, and no byte C0,
        /// C1, E0, E1, ED or F0 and up, is checked here: those leads need their second byte
        /// checked too (E1 does not, but one compare finds it with C0, C1 and E0), and are left
        /// to `character`. (No block holds a four-byte lead, so none needs looking three bytes
        /// back for one.)
        @inline(__always)
        mutating func blocks(_ b: UnsafePointer<UInt8>, at i: inout Int) -> BlockResult {
            // What the loop changes is held in locals, kept in registers from block to block
            // where the scan's fields were loaded and stored for each; a text that holds no fold,
            // as most do, is searched for one in every block.
            let count = count
            var k = i
            var seen = seen
            var searching = first == count
            defer { (i, self.seen) = (k, seen) }
            while count &- k > 16 {
                let v0 = UnsafeRawPointer(b + k).loadUnaligned(as: Lanes.self)
                let v1 = UnsafeRawPointer(b + (k &- 1)).loadUnaligned(as: Lanes.self)
                let v2 = UnsafeRawPointer(b + (k &- 2)).loadUnaligned(as: Lanes.self)
                seen |= v0
                // C0, C1, E0 and E1 by one compare, the bits that part them masked: E1 (U+1000…
                // U+1FFF, none of it Chinese) is rare enough to be checked character by character.
                let unusual =
                    atLeast(0xF0, v0) | equal(v0 & Lanes(repeating: 0xDE), 0xC0) | equal(v0, 0xED)
                // 80…BF: the high bit set, and still set with 40 added.
                let continuation = v0 & (v0 &+ Lanes(repeating: 0x40))
                let expected = atLeast(0xC0, v1) | atLeast(0xE0, v2)
                if anyFlagged(unusual | (continuation ^ expected)) {
                    return anyFlagged(unusual) ? .unusual : .invalid
                }
                if searching, let fold = Self.firstFold(b, at: k, v0, v1, v2) {
                    first = fold
                    searching = false
                }
                k &+= 16
            }
            return .valid
        }

        /// The first fold among the characters that end in the block at `b[i]`, or nil: a CR, the
        /// ideographic space E3 80 80, or a full-width form EF BC xx / EF BD xx that folds. A
        /// character is found by its last byte, so each is found in one block only, and the
        /// lowest found starts first.
        @inline(__always)
        private static func firstFold(
            _ b: UnsafePointer<UInt8>, at i: Int, _ v0: Lanes, _ v1: Lanes, _ v2: Lanes
        )
            -> Int?
        {
            let space = equal(v2, 0xE3) & equal(v1, 0x80) & equal(v0, 0x80)
            let form = equal(v2, 0xEF) & equal(v1 | Lanes(repeating: 1), 0xBD)
            let hits = equal(v0, 0x0D) | space | form
            guard anyFlagged(hits) else { return nil }
            // Chinese punctuation (，：（）) shares the forms' lead bytes: each hit is told in turn.
            for lane in FlaggedLanes(hits) {
                let end = i &+ lane
                if b[end] == 0x0D { return end }
                // (A block never ends the text: the byte after the character can be read.)
                let w = UInt32(littleEndian: UnsafeRawPointer(b + (end &- 2)).loadUnaligned(as: UInt32.self))
                if foldsThreeByte(w) { return end &- 2 }
            }
            return nil
        }

        /// Checks the character at `b[i]` and moves `i` past it; false when it is not valid.
        @inline(__always)
        mutating func character(_ b: UnsafePointer<UInt8>, at i: inout Int) -> Bool {
            let c = b[i]
            if c < 0x80 {
                if c == 0x0D && first == count { first = i }
                i &+= 1
                return true
            }
            nonASCII = true
            if c & 0xF0 == 0xE0 {
                guard i &+ 2 < count, b[i &+ 1] & 0xC0 == 0x80, b[i &+ 2] & 0xC0 == 0x80,
                    isValidThreeByte(c, b[i &+ 1])
                else { return false }
                if first == count && folded(b, count, at: i) != nil { first = i }
                i &+= 3
            } else if c >= 0xC2 && c <= 0xDF {
                guard i &+ 1 < count, b[i &+ 1] & 0xC0 == 0x80 else { return false }
                i &+= 2
            } else if c >= 0xF0 && c <= 0xF4 {
                guard i &+ 3 < count, b[i &+ 1] & 0xC0 == 0x80, b[i &+ 2] & 0xC0 == 0x80, b[i &+ 3] & 0xC0 == 0x80
                else { return false }
                // F0 needs 90…BF after it (no overlong form), F4 80…8F (nothing past U+10FFFF).
                if c == 0xF0 && b[i &+ 1] < 0x90 || c == 0xF4 && b[i &+ 1] >= 0x90 { return false }
                i &+= 4
            } else {
                // A continuation byte with no lead, C0 and C1 (overlong), F5…FF.
                return false
            }
            return true
        }
    }

    /// Whether the three-byte character in the low three bytes of `w` (lead first) is one that
    /// `fold` changes: the ideographic space, or a full-width form that `folds`, told by a bit
    /// (Chinese punctuation, which shares the forms' lead bytes, is most of the characters
    /// asked about).
    @inline(__always)
    private static func foldsThreeByte(_ w: UInt32) -> Bool {
        let bytes = w & 0xFF_FFFF
        if bytes == 0x80_80E3 { return true }
        // EF BC xx is U+FF00 + (xx - 80), EF BD xx U+FF40 + (xx - 80).
        guard bytes & 0xFEFF == 0xBCEF else { return false }
        // The forms that `folds`, a bit each: U+FF00 + n is bit n of the first word, U+FF40 + n
        // bit n of the second (％ ＋ － ． ／, the digits, the Latin letters).
        let forms: UInt64 = w & 0x100 == 0 ? 0x07FF_FFFE_03FF_E820 : 0x0000_0000_07FF_FFFE
        return forms &>> UInt64(w &>> 16 & 0x3F) & 1 != 0
    }

    /// Whether a three-byte character led by `lead` and then `second` (both of the right form)
    /// is a scalar: E0 needs A0…BF after it (no overlong form), ED 80…9F (no surrogate).
    @inline(__always)
    private static func isValidThreeByte(_ lead: UInt8, _ second: UInt8) -> Bool {
        !(lead == 0xE0 && second < 0xA0 || lead == 0xED && second >= 0xA0)
    }

    /// Writes `b[start...]` normalized into `out` from `start` on; the length of the result.
    /// Works on the UTF-8 bytes: the full-width forms are EF BC xx / EF BD xx, the ideographic
    /// space E3 80 80.
    private static func fold(
        _ b: UnsafePointer<UInt8>, _ count: Int, from start: Int, into out: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var i = start
        var n = start
        while i < count {
            // Eight bytes are copied whole before they are examined: the output never runs ahead
            // of the input, so bytes written past a candidate are rewritten by the next steps.
            if i + 8 <= count {
                let word = loadWord(b + i)
                UnsafeMutableRawPointer(out + n).storeBytes(of: word.littleEndian, as: UInt64.self)
                let mask = candidates(word)
                let skip = mask == 0 ? 8 : mask.trailingZeroBitCount / 8
                i += skip
                n += skip
                if mask == 0 { continue }
            } else if !isCandidate(b[i]) {
                out[n] = b[i]
                i += 1
                n += 1
                continue
            }
            if let (byte, length) = folded(b, count, at: i) {
                out[n] = byte
                i += length
            } else {
                out[n] = b[i]
                i += 1
            }
            n += 1
        }
        return n
    }

    /// The ASCII byte the character at `b[i]` folds to and how many bytes it spans, or nil when
    /// it stays. Only whole characters are folded: invalid bytes stay invalid.
    @inline(__always)
    private static func folded(_ b: UnsafePointer<UInt8>, _ count: Int, at i: Int) -> (byte: UInt8, length: Int)? {
        let c = b[i]
        if c == 0x0D { return (0x0A, i + 1 < count && b[i + 1] == 0x0A ? 2 : 1) }
        guard i + 2 < count else { return nil }
        if c == 0xEF, b[i + 1] == 0xBC || b[i + 1] == 0xBD, b[i + 2] & 0xC0 == 0x80 {
            let v = 0xFF00 + (b[i + 1] == 0xBD ? 0x40 : 0) + Int(b[i + 2]) - 0x80
            return folds(UInt32(v)) ? (UInt8(v - 0xFEE0), 3) : nil
        }
        if c == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x80 { return (0x20, 3) }
        return nil
    }

    /// The full-width forms folded to ASCII: digits, Latin letters and the signs numbers use.
    private static func folds(_ v: UInt32) -> Bool {
        (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
            || v == 0xFF05 || v == 0xFF0E || v == 0xFF0B || v == 0xFF0D || v == 0xFF0F
    }

    /// Whether `c` can start something `fold` changes: a CR, or the lead byte of a full-width
    /// form or of the ideographic space.
    @inline(__always)
    private static func isCandidate(_ c: UInt8) -> Bool {
        c == 0x0D || c == 0xEF || c == 0xE3
    }

    /// Eight bytes from `p`, the first in the lowest byte.
    @inline(__always)
    private static func loadWord(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// A word with the high bit set in each byte of `word` that `isCandidate`, or 0 when none
    /// is; the lowest flag is exact, and a flag above it may be set for a byte that is not one.
    @inline(__always)
    private static func candidates(_ word: UInt64) -> UInt64 {
        flags(below: 1, in: word ^ 0x0D0D_0D0D_0D0D_0D0D) | flags(below: 1, in: word ^ 0xEFEF_EFEF_EFEF_EFEF)
            | flags(below: 1, in: word ^ 0xE3E3_E3E3_E3E3_E3E3)
    }

    /// The high bit set in the bytes of `word` below `limit` (at most 0x80): nonzero exactly when
    /// there is one, and the lowest flag is exact, but a borrow may flag a byte above a true one.
    @inline(__always)
    private static func flags(below limit: UInt8, in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (word &- ones &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080
    }

    private static func utf16Result(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Result {
        let units = utf16Units(bytes, bigEndian: bigEndian)
        var invalidLines: [Int] = []
        var line = 1
        var i = 0
        while i < units.count {
            let unit = units[i]
            if unit == 0x0A { line += 1 }
            var valid = !UTF16.isTrailSurrogate(unit)
            if UTF16.isLeadSurrogate(unit) {
                valid = i + 1 < units.count && UTF16.isTrailSurrogate(units[i + 1])
                if valid { i += 1 }
            }
            if !valid && invalidLines.last != line { invalidLines.append(line) }
            i += 1
        }
        if bytes.count % 2 == 1 && invalidLines.last != line { invalidLines.append(line) }
        var text = String(decoding: units, as: UTF16.self)
        if bytes.count % 2 == 1 { text += "\u{FFFD}" }
        return Result(
            text: normalize(text), invalidLines: invalidLines, encoding: bigEndian ? "UTF-16BE" : "UTF-16LE")
    }

    private static func utf16Units(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt16] {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        return units
    }

    /// The byte order of text that reads as UTF-16 without a BOM (nearly every unit a printable
    /// ASCII, CJK or punctuation character, some of them ASCII), or nil when it does not.
    private static func utf16ByteOrder(_ bytes: ArraySlice<UInt8>) -> Bool? {
        let sample = bytes.prefix(8192)
        guard sample.count >= 4 else { return nil }
        for bigEndian in [false, true] {
            let units = utf16Units(sample, bigEndian: bigEndian)
            // Line breaks, digits and punctuation are ASCII: without them, pairs of ASCII or GBK
            // bytes would read as CJK units too easily.
            let ascii = units.filter { (0x09...0x7E).contains($0) }.count
            let plausible = units.filter(isLikelyTextUnit).count
            if ascii * 100 >= units.count && plausible * 100 >= units.count * 95 { return bigEndian }
        }
        return nil
    }

    private static func isLikelyTextUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0xA0...0xFF, 0x2000...0x206F, 0x2160...0x217F, 0x2460...0x24FF,
            0x25A0...0x25FF, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFE30...0xFE4F,
            0xFEFF, 0xFF00...0xFFEF:
            true
        default: false
        }
    }

    private static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.prefix(8192).withUnsafeBufferPointer { sample in
            guard let b = sample.baseAddress else { return false }
            // Text holds a control byte (a line feed) about once a line, but none that is stray:
            // the bytes that are NUL or stray are flagged sixteen at a time, and only a sample
            // that holds one is counted byte by byte.
            var stray = Lanes()
            var i = 0
            // (The sample is at most 8192 bytes: the offsets need no overflow checks.)
            while i &+ 16 <= sample.count {
                let v = UnsafeRawPointer(b + i).loadUnaligned(as: Lanes.self)
                // Below 0x20, and neither 09…0D nor 1B.
                stray |= below(0x20, v) & ~below(5, v &- Lanes(repeating: 0x09)) & ~equal(v, 0x1B)
                i &+= 16
            }
            guard anyFlagged(stray) || sample[i...].contains(where: { $0 < 0x20 && ($0 == 0 || isStrayControl($0)) })
            else { return false }
            var control = 0
            for c in sample {
                if c == 0 { return true }
                if isStrayControl(c) { control += 1 }
            }
            return control * 10 > sample.count
        }
    }

    /// Lines holding invalid UTF-8, and the share of non-ASCII bytes that are invalid.
    private static func invalidUTF8Lines(_ bytes: ArraySlice<UInt8>) -> (lines: [Int], fraction: Double) {
        var lines: [Int] = []
        var line = 1
        var i = bytes.startIndex
        var nonASCII = 0
        var bad = 0
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x0A { line += 1 }
            if b < 0x80 {
                i += 1
                continue
            }
            nonASCII += 1
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0
            var ok = length > 0 && i + length <= bytes.endIndex
            if ok {
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { ok = false }
            }
            if ok, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { ok = false }
            if ok {
                nonASCII += length - 1
                i += length
            } else {
                bad += 1
                if lines.last != line { lines.append(line) }
                i += 1
            }
        }
        return (lines, nonASCII == 0 ? 0 : Double(bad) / Double(nonASCII))
    }

    private static func looksLikeGB(_ bytes: ArraySlice<UInt8>) -> Bool {
        var pairs = 0
        var high = 0
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let b = bytes[i]
            if b >= 0x81 && b <= 0xFE {
                high += 1
                let t = bytes[i + 1]
                if (t >= 0x40 && t <= 0xFE && t != 0x7F) || (t >= 0x30 && t <= 0x39) { pairs += 1 }
                i += 2
            } else {
                i += 1
            }
        }
        return high > 0 && pairs * 10 >= high * 9
    }
}

/// Sixteen bytes, tested at once with a flag in each lane's high bit: compared with a vector
/// (`equal`), or by arithmetic where an order is asked (the processor compares bytes only as
/// signed).
private typealias Lanes = SIMD16<UInt8>

/// The high bit set in each lane of `v` at or above `t` (80…FF): a lane with the high bit
/// that loses it when 100 - `t` is added. (The other bits are not meaningful.)
@inline(__always)
private func atLeast(_ t: UInt8, _ v: Lanes) -> Lanes {
    v & ~(v &+ Lanes(repeating: 0 &- t))
}

/// The high bit set in each lane of `v` below `t` (at most 80): a lane without the high bit
/// that still has none when 80 - `t` is added.
@inline(__always)
private func below(_ t: UInt8, _ v: Lanes) -> Lanes {
    ~(v | (v &+ Lanes(repeating: 0x80 &- t)))
}

/// Every bit set in each lane of `v` equal to `c`. Compared with a vector of `c`, the lanes are
/// compared at once, by one instruction; compared with `c` itself, the library compares them
/// one at a time.
@inline(__always)
private func equal(_ v: Lanes, _ c: UInt8) -> Lanes {
    unsafeBitCast(v .== Lanes(repeating: c), to: Lanes.self)
}

/// The lanes of `v` whose high bit is set, by number, the first lane first whatever the byte
/// order: the lanes a test flagged, to be looked at one by one.
private struct FlaggedLanes: Sequence, IteratorProtocol {
    private var low: UInt64
    private var high: UInt64

    @inline(__always)
    init(_ v: Lanes) {
        let halves = unsafeBitCast(v & Lanes(repeating: 0x80), to: SIMD2<UInt64>.self)
        (low, high) = (UInt64(littleEndian: halves[0]), UInt64(littleEndian: halves[1]))
    }

    @inline(__always)
    mutating func next() -> Int? {
        if low != 0 {
            defer { low &= low &- 1 }
            return low.trailingZeroBitCount / 8
        }
        if high != 0 {
            defer { high &= high &- 1 }
            return 8 &+ high.trailingZeroBitCount / 8
        }
        return nil
    }
}

/// Whether the control byte `c` (below 0x20, not NUL) is one text does not hold: not a tab,
/// line feed, vertical tab, form feed, carriage return or escape.
@inline(__always)
private func isStrayControl(_ c: UInt8) -> Bool {
    c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)
}

/// Whether the high bit is set in a lane of `v`.
@inline(__always)
private func anyFlagged(_ v: Lanes) -> Bool {
    let halves = unsafeBitCast(v & Lanes(repeating: 0x80), to: SIMD2<UInt64>.self)
    return halves[0] | halves[1] != 0
}
