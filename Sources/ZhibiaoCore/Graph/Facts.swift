/// One fact stated by several articles: the same indicator (or, without one, the same metric
/// phrase), region, period, kind, unit and value. Each article keeps its own observation (its
/// id, its export row); the graph knows them as one fact, so that `show`, `compare` and
/// `series` count it once and `trace` and `sources` name every article that states it.
struct FactIndex {
    /// Per position, the first position of its fact.
    let head: [Int32]
    /// The members of each fact stated more than once, by its head, ascending.
    let members: [Int: [Int]]
}

extension IndicatorGraph {
    /// The facts of the graph, found on first use and kept until the graph changes.
    var facts: FactIndex {
        if let cached = factCache { return cached }
        struct Key: Hashable {
            let what: Int32
            let unit: Int32
            let region: Int32
            let period: Int32
            let year: Int
            let kind: Kind
            let value: UInt64
        }
        var headOf: [Key: Int32] = [:]
        var head = [Int32](repeating: 0, count: observations.count)
        var members: [Int: [Int]] = [:]
        for position in observations.indices {
            let observation = observations[position]
            let strings = stringKeys[position]
            let key = Key(
                what: observation.indicator >= 0 ? Int32(observation.indicator) : -2 - strings.metric,
                unit: strings.unit, region: strings.region, period: strings.period, year: observation.year ?? .min,
                kind: observation.kind, value: observation.value.bitPattern)
            if let first = headOf[key] {
                head[position] = first
                members[Int(first), default: [Int(first)]].append(position)
            } else {
                headOf[key] = Int32(position)
                head[position] = Int32(position)
            }
        }
        let index = FactIndex(head: head, members: members)
        factCache = index
        return index
    }

    /// The positions of every observation stating the same fact as the one at `position`
    /// (itself included), ascending.
    public func sameFact(as position: Int) -> [Int] {
        let facts = facts
        return facts.members[Int(facts.head[position])] ?? [position]
    }

    /// The documents (indexes) that state the fact of the observation at `position`, in order
    /// of loading.
    public func sources(ofFactAt position: Int) -> [Int] {
        var documents: [Int] = []
        for member in sameFact(as: position) {
            for mention in observations[member].mentions where !documents.contains(mention.document) {
                documents.append(mention.document)
            }
        }
        return documents.sorted()
    }

    /// The positions with one per fact: the first of each fact among `positions`.
    func oncePerFact(_ positions: [Int]) -> [Int] {
        let facts = facts
        guard !facts.members.isEmpty else { return positions }
        var seen: Set<Int32> = []
        return positions.filter { facts.members[Int(facts.head[$0])] == nil || seen.insert(facts.head[$0]).inserted }
    }
}
