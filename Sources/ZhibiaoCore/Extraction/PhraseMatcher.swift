/// Finds the longest listed phrase that starts (or ends) at a position of a scalar array.
/// Phrases are bucketed by their first and last scalar, longest first, so a lookup touches
/// only the few phrases that could match.
struct PhraseMatcher<Value: Sendable>: Sendable {
    typealias Bucket = [([Unicode.Scalar], Value)]
    private var first = ScalarBuckets<Value>()
    private var last = ScalarBuckets<Value>()

    init(_ entries: [(String, Value)]) {
        var byFirst: [Unicode.Scalar: Bucket] = [:]
        var byLast: [Unicode.Scalar: Bucket] = [:]
        for (phrase, value) in entries {
            let scalars = Array(phrase.unicodeScalars)
            guard let head = scalars.first, let tail = scalars.last else { continue }
            byFirst[head, default: []].append((scalars, value))
            byLast[tail, default: []].append((scalars, value))
        }
        first = ScalarBuckets(byFirst.mapValues { $0.sorted { $0.0.count > $1.0.count } })
        last = ScalarBuckets(byLast.mapValues { $0.sorted { $0.0.count > $1.0.count } })
    }

    /// The longest phrase starting at `i` and ending at or before `end`.
    func longest(in s: [Unicode.Scalar], at i: Int, end: Int? = nil) -> (length: Int, value: Value)? {
        let limit = end ?? s.count
        guard i < limit, let candidates = first[s[i]] else { return nil }
        for (phrase, value) in candidates where i + phrase.count <= limit {
            var k = 1
            while k < phrase.count && s[i + k] == phrase[k] { k += 1 }
            if k == phrase.count { return (phrase.count, value) }
        }
        return nil
    }

    /// The longest phrase ending just before `end` and starting at or after `start`.
    func longestEnding(in s: [Unicode.Scalar], before end: Int, start: Int = 0) -> (length: Int, value: Value)? {
        guard end > start, let candidates = last[s[end - 1]] else { return nil }
        for (phrase, value) in candidates where end - phrase.count >= start {
            let base = end - phrase.count
            var k = 0
            while k < phrase.count - 1 && s[base + k] == phrase[k] { k += 1 }
            if k == phrase.count - 1 { return (phrase.count, value) }
        }
        return nil
    }

    @inline(__always)

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

/// Phrase buckets by scalar. Scalars of the Basic Multilingual Plane (all of CJK that matters)
/// find their bucket through a flat slot table, with no hashing; others through a dictionary.
struct ScalarBuckets<Value: Sendable>: Sendable {
    private var slots: [UInt16] = []
    private var buckets: [PhraseMatcher<Value>.Bucket] = []
    private var astral: [Unicode.Scalar: PhraseMatcher<Value>.Bucket] = [:]

    init() {}

    init(_ table: [Unicode.Scalar: PhraseMatcher<Value>.Bucket]) {
        slots = [UInt16](repeating: 0, count: table.isEmpty ? 0 : 0x10000)
        for (scalar, bucket) in table {
            if scalar.value < 0x10000 && buckets.count < Int(UInt16.max) {
                buckets.append(bucket)
                slots[Int(scalar.value)] = UInt16(buckets.count)
            } else {
                astral[scalar] = bucket
            }
        }
    }

    subscript(_ scalar: Unicode.Scalar) -> PhraseMatcher<Value>.Bucket? {
        let v = scalar.value
        if v < 0x10000 {
            guard !slots.isEmpty else { return nil }
            let slot = slots[Int(v)]
            return slot == 0 ? nil : buckets[Int(slot) - 1]
        }
        return astral.isEmpty ? nil : astral[scalar]
    }
}
