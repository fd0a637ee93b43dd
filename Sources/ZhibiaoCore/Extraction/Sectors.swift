/// Scores text for each sector by the lexicon's keywords, longest keyword first.
struct SectorScorer {
    let lexicon: Lexicon
    /// Where the keywords of a text are written (`hits(_:)`): storage no block's keywords hold
    /// any more is written again, rather than a list allocated and freed for every block.
    private let room = HitRoom()

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The scores of `s`.
    func scores(_ s: [Unicode.Scalar]) -> SectorScores {
        var result = SectorScores()
        forEachKeyword(in: s) { _, _, sector, weight in result[sector] += weight }
        return result
    }

    /// The keywords of `s` as `scores(_:)` reads them, kept so that any sentence or clause of
    /// `s` is scored by adding the ones within it instead of reading its text again, and what
    /// they all add up to, `scores(s)`. (Keywords hold no sentence or clause mark, so a keyword
    /// is never cut by the start of a sentence or clause: the lexicon leaves out any that does.)
    func hits(_ s: [Unicode.Scalar]) -> KeywordHits {
        // Room for a keyword in about every eight scalars: a block holds one in about twenty.
        var buffer = room.take(capacity: max(8, s.count / 8))
        var count = 0
        var capacity = buffer.room
        // Added up as the keywords are found, in the order `scores(_:)` adds them: every block
        // with figures asks for its sum, which a second pass over the keywords found again.
        var total = SectorScores()
        forEachKeyword(in: s) { start, end, sector, weight in
            if count == capacity {
                buffer = room.grow(buffer, count: count)
                capacity = buffer.room
            }
            let hit = KeywordHits.Hit(start: Int32(start), end: Int32(end), weight: weight, sector: sector)
            buffer.withUnsafeMutablePointerToElements { ($0 + count).initialize(to: hit) }
            count += 1
            total[sector] += weight
        }
        // (No keyword: the storage is left to the room, for the next text.)
        guard count > 0 else { return KeywordHits() }
        buffer.count = count
        buffer.total = total
        return KeywordHits(buffer)
    }

    /// The keywords of `s` as words, each with its sector (what a figure's name is scored by, for
    /// `explain`).
    func words(_ s: [Unicode.Scalar]) -> [String] {
        var words: [String] = []
        forEachKeyword(in: s) { start, end, sector, _ in words.append("\(String(scalars: s[start..<end]))→\(sector.id)")
        }
        return words
    }

    /// The keywords of `s`, matched left to right, longest first: where each lies and what it
    /// adds to which sector.
    @inline(__always)
    private func forEachKeyword(
        in s: [Unicode.Scalar], _ body: (_ start: Int, _ end: Int, _ sector: Sector, _ weight: Double) -> Void
    ) {
        let keywords = lexicon.sectorKeywords
        keywords.forEachMatch(in: s) { range, index in
            let (sector, weight) = keywords.value(at: index)
            body(range.lowerBound, range.upperBound, sector, weight)
        }
    }
}

/// Sector keywords found in a text, in order: where each lies, and what it adds.
struct KeywordHits {
    fileprivate struct Hit {
        var start: Int32
        var end: Int32
        var weight: Double
        var sector: Sector
    }

    /// The keywords, in storage the scorer's `HitRoom` hands out again once no value holds it
    /// (nil for none). Never written once handed over.
    private let buffer: HitBuffer?

    init() { buffer = nil }

    fileprivate init(_ buffer: HitBuffer) { self.buffer = buffer }

    /// The scores of every keyword, added up as they were found.
    var scores: SectorScores { buffer?.total ?? SectorScores() }

    /// The scores of the keywords lying wholly within `range`, added in order as reading the
    /// range's text would add them. (Inlined: asked for every sentence with figures and every
    /// figure.)
    @inline(__always)
    func scores(in range: Range<Int>) -> SectorScores {
        // On the buffer: every sentence and every figure's clause asks, and each read of the
        // array was checked.
        guard let buffer else { return SectorScores() }
        return buffer.withUnsafeMutablePointers { header, elements in
            let hits = UnsafeBufferPointer(start: elements, count: header.pointee.count)
            var result = SectorScores()
            // The first keyword starting at or after the range, by bisection. (A shift halves:
            // both bounds are at least 0, and dividing by 2 made room for a negative sum.)
            var low = 0
            var high = hits.count
            while low < high {
                let mid = (low &+ high) &>> 1
                if Int(hits[mid].start) < range.lowerBound { low = mid + 1 } else { high = mid }
            }
            var k = low
            while k < hits.count && Int(hits[k].end) <= range.upperBound {
                result[hits[k].sector] += hits[k].weight
                k += 1
            }
            return result
        }
    }
}

/// What the header of a text's keywords holds: how many there are, the room for them, and the
/// scores they add up to.
private struct HitHeader {
    var count: Int
    var capacity: Int
    var total = SectorScores()
}

/// The keywords of one text, counted in the header, with the room the storage has. (Its header
/// and elements are read through their pointers: as a stored property of a class, the header
/// was checked for exclusive access at each use.)
private final class HitBuffer: ManagedBuffer<HitHeader, KeywordHits.Hit> {
    /// Storage for `capacity` keywords, holding none. (`Hit` holds no reference: nothing is
    /// released when the storage is freed or written again.)
    static func make(capacity: Int) -> HitBuffer {
        // (`create` makes an instance of the class it is called on, typed as the base class.)
        unsafeDowncast(
            HitBuffer.create(minimumCapacity: capacity) { _ in HitHeader(count: 0, capacity: capacity) },
            to: HitBuffer.self)
    }

    /// The keywords written.
    var count: Int {
        get { withUnsafeMutablePointerToHeader { $0.pointee.count } }
        set { withUnsafeMutablePointerToHeader { $0.pointee.count = newValue } }
    }

    /// What the keywords written add up to (set once they are all written).
    var total: SectorScores {
        get { withUnsafeMutablePointerToHeader { $0.pointee.total } }
        set { withUnsafeMutablePointerToHeader { $0.pointee.total = newValue } }
    }

    /// How many keywords the storage holds room for.
    var room: Int { withUnsafeMutablePointerToHeader { $0.pointee.capacity } }
}

/// The storage a scorer has written keywords into, kept for the next texts: a block's keywords
/// are held while its sentences are read (and by the sentence reader until the next block with
/// figures), then dropped, and storage only the room holds is written again. A few are kept:
/// the block being read, the one before, and a heading's or a table row's. (Slots of a buffer
/// of its own, read through their pointer: a list held in a stored property was checked for
/// exclusive access at each use.)
private final class HitRoom {
    private static let slots = 4
    private let buffers = ManagedBuffer<Void, HitBuffer?>.create(minimumCapacity: HitRoom.slots) { buffer in
        buffer.withUnsafeMutablePointerToElements { $0.initialize(repeating: nil, count: HitRoom.slots) }
    }

    deinit {
        buffers.withUnsafeMutablePointerToElements { _ = $0.deinitialize(count: Self.slots) }
    }

    /// Storage for at least `capacity` keywords, holding none: kept storage nothing else holds,
    /// else new storage (kept too while a slot is free).
    func take(capacity: Int) -> HitBuffer {
        buffers.withUnsafeMutablePointerToElements { slots in
            var k = 0
            while k < Self.slots {
                guard slots[k] != nil else {
                    let buffer = HitBuffer.make(capacity: capacity)
                    slots[k] = buffer
                    return buffer
                }
                if isKnownUniquelyReferenced(&slots[k]) {
                    if slots[k]!.room < capacity { slots[k] = HitBuffer.make(capacity: capacity) }
                    let buffer = slots[k]!
                    buffer.count = 0
                    return buffer
                }
                k += 1
            }
            return HitBuffer.make(capacity: capacity)
        }
    }

    /// Storage twice as large as `buffer`, holding its first `count` keywords, kept in its place.
    func grow(_ buffer: HitBuffer, count: Int) -> HitBuffer {
        let larger = HitBuffer.make(capacity: 2 * buffer.room)
        buffer.withUnsafeMutablePointerToElements { old in
            larger.withUnsafeMutablePointerToElements { new in new.initialize(from: old, count: count) }
        }
        buffers.withUnsafeMutablePointerToElements { slots in
            for k in 0..<Self.slots where slots[k] === buffer { slots[k] = larger }
        }
        return larger
    }
}

/// Evidence for each sector, summed from keyword weights: twelve numbers kept inline in two
/// vectors, since every figure carries a set, merging adds them up, and adding runs lane by
/// lane (each lane's sum is the same as adding one number at a time).
struct SectorScores {
    private var low = SIMD8<Double>()
    private var high = SIMD4<Double>()

    subscript(_ sector: Sector) -> Double {
        get { self[sector.ordinal] }
        set { self[sector.ordinal] = newValue }
    }

    private subscript(_ i: Int) -> Double {
        get { i < 8 ? low[i] : high[i - 8] }
        set {
            if i < 8 { low[i] = newValue } else { high[i - 8] = newValue }
        }
    }

    /// No evidence for any sector.
    var isEmpty: Bool {
        low == SIMD8() && high == SIMD4()
    }

    /// Each sector's part of the total (all zero for no evidence).
    var shares: SectorScores {
        // Summed one sector after another, in this order, so totals round as they always have;
        // lane by lane from each vector (a computed index went through a branch per sector).
        var total = 0.0
        for i in 0..<8 { total += low[i] }
        for i in 0..<4 { total += high[i] }
        guard total > 0 else { return SectorScores() }
        var result = self
        result.low /= total
        result.high /= total
        return result
    }

    /// Adds `other` scaled by `weight` (a lane with no evidence adds zero, leaving it as it was).
    mutating func add(_ other: SectorScores, weight: Double) {
        addInline(other, weight: weight)
    }

    /// `add(_:weight:)`, inlined where it is called: every sentence with figures adds four sets
    /// and every figure two, and the call cost more than the adds. (The merge keeps the call:
    /// inlined there, it made the merge's loop too big to be inlined in turn.)
    @inline(__always)
    mutating func addInline(_ other: SectorScores, weight: Double) {
        low += other.low * weight
        high += other.high * weight
    }

    /// The sector with the most evidence (the first in `Sector.allCases` on a tie), or nil when
    /// there is none.
    var best: Sector? {
        // Lane by lane from each vector in turn (asking lanes by a computed index went through
        // a branch and a stack copy each time); a tie keeps the earlier sector.
        var best = -1
        var most = 0.0
        for i in 0..<8 where low[i] > most {
            best = i
            most = low[i]
        }
        for i in 0..<4 where high[i] > most {
            best = 8 + i
            most = high[i]
        }
        return best < 0 ? nil : Sector.allCases[best]
    }
}

extension Sector {
    /// Position in `allCases`, without a search.
    var ordinal: Int {
        switch self {
        case .employment: 0
        case .income: 1
        case .health: 2
        case .childcare: 3
        case .eldercare: 4
        case .education: 5
        case .socialSecurity: 6
        case .housing: 7
        case .publicSafety: 8
        case .environment: 9
        case .economy: 10
        case .other: 11
        }
    }
}
