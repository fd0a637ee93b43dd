/// Finds the longest listed phrase that starts (or ends) at a position of a scalar array.
/// Phrases are bucketed by their first two and last two scalars, longest first, so a lookup
/// touches only the few phrases that could match. A class, built once per lexicon: passing one around
/// counts one reference, not one for each of its tables.
///
/// The buckets are flat runs of numbers (`PhraseIndex`), not arrays of (phrase, value) pairs:
/// looking through a bucket then copies nothing and counts no references, and only the value
/// of the phrase found is read.
final class PhraseMatcher<Value: Sendable>: Sendable {
    /// The values in listing order; a bucket's records hold their index.
    private let values: [Value]
    private let first: PhraseIndex
    private let last: PhraseIndex
    /// One bit per scalar of the Basic Multilingual Plane: whether a phrase starts (ends) with it.
    /// Most text starts no phrase, and the bit answers that without a call.
    private let starts: ScalarBits
    private let ends: ScalarBits
    /// First scalars of one-scalar phrases, and a hashed bit for each phrase's first two
    /// scalars: a scalar that starts a phrase is mostly followed by one that does not go on.
    private let singles: ScalarBits
    private let pairs: PairBits
    /// The same for the last two scalars, for `longestEnding`.
    private let endPairs: PairBits
    /// The first and second scalars of every phrase, when none is a single scalar: a phrase then
    /// covers two neighbouring positions, one of them odd and one even, and a scan may test
    /// every other scalar against these before it asks about the two there (`nextCandidate`).
    private let heads: ScalarBits
    private let everyOther: Bool

    /// Whether no phrase was listed.
    var isEmpty: Bool { values.isEmpty }

    init(_ entries: [(String, Value)]) {
        var phrases: [[Unicode.Scalar]] = []
        var values: [Value] = []
        phrases.reserveCapacity(entries.count)
        values.reserveCapacity(entries.count)
        var starts = ScalarBits()
        var ends = ScalarBits()
        var singles = ScalarBits()
        var pairs = PairBits()
        var endPairs = PairBits()
        var heads = ScalarBits()
        var everyOther = true
        for (phrase, value) in entries {
            let scalars = Array(phrase.unicodeScalars)
            guard let head = scalars.first, let tail = scalars.last else { continue }
            phrases.append(scalars)
            values.append(value)
            starts.insert(head)
            ends.insert(tail)
            if scalars.count == 1 {
                singles.insert(head)
                everyOther = false
            } else {
                heads.insert(head)
                heads.insert(scalars[1])
                pairs.insert(head, scalars[1])
                endPairs.insert(scalars[scalars.count - 2], tail)
            }
        }
        self.values = values
        first = PhraseIndex(phrases, by: .first)
        last = PhraseIndex(phrases, by: .last)
        self.starts = starts
        self.ends = ends
        self.singles = singles
        self.pairs = pairs
        self.endPairs = endPairs
        self.heads = heads
        self.everyOther = everyOther
    }

    /// The longest phrase starting at `i` and ending at or before `end`.
    @inline(__always)
    func longest(in s: [Unicode.Scalar], at i: Int, end: Int? = nil) -> (length: Int, value: Value)? {
        guard let found = longestIndex(in: s, at: i, end: end) else { return nil }
        return (found.length, values[found.index])
    }

    /// The longest phrase starting at `i` and ending at or before `end`, as its length and the
    /// index of its value (read with `value(at:)`).
    @inline(__always)
    func longestIndex(in s: [Unicode.Scalar], at i: Int, end: Int? = nil) -> (length: Int, index: Int)? {
        let limit = end ?? s.count
        guard mayStart(in: s, at: i, limit: limit) else { return nil }
        return first.longestStarting(in: s, at: i, limit: limit)
    }

    /// Whether a listed phrase ending by `limit` may start at `i` (when not, `longestIndex`
    /// finds none): its scalar starts one, and is a one-scalar phrase or is followed by a
    /// scalar a phrase starting with it goes on with.
    @inline(__always)
    func mayStart(in s: [Unicode.Scalar], at i: Int, limit: Int) -> Bool {
        guard i < limit, starts.mayContain(s[i]) else { return false }
        return singles.mayContain(s[i]) || i + 1 < limit && pairs.mayContain(s[i], s[i + 1])
    }

    /// The first position from `i` (before `end`) where a listed phrase may start, or `end`:
    /// where the list's own scans stop (testing every other scalar for a list without one-scalar
    /// phrases). A phrase of two scalars or more is looked for only where it ends by `end`.
    func nextPossibleStart(in s: [Unicode.Scalar], from i: Int, to end: Int) -> Int {
        nextCandidate(in: s, from: i, to: end)
    }

    /// The scalars a listed phrase may start with, for a scan that looks for them and for
    /// scalars of its own in one test (`PeriodReader`).
    var startBits: ScalarBits { starts }

    /// The first position from `i` (before `end`) of `buffer` where a listed phrase may start,
    /// or `end`: `ScalarBits.firstMember` over the phrases' first scalars.
    @inline(__always)
    func firstPossibleStart(in buffer: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, to end: Int) -> Int {
        starts.firstMember(in: buffer, from: i, to: end)
    }

    /// Whether a listed phrase may start with `c` (when not, none does).
    @inline(__always)
    func mayStart(_ c: Unicode.Scalar) -> Bool { starts.mayContain(c) }

    /// The value of the phrase `longestIndex` found.
    @inline(__always)
    func value(at index: Int) -> Value { values[index] }

    /// The longest phrase ending just before `end` and starting at or after `start`.
    @inline(__always)
    func longestEnding(in s: [Unicode.Scalar], before end: Int, start: Int = 0) -> (length: Int, value: Value)? {
        guard let found = longestEndingIndex(in: s, before: end, start: start) else { return nil }
        return (found.length, values[found.index])
    }

    /// The length of `longestEnding(in:before:start:)`, its value not read: a caller that needs
    /// the length alone counts no reference to a value.
    @inline(__always)
    func longestEndingLength(in s: [Unicode.Scalar], before end: Int, start: Int = 0) -> Int? {
        longestEndingIndex(in: s, before: end, start: start)?.length
    }

    /// The longest phrase ending just before `end`, by its length and index, told first by the
    /// scalars phrases end with.
    @inline(__always)
    private func longestEndingIndex(in s: [Unicode.Scalar], before end: Int, start: Int) -> (length: Int, index: Int)? {
        guard end > start, ends.mayContain(s[end - 1]) else { return nil }
        guard singles.mayContain(s[end - 1]) || end - 1 > start && endPairs.mayContain(s[end - 2], s[end - 1]) else {
            return nil
        }
        return last.longestEnding(in: s, before: end, start: start)
    }

    /// Every match, scanning left to right and taking the longest phrase at each position.
    func matches(in s: [Unicode.Scalar]) -> [(range: Range<Int>, value: Value)] {
        var found: [(Range<Int>, Value)] = []
        forEachMatch(in: s) { range, index in found.append((range, values[index])) }
        return found
    }

    /// Calls `body` with each match `matches(in:)` finds, in order, and the index of its value
    /// (read with `value(at:)`), gathering none: readers that add up what they find (a text's
    /// sector keywords) need no list.
    @inline(__always)
    func forEachMatch(in s: [Unicode.Scalar], _ body: (_ range: Range<Int>, _ index: Int) -> Void) {
        var i = 0
        while i < s.count {
            i = nextCandidate(in: s, from: i, to: s.count)
            guard i < s.count else { break }
            if let m = first.longestStartingInline(in: s, at: i, limit: s.count) {
                body(i..<(i + m.length), m.index)
                i += m.length
            } else {
                i += 1
            }
        }
    }

    /// Whether one of the matches `matches(in: Array(s[range]))` would find has a value that
    /// `accepts`, without the copy or the list; it stops at the first that does.
    func anyMatch(in s: [Unicode.Scalar], within range: Range<Int>, where accepts: (Value) -> Bool) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            i = nextCandidate(in: s, from: i, to: range.upperBound)
            guard i < range.upperBound else { break }
            if let m = first.longestStarting(in: s, at: i, limit: range.upperBound) {
                if accepts(values[m.index]) { return true }
                i += m.length
            } else {
                i += 1
            }
        }
        return false
    }

    /// Whether any listed phrase occurs in `s` (as `matches(in:)` would find one).
    func occurs(in s: [Unicode.Scalar]) -> Bool {
        occurs(in: s, within: 0..<s.count)
    }

    /// Whether any listed phrase occurs wholly inside `range` of `s`: the same answer as
    /// `occurs(in: Array(s[range]))`, without the copy.
    func occurs(in s: [Unicode.Scalar], within range: Range<Int>) -> Bool {
        // A plain loop: through a closure the check at each position was not inlined.
        var i = range.lowerBound
        while i < range.upperBound {
            i = nextCandidate(in: s, from: i, to: range.upperBound)
            guard i < range.upperBound else { break }
            if first.longestStarting(in: s, at: i, limit: range.upperBound) != nil { return true }
            i += 1
        }
        return false
    }

    /// The first position from `i` (before `end`) where a listed phrase may start, or `end`:
    /// its scalar starts one, and is a one-scalar phrase or is followed by a scalar that a
    /// phrase starting with it goes on with (`longestIndex` asks the same). Asked here, a scalar
    /// that starts phrases but none of them there costs the scans no turn of their own loops.
    @inline(__always)
    private func nextCandidate(in s: [Unicode.Scalar], from i: Int, to end: Int) -> Int {
        s.withUnsafeBufferPointer { buffer in
            /// Whether a phrase of two or more scalars may start at `k`.
            @inline(__always)
            func pairStarts(_ k: Int) -> Bool {
                starts.mayContain(buffer[k]) && k &+ 1 < end && pairs.mayContain(buffer[k], buffer[k &+ 1])
            }
            if everyOther {
                // Half the scalars are tested: a phrase starting at k - 1 or k holds the scalar
                // at k as its second or first, and one starting at i is found from i + 1. (A
                // scalar at `end` - 1 that no odd step reaches starts no phrase of two.)
                var k = i &+ 1
                while true {
                    k = heads.firstMemberEveryOther(in: buffer, from: k, to: end)
                    guard k < end else { return end }
                    if pairStarts(k &- 1) { return k &- 1 }
                    if pairStarts(k) { return k }
                    k &+= 2
                }
            }
            // Asked within the scan's loop: where a list's first scalars are common (the sector
            // keywords start with some 240, a quarter of a text's scalars), leaving the loop at
            // each of them and coming back cost more than the test.
            return starts.firstMember(in: buffer, from: i, to: end) { k in
                singles.mayContain(buffer[k]) || k &+ 1 < end && pairs.mayContain(buffer[k], buffer[k &+ 1])
            }
        }
    }
}

/// Phrases bucketed by the two scalars at one end (the first two, or the last two), one-scalar
/// phrases by their scalar alone, as flat runs of numbers: a bucket is its end, then one record
/// per phrase, longest first and in listing order among equals: the phrase's length, the index
/// of its value, its scalars. A phrase that matches at a position is in the bucket of the two
/// scalars there, or is the one-scalar phrase there: a lookup reads one short bucket, where a
/// bucket by one scalar (万 starts some twenty units) was walked phrase by phrase.
struct PhraseIndex: Sendable {
    /// Which end of a phrase its bucket is keyed by.
    enum End { case first, last }

    /// Stands for the missing scalar in the key of a one-scalar phrase (no scalar is this large).
    private static let none: UInt32 = 0x11_0000
    /// An open-addressed table of the buckets: the key of each slot, and where its bucket
    /// starts in `records` + 1 (0: an empty slot).
    private var keys: [UInt64]
    private var slots: [UInt32]
    private var shift: UInt64
    private var records: [UInt32] = []

    /// `phrases` (none empty) bucketed by their `end`.
    init(_ phrases: [[Unicode.Scalar]], by end: End) {
        let keys = phrases.map { phrase -> UInt64 in
            let n = phrase.count
            switch (end, n) {
            case (.first, 1), (.last, 1): return Self.key(phrase[0].value, Self.none)
            case (.first, _): return Self.key(phrase[0].value, phrase[1].value)
            case (.last, _): return Self.key(phrase[n - 2].value, phrase[n - 1].value)
            }
        }
        // Sorted by key, listing order among equal keys, so that each bucket is written once.
        let order = phrases.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        var bucketCount = 0
        for (n, k) in order.enumerated() where n == 0 || keys[order[n - 1]] != k { bucketCount += 1 }
        var bits: UInt64 = 3
        while 1 << bits < 2 * bucketCount { bits += 1 }
        self.keys = [UInt64](repeating: 0, count: 1 << bits)
        slots = [UInt32](repeating: 0, count: 1 << bits)
        shift = 64 - bits
        records.reserveCapacity(phrases.reduce(0) { $0 + $1.count + 2 } + bucketCount)
        var i = 0
        while i < order.count {
            let k = keys[order[i]]
            var j = i + 1
            while j < order.count && keys[order[j]] == k { j += 1 }
            // Longest first, and in listing order among equal lengths (said, not left to the
            // sort), so the first listed of two equal phrases wins, as it always has.
            let bucket = order[i..<j].sorted {
                phrases[$0].count != phrases[$1].count ? phrases[$0].count > phrases[$1].count : $0 < $1
            }
            let start = records.count
            records.append(0)
            for n in bucket {
                records.append(UInt32(phrases[n].count))
                records.append(UInt32(n))
                for c in phrases[n] { records.append(c.value) }
            }
            records[start] = UInt32(records.count)
            var h = slot(of: k)
            while slots[h] != 0 { h = (h + 1) & (slots.count - 1) }
            self.keys[h] = k
            slots[h] = UInt32(start + 1)
            i = j
        }
    }

    @inline(__always)
    private static func key(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    @inline(__always)
    private func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift) }

    /// Where the bucket of the scalars `a` `b` starts in `records`, if there is one.
    @inline(__always)
    private func bucket(_ a: UInt32, _ b: UInt32) -> Int? {
        let key = Self.key(a, b)
        var h = slot(of: key)
        // Unchecked: `slot(of:)` and the mask keep h within the table.
        return keys.withUnsafeBufferPointer { keys in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let start = slots[h]
                    if start == 0 { return nil }
                    if keys[h] == key { return Int(start) - 1 }
                    h = (h &+ 1) & (slots.count &- 1)
                }
            }
        }
    }

    /// The longest phrase that starts at `i` and ends by `limit` (`i` < `limit`).
    func longestStarting(in s: [Unicode.Scalar], at i: Int, limit: Int) -> (length: Int, index: Int)? {
        longestStartingInline(in: s, at: i, limit: limit)
    }

    /// `longestStarting(in:at:limit:)`, inlined in the scans of a whole text for every match
    /// (`PhraseMatcher.forEachMatch`): a block's sector keywords are looked up at every
    /// position that may start one, and the call, with its arguments and frame, was a fifth
    /// of each lookup.
    @inline(__always)
    fileprivate func longestStartingInline(
        in s: [Unicode.Scalar], at i: Int, limit: Int
    ) -> (length: Int, index: Int)? {
        // (No phrase runs past the text: a limit beyond it reads no further.)
        let limit = min(limit, s.count)
        let a = s[i].value
        if i + 1 < limit, let start = bucket(a, s[i + 1].value) {
            // Read without bounds checks, as this is the inner loop of every phrase lookup: a
            // phrase is compared only when it ends by `limit`, within the text, and `init`
            // wrote every record read. Positions are added without an overflow check: each is
            // an index of the text or of the records, far from the largest Int.
            let found = records.withUnsafeBufferPointer { records in
                s.withUnsafeBufferPointer { s -> (length: Int, index: Int)? in
                    let end = Int(records[start])
                    var r = start + 1
                    while r < end {
                        let length = Int(records[r])
                        if i &+ length <= limit {
                            var k = 2
                            while k < length && s[i &+ k].value == records[r &+ 2 &+ k] { k &+= 1 }
                            if k >= length { return (length, Int(records[r + 1])) }
                        }
                        r &+= 2 &+ length
                    }
                    return nil
                }
            }
            if let found { return found }
        }
        if let one = bucket(a, Self.none) { return (1, Int(records[one + 2])) }
        return nil
    }

    /// The longest phrase that ends just before `end` and starts at or after `start` (`start`
    /// < `end`).
    func longestEnding(in s: [Unicode.Scalar], before end: Int, start: Int) -> (length: Int, index: Int)? {
        let b = s[end - 1].value
        // (No phrase starts before the text: a start before it reads no further.)
        let start = max(start, 0)
        if end - 2 >= start, let first = bucket(s[end - 2].value, b) {
            // Unchecked as in `longestStarting`: a phrase is compared only when it starts at or
            // after `start`, within the text, and ends before `end`, which was read above.
            let found = records.withUnsafeBufferPointer { records in
                s.withUnsafeBufferPointer { s -> (length: Int, index: Int)? in
                    let stop = Int(records[first])
                    var r = first + 1
                    while r < stop {
                        let length = Int(records[r])
                        let base = end &- length
                        if base >= start {
                            var k = 0
                            while k < length &- 2 && s[base &+ k].value == records[r &+ 2 &+ k] { k &+= 1 }
                            if k >= length - 2 { return (length, Int(records[r + 1])) }
                        }
                        r &+= 2 &+ length
                    }
                    return nil
                }
            }
            if let found { return found }
        }
        if let one = bucket(b, Self.none) { return (1, Int(records[one + 2])) }
        return nil
    }
}

/// A set of scalars as bits, one for each scalar of the Basic Multilingual Plane: "no" is
/// certain, "maybe" is checked against the phrases. A scalar beyond the plane is kept, and
/// asked about, by the bit its low sixteen bits name, which it shares with a scalar of the
/// plane: both are then "maybe".
struct ScalarBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)

    init() {}

    /// The scalars of `members`, which must all lie in the Basic Multilingual Plane for
    /// `contains` to answer exactly.
    init(_ members: String) {
        self.init(members.unicodeScalars)
    }

    init(_ members: some Sequence<Unicode.Scalar>) {
        for c in members {
            precondition(c.value < 0x10000, "ScalarBits members lie in the Basic Multilingual Plane")
            insert(c)
        }
    }

    /// Whether `c` is a member, for a set made of scalars of the Basic Multilingual Plane only
    /// (`init(_:)`): one load and a mask, where a `Set` hashes the scalar.
    @inline(__always)
    func contains(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x10000 && mayContain(c)
    }

    mutating func insert(_ c: Unicode.Scalar) {
        let v = Int(c.value)
        words[(v >> 6) & 0x3FF] |= 1 << UInt64(v & 63)
    }

    /// Adds every member of `other`, so that one test asks what several sets were asked in turn.
    mutating func formUnion(_ other: ScalarBits) {
        for k in words.indices { words[k] |= other.words[k] }
    }

    /// Whether `c` may be a member of the set whose words are `words`: the test the scans below
    /// make at each position they ask about. (Unchecked: the mask keeps the index within the 1024
    /// words.)
    @inline(__always)
    private static func member(_ c: Unicode.Scalar, of words: UnsafeBufferPointer<UInt64>) -> Bool {
        let v = Int(c.value)
        return words[(v &>> 6) & 0x3FF] & (1 &<< UInt64(v & 63)) != 0
    }

    /// The first position from `i` (before `end`) of `buffer` whose scalar may be a member, or
    /// `end`. Most text starts no phrase: a loop of its own over the buffer, with the position
    /// and the table in registers, passes over it in a few instructions a scalar; four scalars
    /// a turn, each tested on its own in order, as the loop's count and test were a quarter of
    /// the instructions a scalar.
    @inline(__always)
    func firstMember(in buffer: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, to end: Int) -> Int {
        words.withUnsafeBufferPointer { words in
            @inline(__always) func member(_ k: Int) -> Bool { Self.member(buffer[k], of: words) }
            var k = i
            while k &+ 4 <= end {
                if member(k) { return k }
                if member(k &+ 1) { return k &+ 1 }
                if member(k &+ 2) { return k &+ 2 }
                if member(k &+ 3) { return k &+ 3 }
                k &+= 4
            }
            while k < end && !member(k) { k &+= 1 }
            return k
        }
    }

    /// `firstMember`, passing also over the members where `accepts` is false: the first
    /// position from `i` (before `end`) whose scalar may be a member and that `accepts`, or
    /// `end`.
    @inline(__always)
    func firstMember(
        in buffer: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, to end: Int, where accepts: (Int) -> Bool
    ) -> Int {
        words.withUnsafeBufferPointer { words in
            @inline(__always) func member(_ k: Int) -> Bool { Self.member(buffer[k], of: words) }
            var k = i
            while k &+ 4 <= end {
                if member(k) && accepts(k) { return k }
                if member(k &+ 1) && accepts(k &+ 1) { return k &+ 1 }
                if member(k &+ 2) && accepts(k &+ 2) { return k &+ 2 }
                if member(k &+ 3) && accepts(k &+ 3) { return k &+ 3 }
                k &+= 4
            }
            while k < end && !(member(k) && accepts(k)) { k &+= 1 }
            return k
        }
    }

    /// `firstMember` of every other position: the first of `i`, `i` + 2, `i` + 4 … before `end`
    /// whose scalar may be a member, or a position at or past `end`. The scan for phrases of
    /// two scalars or more (`PhraseMatcher.nextCandidate`) asks only every other scalar; four
    /// of them a turn, as in `firstMember`, the loop's count and test were a third of its
    /// instructions.
    @inline(__always)
    func firstMemberEveryOther(in buffer: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, to end: Int) -> Int {
        words.withUnsafeBufferPointer { words in
            @inline(__always) func member(_ k: Int) -> Bool { Self.member(buffer[k], of: words) }
            var k = i
            while k &+ 6 < end {
                if member(k) { return k }
                if member(k &+ 2) { return k &+ 2 }
                if member(k &+ 4) { return k &+ 4 }
                if member(k &+ 6) { return k &+ 6 }
                k &+= 8
            }
            while k < end && !member(k) { k &+= 2 }
            return k
        }
    }

    @inline(__always)
    func mayContain(_ c: Unicode.Scalar) -> Bool {
        let v = Int(c.value)
        // Unchecked: the mask keeps the index within the 1024 words. Every scalar of a text is
        // tested here: the bounds check was a third of the test, and the test for a scalar
        // beyond the plane, which the mask makes needless, a fifth of what was left.
        let word = words.withUnsafeBufferPointer { $0[(v &>> 6) & 0x3FF] }
        return word & (1 &<< UInt64(v & 63)) != 0
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
        // Unchecked: a slot is below 0x10000, so k >> 6 is within the 1024 words.
        let word = words.withUnsafeBufferPointer { $0[k &>> 6] }
        return word & (1 &<< UInt64(k & 63)) != 0
    }
}
