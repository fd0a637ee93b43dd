/// Turns a file's bytes into normalized article text: UTF-8 (BOM allowed) or UTF-16 with a BOM;
/// full-width digits, Latin letters and number punctuation folded to ASCII; CRLF to LF.
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
        /// 1-based lines that held invalid UTF-8 (replaced by U+FFFD).
        public var invalidLines: [Int]
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Result {
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return Result(text: normalize(utf16(bytes.dropFirst(2), bigEndian: false)), invalidLines: [])
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return Result(text: normalize(utf16(bytes.dropFirst(2), bigEndian: true)), invalidLines: [])
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if looksBinary(body) { throw .binary }
        // Valid UTF-8, the usual case, is checked in one pass; only invalid text is examined
        // byte by byte for the lines to report.
        if let valid = String(validating: body, as: UTF8.self) {
            return Result(text: normalize(valid), invalidLines: [])
        }
        let invalid = invalidUTF8Lines(body)
        if !invalid.lines.isEmpty && invalid.fraction > 0.2 {
            throw .unsupportedEncoding(looksLikeGB(body) ? "GB18030/GBK" : "an encoding other than UTF-8")
        }
        let text = String(decoding: body, as: UTF8.self)
        return Result(text: normalize(text), invalidLines: invalid.lines)
    }

    /// Folds full-width ASCII forms (U+FF01…U+FF5E) to ASCII for digits, letters and the signs
    /// numbers use; keeps Chinese punctuation (，。；：（）) as written; CRLF and CR become LF.
    public static func normalize(_ text: String) -> String {
        if !needsNormalizing(text) { return text }
        // Works on the UTF-8 bytes: the full-width forms are EF BC xx / EF BD xx, the
        // ideographic space E3 80 80.
        var out: [UInt8] = []
        var text = text
        text.withUTF8 { b in
            out.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                let c = b[i]
                if c == 0x0D {
                    out.append(0x0A)
                    i += i + 1 < b.count && b[i + 1] == 0x0A ? 2 : 1
                    continue
                }
                if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBC || b[i + 1] == 0xBD {
                    let v = 0xFF00 + (b[i + 1] == 0xBD ? 0x40 : 0) + Int(b[i + 2]) - 0x80
                    if folds(UInt32(v)) {
                        out.append(UInt8(v - 0xFEE0))
                        i += 3
                        continue
                    }
                }
                if c == 0xE3, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x80 {
                    out.append(0x20)
                    i += 3
                    continue
                }
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The full-width forms folded to ASCII: digits, Latin letters and the signs numbers use.
    private static func folds(_ v: UInt32) -> Bool {
        (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
            || v == 0xFF05 || v == 0xFF0E || v == 0xFF0B || v == 0xFF0D || v == 0xFF0F
    }

    /// Whether `text` holds a CR, a full-width form (U+FF00…U+FF5F) or an ideographic space,
    /// found on the UTF-8 bytes without decoding.
    private static func needsNormalizing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0D { return true }
                if b == 0xEF, i + 1 < bytes.count, bytes[i + 1] == 0xBC || bytes[i + 1] == 0xBD { return true }
                if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return true }
                i += 1
            }
            return false
        }
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(8192)
        var control = 0
        for b in sample {
            if b == 0 { return true }
            if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { control += 1 }
        }
        return !sample.isEmpty && control * 10 > sample.count
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
        var pairs = 0, high = 0
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
