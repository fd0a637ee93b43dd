/// `describe NAME`: what a sector or metric is called, which observations it has and which
/// documents state them.
extension Evaluator {
    func describe(_ name: Name) throws(Diagnostic) -> Answer {
        let observations = graph.observations
        let kind: String
        let aliases: [String]
        let positions: [Int]
        if let sector = Sector(name: name.text) {
            kind = "sector"
            aliases = [sector.id, sector.chineseName]
            positions = graph.bySector[sector] ?? []
        } else if graph.byMetric[name.text] != nil {
            // Metrics that differ only by a modifier such as 每 are the same figure under another name.
            let key = MetricKey(name.text)
            kind = "metric"
            aliases = graph.metrics.filter { MetricKey($0) == key }
            positions = aliases.reduce([]) { Positions.union($0, graph.byMetric[$1] ?? []) }
        } else {
            kind = "metric phrase"
            positions = try resolve(name)
            aliases = graph.metrics.filter { $0.contains(name.text) }
        }
        let members = positions.map { observations[$0] }
        var sources: [(name: String, count: Int)] = []
        for observation in members {
            let document =
                graph.documents[safe: observation.document]?.name ?? "document \(observation.document + 1)"
            if let index = sources.firstIndex(where: { $0.name == document }) {
                sources[index].count += 1
            } else {
                sources.append((document, 1))
            }
        }
        let sectors = members.map(\.sector.id).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let row: [Cell] = [
            .text(name.text), .text(kind), .list(sectors.map(Cell.text)), .list(aliases.map(Cell.text)),
            .number(Double(members.count)),
            .list(members.map { .text("\($0.id)  \($0.metric) \($0.statedValue)\($0.scope)") }),
            .list(sources.map { .text("\($0.name) (\($0.count))") }),
        ]
        let columns = [
            Column("name"), Column("kind"), Column("sector"), Column("aliases"), Column("count"),
            Column("observations"), Column("sources"),
        ]
        return Answer([.table(ResultTable(columns: columns, rows: [row], layout: .records))])
    }
}

extension Observation {
    /// ` · 2025 · 长治市`, the period and region of a figure when known.
    var scope: String {
        [period ?? year.map(String.init), region].compactMap { $0 }.map { " · " + $0 }.joined()
    }
}
