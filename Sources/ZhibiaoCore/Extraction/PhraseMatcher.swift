/// Finds the longest listed phrase that starts (or ends) at a position of a scalar array.
/// Phrases are bucketed by their first and last scalar, longest first, so a lookup touches
/// only the few phrases that could match.
struct PhraseMatcher<Value: Sendable>: Sendable {
    private var byFirst: [Unicode.Scalar: [([Unicode.Scalar], Value)]] = [:]
    private var byLast: [Unicode.Scalar: [([Unicode.Scalar], Value)]] = [:]
    /// Bit sets over the low 16 bits of the first and last scalars: most scalars of a text start
    /// no phrase, and a bit test turns them away before a dictionary lookup hashes them.
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    private var lastBits = [UInt64](repeating: 0, count: 1024)

    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries {
            let scalars = Array(phrase.unicodeScalars)
            guard let first = scalars.first, let last = scalars.last else { continue }
            byFirst[first, default: []].append((scalars, value))
            byLast[last, default: []].append((scalars, value))
            firstBits[Int(first.value & 0xFFFF) >> 6] |= 1 << (first.value & 63)
            lastBits[Int(last.value & 0xFFFF) >> 6] |= 1 << (last.value & 63)
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.0.count > $1.0.count } }
        for key in byLast.keys { byLast[key]!.sort { $0.0.count > $1.0.count } }
    }

    /// The longest phrase starting at `i` and ending at or before `end`.
    func longest(in s: [Unicode.Scalar], at i: Int, end: Int? = nil) -> (length: Int, value: Value)? {
        let limit = end ?? s.count
        guard i < limit, Self.has(s[i], in: firstBits), let candidates = byFirst[s[i]] else { return nil }
        for (phrase, value) in candidates where i + phrase.count <= limit {
            var k = 1
            while k < phrase.count && s[i + k] == phrase[k] { k += 1 }
            if k == phrase.count { return (phrase.count, value) }
        }
        return nil
    }

    /// The longest phrase ending just before `end` and starting at or after `start`.
    func longestEnding(in s: [Unicode.Scalar], before end: Int, start: Int = 0) -> (length: Int, value: Value)? {
        guard end > start, Self.has(s[end - 1], in: lastBits), let candidates = byLast[s[end - 1]] else { return nil }
        for (phrase, value) in candidates where end - phrase.count >= start {
            let base = end - phrase.count
            var k = 0
            while k < phrase.count - 1 && s[base + k] == phrase[k] { k += 1 }
            if k == phrase.count - 1 { return (phrase.count, value) }
        }
        return nil
    }

    @inline(__always)
    private static func has(_ c: Unicode.Scalar, in bits: [UInt64]) -> Bool {
        bits[Int(c.value & 0xFFFF) >> 6] & (1 << (c.value & 63)) != 0
    }

    /// Every match, scanning left to right and taking the longest phrase at each position.
    func matches(in s: [Unicode.Scalar], from start: Int = 0, to end: Int? = nil) -> [(range: Range<Int>, value: Value)] {
        let limit = end ?? s.count
        var found: [(Range<Int>, Value)] = []
        var i = start
        while i < limit {
            if let m = longest(in: s, at: i, end: limit) {
                found.append((i..<(i + m.length), m.value))
                i += m.length
            } else {
                i += 1
            }
        }
        return found
    }
}
