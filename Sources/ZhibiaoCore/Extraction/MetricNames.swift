/// The distinct metric names of one document, numbered as first read. A document names a
/// measure many times (four figures in five carry a name read before), and what is worked out
/// from a name — its sector scores, the change it ends in, its `String` — is then worked out
/// once for the name rather than for each figure. A candidate holds only its name's number;
/// the naming passes and the merge read the name's scalars here.
final class MetricNames {
    /// The table, kept behind a pointer: the stored properties of a class are checked for
    /// exclusive access at run time on every read and write, and each figure's lookup makes
    /// several.
    private let table: UnsafeMutablePointer<NameTable>
    /// The target words (`target` in phrases.tsv), whose words marked "no" (目标人群) are no
    /// target in a name (`DocumentFacts.completionWords`); nil for names only merged.
    private let targets: PhraseMatcher<String>?

    init(targets: PhraseMatcher<String>? = nil) {
        self.targets = targets
        table = .allocate(capacity: 1)
        // An article of a few pages names a hundred or so measures.
        table.initialize(to: NameTable(capacity: 128))
    }

    deinit {
        table.deinitialize(count: 1)
        table.deallocate()
    }

    /// The number of `name`, numbered now if it is new, and the length of the change it ends in
    /// (`namer.changeLength`); the sector scores of its words (`scorer.scores(name)`), times
    /// `weight`, are added to `scores`. Both are worked out only for a new name. (Added here
    /// rather than handed back: the twelve scores were copied out to the caller's frame for
    /// every figure, only to be added.)
    func number(
        of name: [Unicode.Scalar], scoredBy scorer: SectorScorer, namer: MetricNamer,
        addingTo scores: inout SectorScores,
        weight: Double
    ) -> (number: Int32, changeLength: Int?) {
        table.pointee.number(of: name, scoredBy: scorer, namer: namer, addingTo: &scores, weight: weight)
    }

    /// Where name `number`, whose scalars are `name`, says its figure is a share of a target
    /// (`DocumentFacts.completionWords`): worked out the first time a % figure of the name asks,
    /// and kept for the figures after.
    func completionWords(of number: Int32, _ name: [Unicode.Scalar]) -> Range<Int>? {
        table.pointee.completionWords(of: Int(number), name, targets: targets)
    }

    /// The length of the change word name `number`, whose scalars are `name`, ends with
    /// (`namer.changeWordLength`): worked out the first time a rate of the name asks, and kept
    /// for the rates after.
    @inline(__always)
    func changeWordLength(of number: Int32, _ name: [Unicode.Scalar], namer: MetricNamer) -> Int? {
        table.pointee.changeWordLength(of: Int(number), name, namer: namer)
    }

    /// Name `number` without the change it ends in (`namer.withoutChange`): worked out the first
    /// time it is asked (the subject a bare rate after its figure takes, most often) and kept for
    /// the figures after, where each made and freed a copy.
    @inline(__always)
    func withoutChange(of number: Int32, namer: MetricNamer) -> [Unicode.Scalar] {
        table.pointee.withoutChange(of: Int(number), namer: namer)
    }

    /// The scalars of name `number`, as the table keeps them.
    func scalars(of number: Int32) -> [Unicode.Scalar] {
        table.pointee.scalars(of: Int(number))
    }

    /// The text of name `number`, made when first asked for (or the catalog's, when the catalog
    /// spells the name) and shared by every observation of the name after.
    func string(of number: Int32) -> String {
        table.pointee.string(of: Int(number))
    }
}

/// The names and what is known of each, found by the hash of their scalars in an
/// open-addressing table.
private struct NameTable {
    /// A name and what is known of it. Kept together in one list: in five lists, one for each
    /// field, every new name was appended to each (a uniqueness and a capacity check, and a
    /// call, for each), and each list was allocated and freed for every document.
    private struct Entry {
        var hash: UInt64
        var name: [Unicode.Scalar]
        var scores: SectorScores
        /// `MetricNamer.changeLength` of the name, -1 for none.
        var change: Int32
        /// `DocumentFacts.completionWords` of the name once asked (starting at -1 before), empty
        /// for none.
        var completion = Int32(-1)..<Int32(-1)
        /// `MetricNamer.changeWordLength` of the name once asked: -2 before, -1 for none.
        var changeWord: Int32 = -2
        /// `MetricNamer.withoutChange` of the name once asked, empty before (it never is after).
        var withoutChange: [Unicode.Scalar] = []
        /// The text of the name once asked for, empty before (no name is empty). Not optional:
        /// a list of optional strings was freed through the runtime's generic destroy of
        /// `Optional`, a call for each name at the end of each document.
        var string: String
    }

    private var slots: HashSlots
    private var entries: [Entry] = []

    init(capacity: Int) {
        slots = HashSlots(capacity: capacity)
        entries.reserveCapacity(slots.capacity)
    }

    mutating func number(
        of name: [Unicode.Scalar], scoredBy scorer: SectorScorer, namer: MetricNamer,
        addingTo scores: inout SectorScores,
        weight: Double
    ) -> (number: Int32, changeLength: Int?) {
        let hash = nameHash(name)
        var slot = slots.first(for: spreadHash(hash))
        while slots[slot] >= 0 {
            let known = slots[slot]
            if entries[known].hash == hash && hasSameScalars(entries[known].name, name) {
                scores.addInline(entries[known].scores, weight: weight)
                let change = entries[known].change
                return (Int32(known), change < 0 ? nil : Int(change))
            }
            slot = slots.next(after: slot)
        }
        let number = entries.count
        if number == slots.capacity {
            grow()
            slot = slots.first(for: spreadHash(hash))
            while slots[slot] >= 0 { slot = slots.next(after: slot) }
        }
        let scored = scorer.scores(name)
        let change = namer.changeLength(name)
        slots[slot] = number
        // A copy of its own, of the name's size: the name handed in is most often the reader's
        // room (`SentenceReader.nameRoom`), which kept here would be shared, and the next name
        // written over it would first copy it out whole only to overwrite it.
        let kept = name.copy(name.indices)
        entries.append(Entry(hash: hash, name: kept, scores: scored, change: Int32(change ?? -1), string: ""))
        scores.addInline(scored, weight: weight)
        return (Int32(number), change)
    }

    /// Inlined where the kind is decided, and the words worked out apart: two in three % figures
    /// find them known, for which a call was more than the test.
    @inline(__always)
    mutating func completionWords(
        of number: Int, _ name: [Unicode.Scalar], targets: PhraseMatcher<String>?
    ) -> Range<Int>? {
        var words = entries[number].completion
        if words.lowerBound < 0 { words = madeCompletionWords(of: number, name, targets: targets) }
        return words.isEmpty ? nil : Int(words.lowerBound)..<Int(words.upperBound)
    }

    /// `DocumentFacts.completionWords` of name `number`, worked out now and kept.
    @inline(never)
    private mutating func madeCompletionWords(
        of number: Int, _ name: [Unicode.Scalar], targets: PhraseMatcher<String>?
    ) -> Range<Int32> {
        let words = DocumentFacts.completionWords(name, targets: targets).map { Int32($0.lowerBound)..<Int32($0.upperBound) } ?? 0..<0
        entries[number].completion = words
        return words
    }

    /// Inlined where a rate's growth base is looked for, and the length worked out apart: two
    /// in three rates find it known, for which a call was more than the test.
    @inline(__always)
    mutating func changeWordLength(of number: Int, _ name: [Unicode.Scalar], namer: MetricNamer) -> Int? {
        var word = entries[number].changeWord
        if word == -2 { word = madeChangeWord(of: number, name, namer: namer) }
        return word < 0 ? nil : Int(word)
    }

    /// `MetricNamer.changeWordLength` of name `number`, worked out now and kept (-1 for none).
    @inline(never)
    private mutating func madeChangeWord(of number: Int, _ name: [Unicode.Scalar], namer: MetricNamer) -> Int32 {
        let word = Int32(namer.changeWordLength(name) ?? -1)
        entries[number].changeWord = word
        return word
    }

    @inline(__always)
    mutating func withoutChange(of number: Int, namer: MetricNamer) -> [Unicode.Scalar] {
        let known = entries[number].withoutChange
        return known.isEmpty ? madeWithoutChange(of: number, namer: namer) : known
    }

    /// `MetricNamer.withoutChange` of name `number`, worked out now and kept.
    @inline(never)
    private mutating func madeWithoutChange(of number: Int, namer: MetricNamer) -> [Unicode.Scalar] {
        let made = namer.withoutChange(entries[number].name)
        entries[number].withoutChange = made
        return made
    }

    func scalars(of number: Int) -> [Unicode.Scalar] {
        entries[number].name
    }

    /// Inlined where observations are made, and the text made apart: a name's text is made
    /// once and then asked for by each of its observations (four in five find it made), for
    /// which a call was more than the test.
    @inline(__always)
    mutating func string(of number: Int) -> String {
        let known = entries[number].string
        if !known.isEmpty { return known }
        return madeString(of: number)
    }

    /// The text of name `number`, made now and kept.
    @inline(never)
    private mutating func madeString(of number: Int) -> String {
        let name = entries[number].name
        let made = catalogNames.string(of: name, hash: entries[number].hash) ?? String(scalars: name)
        entries[number].string = made
        return made
    }

    /// Twice the slots, the names placed again.
    private mutating func grow() {
        slots = HashSlots(capacity: slots.capacity * 2)
        for number in entries.indices {
            var slot = slots.first(for: spreadHash(entries[number].hash))
            while slots[slot] >= 0 { slot = slots.next(after: slot) }
            slots[slot] = number
        }
    }
}

/// The hash of a name's scalars, by which both tables find it: FNV-1a over pairs of scalars
/// (the last alone when the count is odd), one multiply for two scalars where the chain of
/// multiplies, one a scalar, was most of hashing every figure's name. (Read on the buffer: each
/// read of the array was checked.)
private func nameHash(_ name: [Unicode.Scalar]) -> UInt64 {
    name.withUnsafeBufferPointer { name in
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = 0
        while i &+ 2 <= name.count {
            hash = (hash ^ (UInt64(name[i].value) | UInt64(name[i &+ 1].value) << 32)) &* prime
            i &+= 2
        }
        if i < name.count { hash = (hash ^ UInt64(name[i].value)) &* prime }
        return hash
    }
}

/// Whether two names hold the same scalars, compared on their buffers four scalars at a time:
/// asked of nearly every figure's name (a name found again), where `==` on the arrays went
/// through the generic comparison of their elements.
private func hasSameScalars(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
    guard a.count == b.count else { return false }
    return a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in
            guard let pa = a.baseAddress, let pb = b.baseAddress else { return true }
            var i = 0
            while i &+ 4 <= a.count {
                let x = UnsafeRawPointer(pa + i).loadUnaligned(as: SIMD4<UInt32>.self)
                let y = UnsafeRawPointer(pb + i).loadUnaligned(as: SIMD4<UInt32>.self)
                if x != y { return false }
                i &+= 4
            }
            while i < a.count && a[i] == b[i] { i &+= 1 }
            return i == a.count
        }
    }
}

/// The names the standard catalog spells (each indicator's name and aliases), as the catalog's
/// own strings: most observations are named as the catalog names them (two in three of the
/// project's articles' names), and one that shares the catalog's string needs no string made,
/// validated, kept and freed of its own.
private let catalogNames = CatalogNames(Lexicon.standard.catalog)

/// A name → string table over the catalog's names, built once and only read after; names are
/// found by `nameHash` and compared by their scalars.
private struct CatalogNames {
    private var slots: HashSlots
    private var hashes: [UInt64] = []
    private var names: [[Unicode.Scalar]] = []
    private var strings: [String] = []

    init(_ catalog: IndicatorCatalog) {
        slots = HashSlots(capacity: catalog.indicators.reduce(0) { $0 + $1.aliases.count })
        for indicator in catalog.indicators {
            for alias in indicator.aliases {
                // (Decoded from the UTF-8 in one pass: `Array(alias.unicodeScalars)` counted the
                // scalars and then copied them one by one, most of building the table.)
                let name = [Unicode.Scalar](scalarsOf: alias)
                let hash = nameHash(name)
                guard string(of: name, hash: hash) == nil else { continue }
                var slot = slots.first(for: spreadHash(hash))
                while slots[slot] >= 0 { slot = slots.next(after: slot) }
                slots[slot] = strings.count
                hashes.append(hash)
                names.append(name)
                strings.append(alias)
            }
        }
    }

    /// The catalog's string of `name`, whose hash is `hash`, if the catalog spells it.
    func string(of name: [Unicode.Scalar], hash: UInt64) -> String? {
        var slot = slots.first(for: spreadHash(hash))
        while slots[slot] >= 0 {
            let known = slots[slot]
            if hashes[known] == hash && hasSameScalars(names[known], name) { return strings[known] }
            slot = slots.next(after: slot)
        }
        return nil
    }
}
