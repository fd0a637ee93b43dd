/// The distinct metric names of one document, numbered as first read. A document names a
/// measure many times (four figures in five carry a name read before), and what is worked out
/// from a name — its sector scores, its `String` — is then worked out once for the name rather
/// than for each figure. A candidate holds its name's number until the merge.
final class MetricNames {
    /// The table, kept behind a pointer: the stored properties of a class are checked for
    /// exclusive access at run time on every read and write, and each figure's lookup makes
    /// several.
    private let table: UnsafeMutablePointer<NameTable>

    init() {
        table = .allocate(capacity: 1)
        // An article of a few pages names a hundred or so measures.
        table.initialize(to: NameTable(capacity: 128))
    }

    deinit {
        table.deinitialize(count: 1)
        table.deallocate()
    }

    /// The number of `name`, numbered now if it is new, and the sector scores of its words
    /// (`scorer.scores(name)`, worked out only for a new name).
    func number(of name: [Unicode.Scalar], scoredBy scorer: SectorScorer) -> (number: Int32, scores: SectorScores) {
        table.pointee.number(of: name, scoredBy: scorer)
    }

    /// The text of name `number`, made when first asked for and shared by every observation of
    /// the name after.
    func string(of number: Int32) -> String {
        table.pointee.string(of: Int(number))
    }
}

/// The names and what is known of each, found by the hash of their scalars in an
/// open-addressing table.
private struct NameTable {
    private var slots: HashSlots
    private var hashes: [UInt64] = []
    private var names: [[Unicode.Scalar]] = []
    private var scores: [SectorScores] = []
    private var strings: [String?] = []

    init(capacity: Int) {
        slots = HashSlots(capacity: capacity)
        hashes.reserveCapacity(slots.capacity)
        names.reserveCapacity(slots.capacity)
        scores.reserveCapacity(slots.capacity)
        strings.reserveCapacity(slots.capacity)
    }

    mutating func number(
        of name: [Unicode.Scalar], scoredBy scorer: SectorScorer
    ) -> (
        number: Int32, scores: SectorScores
    ) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in name { hash = (hash ^ UInt64(c.value)) &* 0x0000_0100_0000_01b3 }
        var slot = slots.first(for: spreadHash(hash))
        while slots[slot] >= 0 {
            let known = slots[slot]
            if hashes[known] == hash && names[known] == name { return (Int32(known), scores[known]) }
            slot = slots.next(after: slot)
        }
        let number = names.count
        if number == slots.capacity {
            grow()
            slot = slots.first(for: spreadHash(hash))
            while slots[slot] >= 0 { slot = slots.next(after: slot) }
        }
        let scored = scorer.scores(name)
        slots[slot] = number
        hashes.append(hash)
        names.append(name)
        scores.append(scored)
        strings.append(nil)
        return (Int32(number), scored)
    }

    mutating func string(of number: Int) -> String {
        if let made = strings[number] { return made }
        let made = String(scalars: names[number])
        strings[number] = made
        return made
    }

    /// Twice the slots, the names placed again.
    private mutating func grow() {
        slots = HashSlots(capacity: slots.capacity * 2)
        for (number, hash) in hashes.enumerated() {
            var slot = slots.first(for: spreadHash(hash))
            while slots[slot] >= 0 { slot = slots.next(after: slot) }
            slots[slot] = number
        }
    }
}
