/// One fact stated by several articles: the same indicator (or, without one, the same metric
/// phrase), region, period, kind, unit and value. Each article keeps its own observation (its
/// id, its export row); the graph knows them as one fact, so that `show`, `compare` and
/// `series` count it once and `trace` and `sources` name every article that states it.
struct FactIndex {
    /// Per position, the first position of its fact.
    let head: [Int32]
    /// The members of each fact stated more than once, by its head, ascending.
    let members: [Int: [Int]]
    /// The documents stating each such fact, by its head, in order of loading.
    let documents: [Int: [Int]]
    /// Per position, whether its fact has other statements.
    let shared: [Bool]
}

extension IndicatorGraph {
    /// The facts of the graph, found on first use and kept until the graph changes. Figures are
    /// grouped by value first (most values are stated once, and a group of one is no fact of
    /// several), and only the figures of one value are compared field by field.
    var facts: FactIndex {
        if let cached = factCache { return cached }
        struct Key: Hashable {
            let what: Int32
            let unit: Int32
            let region: Int32
            let period: Int32
            let year: Int
            let kind: Kind
        }
        // The arrays are read through locals, and fields one by one: copying an observation
        // counts references to its strings.
        let observations = self.observations
        let stringKeys = self.stringKeys
        func key(_ position: Int) -> Key {
            let strings = stringKeys[position]
            let indicator = observations[position].indicator
            return Key(
                what: indicator >= 0 ? Int32(indicator) : -2 - strings.metric, unit: strings.unit,
                region: strings.region, period: strings.period, year: observations[position].year ?? .min,
                kind: observations[position].kind)
        }
        // Figures grouped by value (the bits of the double) in one pass, as the merger groups
        // a document's candidates: each group's positions are chained in `next`, in position
        // order. (Sorting (value, position) pairs cost some 1,000 instructions a figure.)
        let count = observations.count
        var next = [Int32](repeating: -1, count: count)
        var groupFirst: [Int32] = []
        var groupLast: [Int32] = []
        var groupSize: [Int32] = []
        var groupsOfValue = HashSlots(capacity: count)
        for position in 0..<count {
            let bits = observations[position].value.bitPattern
            var slot = groupsOfValue.first(for: spreadHash(bits))
            while groupsOfValue[slot] >= 0
                && observations[Int(groupFirst[groupsOfValue[slot]])].value.bitPattern != bits
            {
                slot = groupsOfValue.next(after: slot)
            }
            let group = groupsOfValue[slot]
            if group < 0 {
                groupsOfValue[slot] = groupFirst.count
                groupFirst.append(Int32(position))
                groupLast.append(Int32(position))
                groupSize.append(1)
            } else {
                next[Int(groupLast[group])] = Int32(position)
                groupLast[group] = Int32(position)
                groupSize[group] += 1
            }
        }
        var head = (0..<Int32(count)).map { $0 }
        var members: [Int: [Int]] = [:]
        for group in groupFirst.indices where groupSize[group] > 1 {
            // Members of one value, in position order: each joins the first with its key.
            // A few are compared in a list; a common value (100%, 1个) by a table.
            var firsts: [(key: Key, position: Int)] = []
            var table: [Key: Int] = [:]
            let many = groupSize[group] > 16
            var member = Int(groupFirst[group])
            while member >= 0 {
                let position = member
                member = Int(next[position])
                let own = key(position)
                let known = many ? table[own] : firsts.first(where: { $0.key == own })?.position
                if let first = known {
                    head[position] = Int32(first)
                    members[first, default: [first]].append(position)
                } else if many {
                    table[own] = position
                } else {
                    firsts.append((own, position))
                }
            }
        }
        // Each fact's documents once, not once for each of its members (a figure many
        // generated articles repeat has hundreds).
        let documents = members.mapValues { list in
            Set(list.lazy.flatMap { observations[$0].mentions.lazy.map(\.document) }).sorted()
        }
        var shared = [Bool](repeating: false, count: observations.count)
        for list in members.values {
            for position in list { shared[position] = true }
        }
        let index = FactIndex(head: head, members: members, documents: documents, shared: shared)
        factCache = index
        return index
    }

    /// The positions of every observation stating the same fact as the one at `position`
    /// (itself included), ascending.
    public func sameFact(as position: Int) -> [Int] {
        let facts = facts
        return facts.members[Int(facts.head[position])] ?? [position]
    }

    /// Whether the observation at `position` is one of a fact's several statements.
    public func isStatedElsewhere(_ position: Int) -> Bool {
        facts.shared[position]
    }

    /// The documents (indexes) that state the fact of the observation at `position`, in order
    /// of loading.
    public func sources(ofFactAt position: Int) -> [Int] {
        let facts = facts
        if let documents = facts.documents[Int(facts.head[position])] { return documents }
        return Set(observations[position].mentions.map(\.document)).sorted()
    }

    /// Adds the documents that state the fact of the observation at `position` to `documents`
    /// (without making a list of them for a figure only its own article states).
    func addSources(ofFactAt position: Int, to documents: inout Set<Int>) {
        let facts = facts
        if facts.shared[position], let list = facts.documents[Int(facts.head[position])] {
            documents.formUnion(list)
        } else {
            documents.insert(observations[position].document)
        }
    }

    /// The positions with one per fact: the first of each fact among `positions`. A figure no
    /// other states passes on one look at an array; only a fact's statements are remembered.
    /// With a `limit`, stops once it has that many.
    func oncePerFact(_ positions: [Int], limit: Int? = nil) -> [Int] {
        let facts = facts
        guard !facts.members.isEmpty else { return limit.map { Array(positions.prefix($0)) } ?? positions }
        var seen: Set<Int32> = []
        var kept: [Int] = []
        kept.reserveCapacity(min(positions.count, limit ?? positions.count))
        for position in positions where !facts.shared[position] || seen.insert(facts.head[position]).inserted {
            if kept.count == limit { break }
            kept.append(position)
        }
        return kept
    }
}
