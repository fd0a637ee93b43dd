/// `show`: the observations of the targets that meet the condition, in order.
///
/// A fact that several articles state is shown once, as the first of them states it. Values of
/// different units are not one scale: ordered by value, each unit's figures stand together (the
/// unit most figures have first), each in value order; the walk over the graph's value order
/// answers when one unit is all there can be. Figures the articles only imply (kind `derived`)
/// are shown when the condition names `kind` and they meet it.
extension Evaluator {
    func show(_ targets: Targets, filter: Expr?, order: Ordering?, limit: Int?) throws(Diagnostic) -> Answer {
        let derived = filter?.names(.kind) == true ? try derivedMatching(targets, filter: filter) : []
        let byValue = order?.field.field == .value
        if derived.isEmpty, let order, byValue, let limit, graph.byUnit.count == 1 || (filter?.pinsUnit ?? false) {
            var asked = limit
            var positions: [Int]
            repeat {
                let found = try firstByValue(targets, filter: filter, descending: order.descending, limit: asked)
                positions = graph.oncePerFact(found)
                if found.count < asked || positions.count >= limit { break }
                asked *= 2
            } while true
            return Answer([.observations(positions.prefix(limit).map { graph.observations[$0] })])
        }
        // Without derived figures or an order, the rows are cut at the limit as they are found.
        let cut = derived.isEmpty && order == nil ? limit : nil
        var positions = graph.oncePerFact(try select(targets, filter: filter).positions, limit: cut)
        // Without derived figures or an order by value, the rows are cut before they are copied.
        if derived.isEmpty && !byValue {
            if let order { positions = sorted(positions, by: order) }
            if let limit { positions = Array(positions.prefix(limit)) }
            return Answer([.observations(positions.map { graph.observations[$0] })])
        }
        var observations = positions.map { graph.observations[$0] } + derived
        var parts: [Answer.Part] = []
        if let order {
            if byValue {
                observations = Self.sortedWithinUnits(observations, descending: order.descending)
                if Set(observations.map(\.unit)).count > 1 {
                    parts.append(
                        .note(
                            "Values of different units are ordered within each unit, the unit most figures have first.")
                    )
                }
            } else {
                observations = Self.sorted(observations, by: order) { $0.sortKey(order.field.field) }
            }
        }
        if let limit { observations = Array(observations.prefix(limit)) }
        return Answer([.observations(observations)] + parts)
    }

    /// The derived figures of the targets that meet the condition.
    private func derivedMatching(_ targets: Targets, filter: Expr?) throws(Diagnostic) -> [Observation] {
        let predicate = try filter.map { expr throws(Diagnostic) in try ConditionCompiler(graph: graph).compile(expr) }
        let figures = graph.derived.map(\.observation)
        guard !figures.isEmpty else { return [] }
        let wanted: (Observation) -> Bool
        switch targets {
        case .all: wanted = { _ in true }
        case .names(let names):
            let sectors = names.compactMap { Sector(name: $0.text) }
            let indicators = names.compactMap { graph.catalog.indicator(named: $0.text) }.flatMap {
                graph.catalog.family(of: $0).map(Int16.init)
            }
            let phrases = names.map(\.text)
            wanted = { figure in
                sectors.contains(figure.sector) || indicators.contains(figure.indicator)
                    || phrases.contains { figure.metric.contains($0) }
            }
        }
        return figures.filter { wanted($0) && (predicate?.matches($0) ?? true) }
    }

    /// Observations grouped by unit (the unit most of them have first, then by name), in value
    /// order within each; equal values keep their order.
    static func sortedWithinUnits(_ observations: [Observation], descending: Bool) -> [Observation] {
        var counts: [String: Int] = [:]
        for observation in observations { counts[observation.unit, default: 0] += 1 }
        let rank = Dictionary(
            uniqueKeysWithValues: counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.enumerated().map {
                ($0.element.key, $0.offset)
            })
        return observations.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.unit != y.unit { return rank[x.unit]! < rank[y.unit]! }
            if x.value != y.value { return descending ? x.value > y.value : x.value < y.value }
            return a.offset < b.offset
        }.map(\.element)
    }
}
