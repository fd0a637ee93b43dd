/// What `check` reports about the graph: figures that disagree, figures that cannot be true,
/// and figures stated more than once.
public struct Finding: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case conflict, implausible, repeated
    }

    public var kind: Kind
    public var metric: String
    /// One line saying what is wrong (`62.9% vs 6.2%`).
    public var detail: String
    public var observations: [ObservationID]
}

/// A metric phrase with leading modifiers that do not change what is counted removed, so that
/// 每千人口托位数 and 千人口托位数 are recognized as the same metric.
struct MetricKey: Hashable {
    let text: String

    init(_ metric: String) {
        var text = Substring(metric)
        var changed = true
        while changed {
            changed = false
            for prefix in ["每", "全市", "我市", "全县", "全区", "全省", "全国"]
            where text.hasPrefix(prefix) && text.count > prefix.count + 1 {
                text = text.dropFirst(prefix.count)
                changed = true
            }
        }
        self.text = String(text)
    }
}

extension Evaluator {
    /// People figures above this are implausible for any region.
    static let worldwideHeadcountLimit = 1.5e9

    /// The findings among the observations at `positions`, conflicts first.
    public func check(_ positions: [Int]) -> [Finding] {
        let observations = positions.map { graph.observations[$0] }
        return conflicts(observations) + implausible(observations) + repeated(observations)
    }

    private func conflicts(_ observations: [Observation]) -> [Finding] {
        struct Key: Hashable { let metric: MetricKey, unit: String, region: String, period: String }
        var groups: [Key: [Observation]] = [:]
        var order: [Key] = []
        for observation in observations {
            let period = Evaluator.reportingPeriod(observation)
            let key = Key(
                metric: MetricKey(observation.metric), unit: observation.unit, region: observation.region ?? "",
                period: period)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(observation)
        }
        return order.compactMap { key in
            if isCancelled() { return nil }
            let members = groups[key]!
            // Figures with the same value and hedge agree or disagree alike: compare one of each
            // kind, so that a group of many equal figures costs no more than a few.
            struct Kind: Hashable { let value: UInt64, qualifier: Qualifier? }
            var kinds: [Kind: Int] = [:]
            var representatives: [Observation] = []
            let kindOf = members.map { member in
                let kind = Kind(value: member.value.bitPattern, qualifier: member.qualifier)
                if let known = kinds[kind] { return known }
                kinds[kind] = representatives.count
                representatives.append(member)
                return representatives.count - 1
            }
            var disagreeing = [Bool](repeating: false, count: representatives.count)
            for i in representatives.indices {
                for j in (i + 1)..<representatives.count where disagree(representatives[i], representatives[j]) {
                    disagreeing[i] = true
                    disagreeing[j] = true
                }
            }
            let involved = members.indices.filter { disagreeing[kindOf[$0]] }.map { members[$0] }
            guard !involved.isEmpty else { return nil }
            let values = involved.map(\.statedValue).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let scope = [key.region, key.period].filter { !$0.isEmpty }.joined(separator: ", ")
            return Finding(
                kind: .conflict, metric: involved[0].metric,
                detail: values.joined(separator: " vs ") + (scope.isEmpty ? "" : " (\(scope))"),
                observations: involved.map(\.id).sorted())
        }
    }

    /// The period a figure reports on, for deciding whether two figures must agree: a figure
    /// without a period is about its year, and 今年以来 ("since 2025") in a 2025 figure is
    /// that year so far. Month and quarter ranges stay distinct from the whole year.
    static func reportingPeriod(_ observation: Observation) -> String {
        guard let period = observation.period else { return observation.year.map(String.init) ?? "" }
        if let year = observation.year, period == "since \(year)" { return String(year) }
        return period
    }

    /// Different values, unless one's hedge admits the other (4.8 is at least 4.5).
    private func disagree(_ a: Observation, _ b: Observation) -> Bool {
        if abs(a.value - b.value) <= 1e-9 * max(1, abs(a.value)) { return false }
        if let q = a.qualifier, q.admits(b.value, stated: a.value) { return false }
        if let q = b.qualifier, q.admits(a.value, stated: b.value) { return false }
        return true
    }

    private func implausible(_ observations: [Observation]) -> [Finding] {
        observations.compactMap { observation in
            let stated = observation.statedValue
            if isHeadcount(observation.unit) {
                if observation.value > Evaluator.worldwideHeadcountLimit {
                    return Finding(
                        kind: .implausible, metric: observation.metric,
                        detail: "\(stated) is more people than any region has", observations: [observation.id])
                }
                if let region = observation.region, let population = populations[region], observation.value > population
                {
                    let readable = NumberFormat.readable(population) ?? NumberFormat.exact(population)
                    return Finding(
                        kind: .implausible, metric: observation.metric,
                        detail: "\(stated) is more than the population of \(region) (\(readable)人)",
                        observations: [observation.id])
                }
            }
            if observation.unit == "%", isShareMetric(observation.metric), observation.value > 100 {
                return Finding(
                    kind: .implausible, metric: observation.metric, detail: "\(stated) is a share above 100%",
                    observations: [observation.id])
            }
            return nil
        }
    }

    private func repeated(_ observations: [Observation]) -> [Finding] {
        observations.filter { $0.mentions.count > 1 }.map { observation in
            Finding(
                kind: .repeated, metric: observation.metric,
                detail: "\(observation.statedValue) stated \(observation.mentions.count) times",
                observations: [observation.id])
        }
    }

    /// Findings with the observations and sentences involved, one record each.
    func findingsTable(_ findings: [Finding]) -> ResultTable {
        let columns = [
            Column("finding"), Column("metric"), Column("detail"), Column("observations"), Column("sentences"),
        ]
        let rows: [[Cell]] = findings.map { finding in
            let involved = finding.observations.compactMap(graph.observation)
            let described = involved.map { Cell.text("\($0.id)  \($0.metric) \($0.statedValue)") }
            let mentions = involved.flatMap { finding.kind == .repeated ? $0.mentions : Array($0.mentions.prefix(1)) }
            return [
                .text(finding.kind.rawValue), .text(finding.metric), .text(finding.detail), .list(described),
                .list(mentions.compactMap(citation)),
            ]
        }
        return ResultTable(columns: columns, rows: rows, layout: .records, emptyMessage: "no findings")
    }

    /// `doc:line: sentence` with the figure highlighted.
    func citation(_ mention: Mention) -> Cell? {
        guard let document = graph.documents[safe: mention.document],
            let sentence = document.sentences[safe: mention.sentence]
        else { return nil }
        let prefix = "\(document.name):\(sentence.line): "
        let shift = prefix.utf8.count
        return .highlighted(
            prefix + sentence.text, (mention.figure.lowerBound + shift)..<(mention.figure.upperBound + shift))
    }
}
