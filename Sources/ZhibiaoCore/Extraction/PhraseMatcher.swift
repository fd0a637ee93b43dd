/// Finds the longest listed phrase that starts (or ends) at a position of a scalar array.
/// Phrases are bucketed by their first and last scalar, longest first, so a lookup touches
/// only the few phrases that could match. A class, built once per lexicon: passing one around
/// counts one reference, not one for each of its tables.
final class PhraseMatcher<Value: Sendable>: Sendable {
    typealias Bucket = [([Unicode.Scalar], Value)]
    private let first: ScalarBuckets<Value>
    private let last: ScalarBuckets<Value>
    /// One bit per scalar of the Basic Multilingual Plane: whether a phrase starts (ends) with it.
    /// Most text starts no phrase, and the bit answers that without a call.
    private let starts: ScalarBits
    private let ends: ScalarBits
    /// First scalars of one-scalar phrases, and a hashed bit for each phrase's first two
    /// scalars: a scalar that starts a phrase is mostly followed by one that does not go on.
    private let singles: ScalarBits
    private let pairs: PairBits

    /// Whether no phrase was listed.
    var isEmpty: Bool { first.isEmpty }

    init(_ entries: [(String, Value)]) {
        var phrases: Bucket = []
        phrases.reserveCapacity(entries.count)
        var starts = ScalarBits()
        var ends = ScalarBits()
        var singles = ScalarBits()
        var pairs = PairBits()
        for (phrase, value) in entries {
            let scalars = Array(phrase.unicodeScalars)
            guard let head = scalars.first, let tail = scalars.last else { continue }
            phrases.append((scalars, value))
            starts.insert(head)
            ends.insert(tail)
            if scalars.count == 1 { singles.insert(head) } else { pairs.insert(head, scalars[1]) }
        }
        first = ScalarBuckets(Self.buckets(of: phrases, by: { $0[0] }))
        last = ScalarBuckets(Self.buckets(of: phrases, by: { $0[$0.count - 1] }))
        self.starts = starts
        self.ends = ends
        self.singles = singles
        self.pairs = pairs
    }

    /// The phrases grouped by one of their scalars, each group in listing order and then longest
    /// first. Grouped after sorting, so that each bucket is made once at its size: growing
    /// buckets an entry at a time was most of start-up's work on the word lists.
    private static func buckets(
        of phrases: Bucket, by key: ([Unicode.Scalar]) -> Unicode.Scalar
    ) -> [Unicode.Scalar: Bucket] {
        let keys = phrases.map { key($0.0).value }
        let order = phrases.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        var table: [Unicode.Scalar: Bucket] = [:]
        table.reserveCapacity(phrases.count)
        var i = 0
        while i < order.count {
            let k = keys[order[i]]
            var j = i + 1
            while j < order.count && keys[order[j]] == k { j += 1 }
            var bucket: Bucket = []
            bucket.reserveCapacity(j - i)
            for n in i..<j { bucket.append(phrases[order[n]]) }
            table[key(bucket[0].0)] = longestFirst(bucket)
            i = j
        }
        return table
    }

    /// A bucket ordered longest phrase first (most buckets hold one phrase: no sort for them).
    private static func longestFirst(_ bucket: Bucket) -> Bucket {
        bucket.count < 2 ? bucket : bucket.sorted { $0.0.count > $1.0.count }
    }

    /// The longest phrase starting at `i` and ending at or before `end`.
    @inline(__always)
    func longest(in s: [Unicode.Scalar], at i: Int, end: Int? = nil) -> (length: Int, value: Value)? {
        let limit = end ?? s.count
        guard i < limit, starts.mayContain(s[i]) else { return nil }
        guard singles.mayContain(s[i]) || i + 1 < limit && pairs.mayContain(s[i], s[i + 1]) else { return nil }
        return longestListed(in: s, at: i, limit: limit)
    }

    private func longestListed(in s: [Unicode.Scalar], at i: Int, limit: Int) -> (length: Int, value: Value)? {
        guard let candidates = first[s[i]] else { return nil }
        for (phrase, value) in candidates where i + phrase.count <= limit {
            var k = 1
            while k < phrase.count && s[i + k] == phrase[k] { k += 1 }
            if k == phrase.count { return (phrase.count, value) }
        }
        return nil
    }

    /// The longest phrase ending just before `end` and starting at or after `start`.
    @inline(__always)
    func longestEnding(in s: [Unicode.Scalar], before end: Int, start: Int = 0) -> (length: Int, value: Value)? {
        guard end > start, ends.mayContain(s[end - 1]) else { return nil }
        return longestListedEnding(in: s, before: end, start: start)
    }

    private func longestListedEnding(
        in s: [Unicode.Scalar], before end: Int, start: Int
    ) -> (
        length: Int, value: Value
    )? {
        guard let candidates = last[s[end - 1]] else { return nil }
        for (phrase, value) in candidates where end - phrase.count >= start {
            let base = end - phrase.count
            var k = 0
            while k < phrase.count - 1 && s[base + k] == phrase[k] { k += 1 }
            if k == phrase.count - 1 { return (phrase.count, value) }
        }
        return nil
    }

    /// Every match, scanning left to right and taking the longest phrase at each position.
    func matches(in s: [Unicode.Scalar]) -> [(range: Range<Int>, value: Value)] {
        var found: [(Range<Int>, Value)] = []
        var i = 0
        while i < s.count {
            if let m = longest(in: s, at: i) {
                found.append((i..<(i + m.length), m.value))
                i += m.length
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether any listed phrase occurs in `s` (as `matches(in:)` would find one).
    func occurs(in s: [Unicode.Scalar]) -> Bool {
        // A plain loop: through a closure the check at each position was not inlined.
        var i = 0
        while i < s.count {
            if longest(in: s, at: i) != nil { return true }
            i += 1
        }
        return false
    }
}

/// A set of scalars as bits for the Basic Multilingual Plane; scalars beyond it are always
/// "maybe" (the buckets answer for them).
struct ScalarBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)

    mutating func insert(_ c: Unicode.Scalar) {
        let v = Int(c.value)
        if v < 0x10000 { words[v >> 6] |= 1 << UInt64(v & 63) }
    }

    @inline(__always)
    func mayContain(_ c: Unicode.Scalar) -> Bool {
        let v = Int(c.value)
        guard v < 0x10000 else { return true }
        return words[v >> 6] & (1 << UInt64(v & 63)) != 0
    }
}

/// Pairs of scalars as bits of a 64K-bit table by a hash of the two: "no" is certain, "maybe"
/// is checked against the phrases.
struct PairBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)

    @inline(__always)
    private static func slot(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int((a.value &* 0x9E37_79B1 ^ b.value &* 0x85EB_CA77) >> 16 & 0xFFFF)
    }

    mutating func insert(_ a: Unicode.Scalar, _ b: Unicode.Scalar) {
        let k = Self.slot(a, b)
        words[k >> 6] |= 1 << UInt64(k & 63)
    }

    @inline(__always)
    func mayContain(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let k = Self.slot(a, b)
        return words[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}

/// Phrase buckets by scalar, found with no hashing: a page of 256 slots for each high byte of
/// the Basic Multilingual Plane that any phrase uses (all of CJK that matters), a dictionary for
/// scalars beyond it.
struct ScalarBuckets<Value: Sendable>: Sendable {
    private var pages: [[UInt16]] = []
    /// Page index + 1 for each high byte (0: no phrase starts there).
    private var pageOf = [UInt8](repeating: 0, count: 256)
    private var buckets: [PhraseMatcher<Value>.Bucket] = []
    private var astral: [Unicode.Scalar: PhraseMatcher<Value>.Bucket] = [:]

    init() {}

    var isEmpty: Bool { buckets.isEmpty && astral.isEmpty }

    init(_ table: [Unicode.Scalar: PhraseMatcher<Value>.Bucket]) {
        for (scalar, bucket) in table {
            let v = Int(scalar.value)
            guard v < 0x10000, buckets.count < Int(UInt16.max), pages.count < 255 || pageOf[v >> 8] != 0 else {
                astral[scalar] = bucket
                continue
            }
            if pageOf[v >> 8] == 0 {
                pages.append([UInt16](repeating: 0, count: 256))
                pageOf[v >> 8] = UInt8(pages.count)
            }
            buckets.append(bucket)
            pages[Int(pageOf[v >> 8]) - 1][v & 0xFF] = UInt16(buckets.count)
        }
    }

    subscript(_ scalar: Unicode.Scalar) -> PhraseMatcher<Value>.Bucket? {
        let v = Int(scalar.value)
        if v < 0x10000 {
            let page = pageOf[v >> 8]
            if page != 0 {
                let slot = pages[Int(page) - 1][v & 0xFF]
                if slot != 0 { return buckets[Int(slot) - 1] }
            }
        }
        return astral.isEmpty ? nil : astral[scalar]
    }
}
