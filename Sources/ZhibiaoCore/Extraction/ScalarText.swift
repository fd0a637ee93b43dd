extension String {
    /// Whether two words from the data files (units, families) are the same, byte for byte: they
    /// are written in NFC, so bytes decide, while `==` on CJK text checks canonical equivalence
    /// first, a call that cost more than the rest of a naming pass.
    /// (The lengths are compared inline, and only words of one length byte by byte.)
    @inline(__always)
    func isSameWord(_ other: String) -> Bool {
        utf8.count == other.utf8.count && hasSameBytes(as: other)
    }

    /// Whether the bytes of this string and `other`, of the same length, are the same. (Compared
    /// in place: `elementsEqual` on the two UTF-8 views was not specialized and stepped through
    /// them by generic calls, some 350 instructions a word.)
    private func hasSameBytes(as other: String) -> Bool {
        let count = utf8.count
        let same = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in
                var i = 0
                while i < count && a[i] == b[i] { i += 1 }
                return i == count
            }
        }
        return same.flatMap { $0 } ?? utf8.elementsEqual(other.utf8)
    }

    /// Whether this unit is the percent sign.
    @inline(__always)
    var isPercentSign: Bool { utf8.count == 1 && utf8.first == UInt8(ascii: "%") }

    /// The text of `bytes`, which the caller has checked or made to be valid UTF-8: copied
    /// without the library checking them again (its check cost more than decoding). `isASCII`
    /// says whether every byte is ASCII, as the library would have found.
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            self = String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The text of `scalars`, encoded to UTF-8 in one pass and copied into storage of the exact
    /// size (building a `String.UnicodeScalarView` appends scalar by scalar).
    init(scalars: some Collection<Unicode.Scalar>) {
        // An array or a slice of one (every caller's) is read through its buffer: measured and
        // encoded without an index check or an iterator's for each scalar.
        if let made = scalars.withContiguousStorageIfAvailable({ String(scalarBuffer: $0) }) {
            self = made
            return
        }
        self = Array(scalars).withUnsafeBufferPointer { String(scalarBuffer: $0) }
    }

    /// `init(scalars:)` of scalars in contiguous storage. Encoded into scratch room and copied:
    /// a string made in its own storage would check its bytes again as UTF-8, and the UTF-8 of
    /// scalars is valid by construction. The room holds four bytes a scalar, the most one
    /// takes, so the scalars are encoded in one pass: measured first, each scalar's width was
    /// worked out twice.
    private init(scalarBuffer p: UnsafeBufferPointer<Unicode.Scalar>) {
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: p.count &* 4) { buffer in
            guard let out = buffer.baseAddress else { return "" }
            var i = 0
            for c in p { Self.encode(c, into: out, at: &i) }
            return String(validUTF8: UnsafeBufferPointer(rebasing: buffer[..<i]), isASCII: i == p.count)
        }
    }

    /// Writes the UTF-8 of `c` at `out[i]` and moves `i` past it; three-byte characters, most of
    /// the text, are tried first. (The storage has room for four bytes a scalar.)
    @inline(__always)
    private static func encode(_ c: Unicode.Scalar, into out: UnsafeMutablePointer<UInt8>, at i: inout Int) {
        let v = c.value
        if v &- 0x800 < 0xF800 {
            out[i] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            out[i &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
            out[i &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            i &+= 3
        } else if v < 0x80 {
            out[i] = UInt8(truncatingIfNeeded: v)
            i &+= 1
        } else if v < 0x800 {
            out[i] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            out[i &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            i &+= 2
        } else {
            out[i] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
            out[i &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
            out[i &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
            out[i &+ 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            i &+= 4
        }
    }
}

extension [Unicode.Scalar] {
    /// The scalars of `text`, decoded from its UTF-8 into storage of the exact size: the scalars
    /// are counted eight bytes at a time, then decoded in one pass. A `String`'s bytes are valid
    /// UTF-8, so the lead byte alone says how many bytes follow and every value is a scalar.
    init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { bytes in
            guard let b = bytes.baseAddress else { return [] }
            let end = bytes.count
            // Every byte but a continuation byte (10xxxxxx) starts a scalar. The flags of a word's
            // continuation bytes, one bit a byte, are summed into its top byte by the multiply.
            var count = end
            var i = 0
            while i + 8 <= end {
                let word = UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)
                let continuations = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                count &-= Int(truncatingIfNeeded: (continuations &* 0x0101_0101_0101_0101) >> 56)
                i &+= 8
            }
            while i < end {
                if b[i] & 0xC0 == 0x80 { count &-= 1 }
                i &+= 1
            }
            // Offsets stay within the byte count, so the adds need no overflow checks.
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                initialized = decodeValidUTF8(b, 0..<end, into: buffer)
            }
        }
    }
}

/// Whether `c` is a list item's number written as one character: ①–⑳, ⑴–⒇, ⒈–⒛, ❶–➓, ㈠–㈩,
/// ㊀–㊉. It numbers the item and is no part of what the item names.
@inline(__always)
func isListMark(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x2460...0x249B, 0x2776...0x2793, 0x3220...0x3229, 0x3280...0x3289: true
    default: false
    }
}

/// Whether every byte of `bytes` is ASCII, read a word at a time: Chinese text answers at its
/// first word.
func isAllASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let b = bytes.baseAddress else { return true }
    var i = 0
    while i + 8 <= bytes.count {
        if UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
        i += 8
    }
    while i < bytes.count {
        if b[i] >= 0x80 { return false }
        i += 1
    }
    return true
}

/// Decodes the valid UTF-8 (a `String`'s) of `bytes[range]` into the start of `out`, which has
/// room for it; the number of scalars. The lead byte alone says how many bytes follow, and
/// three-byte characters are tried first: Chinese characters and punctuation are most of the
/// text. In valid UTF-8 the marker bits of every byte are known, so a value is the bytes
/// shifted into place and added, less the markers' sum, rather than each byte masked first.
/// (Offsets stay within the byte count, so the adds need no overflow checks.)
@inline(__always)
func decodeValidUTF8(
    _ b: UnsafePointer<UInt8>, _ range: Range<Int>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>
) -> Int {
    decodeValidUTF8(b, range, into: out, stopsAtLineFeed: false).count
}

/// `decodeValidUTF8(_:_:into:)`, stopping before a line feed if `stopsAtLineFeed`: the number
/// of scalars, and where the decoding stopped (`range.upperBound`, a line feed's offset, or
/// past a character that `range` cuts off, which is decoded whole). A line feed is ASCII, so
/// it is looked for only where ASCII is decoded: the line's end is found in the pass that
/// decodes the line, rather than by a pass of its own before it. Lanes may be read past the
/// line feed, within `range`.
@inline(__always)
func decodeValidUTF8(
    _ b: UnsafePointer<UInt8>, _ range: Range<Int>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>,
    stopsAtLineFeed: Bool
) -> (count: Int, end: Int) {
    guard let scalars = out.baseAddress else { return (0, range.lowerBound) }
    var i = range.lowerBound
    var n = 0
    while i < range.upperBound {
        // Runs of three-byte characters are decoded four at a time, while the thirteen bytes
        // the four are read from lie in the range: each lane holds a character's bytes, lead
        // lowest, and is decoded by masks and shifts; a run shorter than four gives the lanes
        // up to its end. (All four are stored: thirteen bytes hold at least four scalars, so
        // `out` has room.) A run of ASCII is copied four bytes a turn likewise, each widened to a
        // lane, up to the first that is not ASCII (or is a line feed, where a line stops); anything
        // else is decoded alone.
        if range.upperBound &- i >= 13 {
            let lanes = threeByteLanes(b + i)
            let run = threeByteRunLength(lanes)
            if run > 0 {
                let values =
                    (lanes & SIMD4(repeating: 0x0F)) &<< 12 | (lanes &>> 2 & SIMD4(repeating: 0xFC0))
                    | (lanes &>> 16 & SIMD4(repeating: 0x3F))
                UnsafeMutableRawPointer(scalars + n).storeBytes(of: values, as: SIMD4<UInt32>.self)
                i &+= 3 &* run
                n &+= run
                // A run of fewer than four ends at a character of another width, most often ASCII
                // (a figure's digits): tried at once rather than after the lanes are read again,
                // while thirteen bytes are left as before.
                if run == 4 || range.upperBound &- i < 13 { continue }
            }
            if b[i] < 0x80 {
                // (Most runs are a number's few digits, which a loop byte by byte stored and
                // tested one at a time.)
                var ascii = 4
                repeat {
                    let word = UInt32(littleEndian: UnsafeRawPointer(b + i).loadUnaligned(as: UInt32.self))
                    ascii = asciiRunLength(word, stopsAtLineFeed: stopsAtLineFeed)
                    let widened = SIMD4<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD4<UInt8>.self))
                    UnsafeMutableRawPointer(scalars + n).storeBytes(of: widened, as: SIMD4<UInt32>.self)
                    i &+= ascii
                    n &+= ascii
                } while ascii == 4 && range.upperBound &- i >= 13
                // (A turn that found none stopped at a line feed, or at the next character.)
                if stopsAtLineFeed && ascii == 0 && b[i] == 0x0A { break }
                continue
            }
        }
        let lead = UInt32(b[i])
        if stopsAtLineFeed && lead == 0x0A { break }
        var value: UInt32
        if lead &- 0xE0 < 0x10 {
            // 1110xxxx 10xxxxxx 10xxxxxx
            value = lead &<< 12 &+ UInt32(b[i &+ 1]) &<< 6 &+ UInt32(b[i &+ 2]) &- 0xE_2080
            i &+= 3
        } else if lead < 0x80 {
            value = lead
            i &+= 1
        } else if lead < 0xE0 {
            // 110xxxxx 10xxxxxx
            value = lead &<< 6 &+ UInt32(b[i &+ 1]) &- 0x3080
            i &+= 2
        } else {
            // 11110xxx 10xxxxxx 10xxxxxx 10xxxxxx
            value =
                lead &<< 18 &+ UInt32(b[i &+ 1]) &<< 12 &+ UInt32(b[i &+ 2]) &<< 6 &+ UInt32(b[i &+ 3])
                &- 0x3C8_2080
            i &+= 4
        }
        scalars[n] = unsafeBitCast(value, to: Unicode.Scalar.self)
        n &+= 1
    }
    return (n, i)
}

/// How many of the four bytes of `word` (the first lowest) are ASCII, from the first, stopping
/// before a line feed if `stopsAtLineFeed`.
@inline(__always)
private func asciiRunLength(_ word: UInt32, stopsAtLineFeed: Bool) -> Int {
    var stops = word & 0x8080_8080
    if stopsAtLineFeed {
        // The high bit of each byte that is a line feed, and perhaps of bytes after one: the
        // lowest is exact.
        let x = word ^ 0x0A0A_0A0A
        stops |= (x &- 0x0101_0101) & ~x & 0x8080_8080
    }
    return stops == 0 ? 4 : stops.trailingZeroBitCount &>> 3
}

/// The bytes from `p`, `p + 3`, `p + 6` and `p + 9`, four to a lane, the first lowest: four
/// three-byte characters, if a run of them starts at `p`.
@inline(__always)
private func threeByteLanes(_ p: UnsafePointer<UInt8>) -> SIMD4<UInt32> {
    let raw = UnsafeRawPointer(p)
    return SIMD4(
        UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)),
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 3, as: UInt32.self)),
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 6, as: UInt32.self)),
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 9, as: UInt32.self)))
}

/// How many lanes of `lanes`, from the first, start with a three-byte lead (1110xxxx) followed
/// by two continuation bytes (10xxxxxx); a lane's fourth byte is not looked at. In valid UTF-8
/// a lead is followed by its own continuation bytes, so those lanes are one run.
@inline(__always)
private func threeByteRunLength(_ lanes: SIMD4<UInt32>) -> Int {
    let marks = lanes & SIMD4(repeating: 0xC0_C0F0) ^ SIMD4(repeating: 0x80_80E0)
    // Two lanes to a half, the first in the low 32 bits (whatever the byte order: a lane's
    // marks are zero or not either way).
    let halves = unsafeBitCast(marks, to: SIMD2<UInt64>.self)
    let first = UInt64(littleEndian: halves[0])
    let second = UInt64(littleEndian: halves[1])
    if first != 0 { return first & 0xFFFF_FFFF == 0 ? 1 : 0 }
    if second != 0 { return second & 0xFFFF_FFFF == 0 ? 3 : 2 }
    return 4
}

/// A few scalars to test membership in, decoded once from a literal (a `String`'s
/// `unicodeScalars.contains` decodes the string again on every test).
struct ScalarSet: ExpressibleByStringLiteral, Sendable {
    private let members: [Unicode.Scalar]

    init(stringLiteral text: String) {
        members = Array(text.unicodeScalars)
    }

    func contains(_ c: Unicode.Scalar) -> Bool {
        members.contains(c)
    }
}

/// The UTF-8 offset of a scalar position in a scalar array, counted on from the position asked
/// before: callers ask in order (a sentence's figures, a document's lines), so the array is
/// measured once.
struct UTF8Cursor {
    private var index = 0
    private var offset = 0

    /// The UTF-8 offset of scalar `position` of `s`. The scalars on the way are measured eight
    /// at a time: a scalar's width is 1, plus 1 for each of 0x80, 0x800 and 0x10000 it reaches,
    /// counted without branches. (Offsets stay far below `Int.max`.) Inlined: every figure asks
    /// twice, and every sentence.
    @inline(__always)
    mutating func offset(in s: [Unicode.Scalar], at position: Int) -> Int {
        let target = min(position, s.count)
        // Asked again where it stands (a sentence starts where the one before ended): nothing
        // to measure, and no call to make.
        if target == index { return offset }
        if target < index { (index, offset) = (0, 0) }
        offset = s.withUnsafeBufferPointer { Self.measure($0, from: index, to: target, adding: offset) }
        index = target
        return offset
    }

    /// `offset` plus the UTF-8 width of `s[start..<target]`. Runs of eight and more are measured
    /// eight at a time, and four of what is left at once; the last few, as most runs between two
    /// figures are short, scalar by scalar without setting up a vector. (Measured one by one,
    /// the four cost more than the vector: most runs leave some.)
    @inline(__always)
    private static func measure(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to target: Int, adding offset: Int
    ) -> Int {
        guard let base = s.baseAddress else { return offset }
        var reached = offset
        var i = start
        if target &- i >= 8 {
            let one = SIMD8<UInt32>(repeating: 1)
            var widths = SIMD8<UInt32>()
            while i + 8 <= target {
                let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<UInt32>.self)
                widths &+=
                    one &+ pointwiseMin(v &>> 7, one) &+ pointwiseMin(v &>> 11, one)
                    &+ pointwiseMin(v &>> 16, one)
                i += 8
            }
            reached &+= Int(widths.wrappedSum())
        }
        if target &- i >= 4 {
            let one = SIMD4<UInt32>(repeating: 1)
            let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD4<UInt32>.self)
            let widths =
                one &+ pointwiseMin(v &>> 7, one) &+ pointwiseMin(v &>> 11, one) &+ pointwiseMin(v &>> 16, one)
            reached &+= Int(widths.wrappedSum())
            i += 4
        }
        while i < target {
            reached &+= UTF8.width(base[i])
            i += 1
        }
        return reached
    }
}
