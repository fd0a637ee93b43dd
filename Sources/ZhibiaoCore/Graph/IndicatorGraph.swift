/// The in-memory indicator graph: documents with their sentences, the observations extracted
/// from them, and indexes so that equality filters need not scan every observation.
///
/// Edges are stored on the nodes: an observation names its metric, sector, region, period and
/// document; its mentions point at sentences; `growthOf` points at a base observation.
public final class IndicatorGraph: @unchecked Sendable {
    public private(set) var documents: [Document] = []
    public private(set) var observations: [Observation] = []

    /// Observation indexes (positions in `observations`) by key, in insertion order.
    public private(set) var bySector: [Sector: [Int]] = [:]
    public private(set) var byYear: [Int: [Int]] = [:]
    public private(set) var byUnit: [String: [Int]] = [:]
    public private(set) var byRegion: [String: [Int]] = [:]
    public private(set) var byDocument: [Int: [Int]] = [:]
    public private(set) var byMetric: [String: [Int]] = [:]
    /// Positions by catalog indicator (index into `catalog.indicators`).
    public private(set) var byIndicator: [Int16: [Int]] = [:]
    /// The catalog the observations' metrics are aligned to.
    public let catalog: IndicatorCatalog
    /// The indicator of each metric, unit and kind met so far: a corpus names few measures
    /// many times, so each is looked up once.
    private var indicatorMemo: [IndicatorMemoKey: Int16] = [:]
    /// Where each document's observations start in `observations`, for documents whose
    /// observations are numbered 1, 2, 3… in order (all that extraction makes): an id is found
    /// by arithmetic. Other documents' ids are kept in `positionByID`.
    private var numberedFrom: [Range<Int>?] = []
    private var positionByID: [ObservationID: Int] = [:]
    /// Each document's index by its key.
    private var indexByKey: [DocumentKey: Int] = [:]
    private var valueOrderCache: [Int]?
    /// Figures that several articles state, found on first use (`facts`).
    var factCache: FactIndex?
    /// The figures the articles imply, found on first use (`derived`).
    var derivedCache: [DerivedFigure]?
    /// Interned strings: equal metric, unit, period and region strings share one storage, and
    /// each has a number, so that grouping by them hashes integers instead of text.
    private var table = StringTable()
    var strings: [String] { table.strings }
    /// Per observation, the numbers of its interned strings (-1 for none).
    private(set) var stringKeys: [StringKeys] = []

    public init(catalog: IndicatorCatalog = Lexicon.standard.catalog) {
        self.catalog = catalog
    }

    /// Adds a document and its observations; returns the document's index. The observations
    /// must already be placed there (`Observation.moved(toDocument:)`) and their ids begin with
    /// the document's key. A document whose key another already has (a different text whose
    /// key agrees) is given a salted one (`freeKey`), and its observations with it.
    @discardableResult
    public func add(_ document: Document, observations new: [Observation]) -> Int {
        let index = documents.count
        var document = document
        let taken = indexByKey[document.key] != nil
        if taken { document.key = freeKey(for: document.text) }
        valueOrderCache = nil
        factCache = nil
        derivedCache = nil
        documents.append(document)
        indexByKey[document.key] = index
        let numbered = new.indices.allSatisfy { new[$0].id.number == $0 + 1 }
        numberedFrom.append(numbered ? observations.count..<(observations.count + new.count) : nil)
        // The table is taken out for the document's strings and put back after: reached
        // through the class, every lookup would pay a run-time exclusivity check.
        var table = self.table
        self.table = StringTable()
        defer { self.table = table }
        // The document's positions are gathered per key first (by the numbers of interned
        // strings, which hash as integers) and added to each index once per key.
        var units = KeyedPositions<Int32>()
        var regions = KeyedPositions<Int32>()
        var metrics = KeyedPositions<Int32>()
        var sectors = KeyedPositions<Sector>()
        var years = KeyedPositions<Int>()
        var indicators = KeyedPositions<Int16>()
        for var observation in new {
            if taken {
                observation.id.document = document.key
                observation.growthOf?.document = document.key
            }
            let keys = StringKeys(
                metric: table.intern(&observation.metric), unit: table.intern(&observation.unit),
                period: table.intern(&observation.period), region: table.intern(&observation.region))
            stringKeys.append(keys)
            let memoKey = IndicatorMemoKey(metric: keys.metric, unit: keys.unit, kind: observation.kind)
            if let known = indicatorMemo[memoKey] {
                observation.indicator = known
            } else {
                let found = catalog.match(metric: observation.metric, unit: observation.unit, kind: observation.kind)
                observation.indicator = found.map { Int16($0.index) } ?? -1
                indicatorMemo[memoKey] = observation.indicator
            }
            let position = observations.count
            observations.append(observation)
            if !numbered { positionByID[observation.id] = position }
            sectors.add(position, to: observation.sector)
            if let year = observation.year { years.add(position, to: year) }
            units.add(position, to: keys.unit)
            if keys.region >= 0 { regions.add(position, to: keys.region) }
            metrics.add(position, to: keys.metric)
            if observation.indicator >= 0 { indicators.add(position, to: observation.indicator) }
        }
        for (indicator, positions) in indicators.groups { byIndicator[indicator, default: []] += positions }
        for (sector, positions) in sectors.groups { bySector[sector, default: []] += positions }
        for (year, positions) in years.groups { byYear[year, default: []] += positions }
        let strings = table.strings
        for (unit, positions) in units.groups { byUnit[strings[Int(unit)], default: []] += positions }
        for (region, positions) in regions.groups { byRegion[strings[Int(region)], default: []] += positions }
        for (metric, positions) in metrics.groups { byMetric[strings[Int(metric)], default: []] += positions }
        if !new.isEmpty {
            byDocument[index, default: []] += Array((observations.count - new.count)..<observations.count)
        }
        return index
    }

    /// Gives back the room the graph's arrays grew into while documents were added (up to
    /// as much again as they hold): called once a load is done.
    public func compact() {
        observations = observations.trimmed()
        stringKeys = stringKeys.trimmed()
        bySector = bySector.mapValues { $0.trimmed() }
        byYear = byYear.mapValues { $0.trimmed() }
        byUnit = byUnit.mapValues { $0.trimmed() }
        byRegion = byRegion.mapValues { $0.trimmed() }
        byMetric = byMetric.mapValues { $0.trimmed() }
        byIndicator = byIndicator.mapValues { $0.trimmed() }
    }

    /// Removes everything.
    public func removeAll() {
        valueOrderCache = nil
        factCache = nil
        derivedCache = nil
        documents = []
        observations = []
        bySector = [:]
        byYear = [:]
        byUnit = [:]
        byRegion = [:]
        byDocument = [:]
        byMetric = [:]
        byIndicator = [:]
        numberedFrom = []
        positionByID = [:]
        indexByKey = [:]
        table = StringTable()
        stringKeys = []
    }

    /// Takes every document and observation of `other` in place of this graph's own, leaving
    /// `other` empty: a graph read whole elsewhere (from a store) replaces the one a session
    /// holds only once it is complete, so that a failed read loses nothing.
    public func replaceContents(with other: IndicatorGraph) {
        removeAll()
        swap(&documents, &other.documents)
        swap(&observations, &other.observations)
        swap(&bySector, &other.bySector)
        swap(&byYear, &other.byYear)
        swap(&byUnit, &other.byUnit)
        swap(&byRegion, &other.byRegion)
        swap(&byDocument, &other.byDocument)
        swap(&byMetric, &other.byMetric)
        swap(&byIndicator, &other.byIndicator)
        swap(&indicatorMemo, &other.indicatorMemo)
        swap(&numberedFrom, &other.numberedFrom)
        swap(&positionByID, &other.positionByID)
        swap(&indexByKey, &other.indexByKey)
        swap(&table, &other.table)
        swap(&stringKeys, &other.stringKeys)
        other.removeAll()
    }

    /// Every position ordered by value, then by position: built on first use and kept until the
    /// graph changes, so that `order by value … limit` reads the top rows instead of sorting.
    public var valueOrder: [Int] {
        if let cached = valueOrderCache { return cached }
        let order = observations.indices.sorted {
            let (a, b) = (observations[$0].value, observations[$1].value)
            return a != b ? a < b : $0 < $1
        }
        valueOrderCache = order
        return order
    }

    public func observation(_ id: ObservationID) -> Observation? {
        position(id).map { observations[$0] }
    }

    /// The index of the document with this key, if one is loaded.
    public func documentIndex(forKey key: DocumentKey) -> Int? { indexByKey[key] }

    /// The key for an article of this text that no other document has: its own unless a
    /// document of different text holds it, then one salted until free. A document of the same
    /// text is the same article and is not to be added again.
    public func freeKey(for text: String) -> DocumentKey {
        var salt = 0
        var key = DocumentKey(articleText: text)
        while indexByKey[key] != nil {
            salt += 1
            key = DocumentKey(articleText: text, salt: salt)
        }
        return key
    }

    /// Where an observation is in `observations`.
    func position(_ id: ObservationID) -> Int? {
        guard let document = indexByKey[id.document] else { return nil }
        guard let range = numberedFrom[document] else { return positionByID[id] }
        let position = range.lowerBound + id.number - 1
        return range.contains(position) ? position : nil
    }

    /// The sentence a mention points at.
    public func sentence(of mention: Mention) -> Sentence {
        documents[mention.document].sentences[mention.sentence]
    }

    /// The catalog indicator of an observation, if its metric names one.
    public func indicator(of observation: Observation) -> Indicator? {
        observation.indicator >= 0 ? catalog.indicators[Int(observation.indicator)] : nil
    }

    /// Distinct metric phrases, sorted.
    public var metrics: [String] { byMetric.keys.sorted() }

    /// The number of an interned string, if any observation has it.
    func stringID(_ string: String) -> Int32? { table.ids[string] }
}

/// Strings numbered in order of first appearance, each kept once.
struct StringTable {
    private(set) var strings: [String] = []
    private(set) var ids: [String: Int32] = [:]
    /// Every spelling met, by its bytes: slots holding indexes into `spellings`. A `Dictionary`
    /// keyed by the bytes compared keys along each probe and hashed the folded bytes again;
    /// here each spelling keeps its hash, and bytes are compared only where hashes agree.
    private var slots = HashSlots(capacity: 32)
    private var spellings: [(hash: UInt64, text: String, id: Int32)] = []

    /// Replaces `string` by its interned copy and returns its number. Strings are looked up
    /// by their bytes first (hashing Chinese text as a `String` normalizes it as it goes, which
    /// costs several times more), and by `String` equality only for bytes not seen before, so
    /// canonically equivalent spellings still share one number.
    mutating func intern(_ string: inout String) -> Int32 {
        let hash = ByteText.fold(string)
        var slot = slots.first(for: spreadHash(hash))
        while slots[slot] >= 0 {
            let known = slots[slot]
            if spellings[known].hash == hash && spellings[known].text.isSameWord(string) {
                let id = spellings[known].id
                string = strings[Int(id)]
                return id
            }
            slot = slots.next(after: slot)
        }
        let id: Int32
        if let known = ids[string] {
            id = known
        } else {
            id = Int32(strings.count)
            strings.append(string)
            ids[string] = id
        }
        slots[slot] = spellings.count
        spellings.append((hash, string, id))
        if spellings.count > slots.capacity { growSlots() }
        string = strings[Int(id)]
        return id
    }

    /// The number of an optional string, -1 for none.
    mutating func intern(_ string: inout String?) -> Int32 {
        guard var text = string else { return -1 }
        let id = intern(&text)
        string = text
        return id
    }

    /// Twice the slots, every spelling placed again.
    private mutating func growSlots() {
        slots = HashSlots(capacity: slots.capacity * 2)
        for (index, spelling) in spellings.enumerated() {
            var slot = slots.first(for: spreadHash(spelling.hash))
            while slots[slot] >= 0 { slot = slots.next(after: slot) }
            slots[slot] = index
        }
    }
}

extension Array {
    /// The elements in storage of their own size, or the array itself when it has little room
    /// to spare.
    func trimmed() -> [Element] {
        guard capacity > count + count / 8 + 16 else { return self }
        var copy: [Element] = []
        copy.reserveCapacity(count)
        copy.append(contentsOf: self)
        return copy
    }
}

/// The numbers of an observation's interned strings in `IndicatorGraph.strings` (-1 for none).
struct StringKeys {
    var metric: Int32
    var unit: Int32
    var period: Int32
    var region: Int32
}

/// What a metric's indicator is looked up by.
private struct IndicatorMemoKey: Hashable {
    var metric: Int32
    var unit: Int32
    var kind: Kind
}

/// Positions gathered per key, keys in order of first appearance.
private struct KeyedPositions<Key: Hashable> {
    private var slots: [Key: Int] = [:]
    private(set) var groups: [(key: Key, positions: [Int])] = []
    /// The group added to last: an article's figures come in runs of one sector, year and
    /// place, and comparing a key costs far less than hashing it.
    private var last = -1

    mutating func add(_ position: Int, to key: Key) {
        if last >= 0 && groups[last].key == key {
            groups[last].positions.append(position)
        } else if let slot = slots[key] {
            last = slot
            groups[slot].positions.append(position)
        } else {
            last = groups.count
            slots[key] = groups.count
            groups.append((key, [position]))
        }
    }
}
