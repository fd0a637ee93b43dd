/// What `check` reports about the graph: figures that disagree, figures that cannot be true,
/// and figures stated more than once.
public struct Finding: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case conflict, contradicted, implausible, repeated
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
        conflicts(positions) + contradicted(positions) + implausible(positions) + repeated(positions)
    }

    private func conflicts(_ positions: [Int]) -> [Finding] {
        // Figures are grouped by the numbers of their interned strings, not by the text: a
        // metric's key (全市 and 每 stripped) is worked out once per distinct metric.
        // A figure of a catalog indicator is grouped by the indicator, so that wordings of one
        // indicator (城镇新增就业, 新增城镇就业) are checked against each other; targets against
        // targets, results against results.
        struct Key: Hashable { let metric: Int32, unit: Int32, region: Int32, period: Int32, kind: Kind }
        let observations = graph.observations
        let stringKeys = graph.stringKeys
        let strings = graph.strings
        let noRegion = graph.stringID("") ?? -1
        var metricKeyOf = [Int32](repeating: -1, count: strings.count)
        var metricKeys = Numbering<MetricKey>()
        var reportingPeriodOf: [Int64: Int32] = [:]
        var periods = Numbering<String>()
        // Each figure's group, numbered in order of first appearance; then the members of each
        // group side by side (a counting sort), rather than one array per group.
        var groupNumbers: [Key: Int32] = [:]
        var keys: [Key] = []
        var groupOf: [Int32] = []
        groupOf.reserveCapacity(positions.count)
        for position in positions {
            let ids = stringKeys[position]
            var metric = metricKeyOf[Int(ids.metric)]
            if observations[position].indicator >= 0 {
                metric = -2 - Int32(observations[position].indicator)
            } else if metric < 0 {
                metric = metricKeys.number(MetricKey(strings[Int(ids.metric)]))
                metricKeyOf[Int(ids.metric)] = metric
            }
            let year = observations[position].year
            let periodKey = Int64(ids.period) << 32 | Int64(UInt32(truncatingIfNeeded: year ?? Int(Int32.min)))
            let period: Int32
            if let known = reportingPeriodOf[periodKey] {
                period = known
            } else {
                period = periods.number(
                    Evaluator.reportingPeriod(period: ids.period < 0 ? nil : strings[Int(ids.period)], year: year))
                reportingPeriodOf[periodKey] = period
            }
            let key = Key(
                metric: metric, unit: ids.unit, region: ids.region == noRegion ? -1 : ids.region, period: period,
                kind: observations[position].kind)
            if let group = groupNumbers[key] {
                groupOf.append(group)
            } else {
                groupNumbers[key] = Int32(keys.count)
                groupOf.append(Int32(keys.count))
                keys.append(key)
            }
        }
        var starts = [Int](repeating: 0, count: keys.count + 1)
        for group in groupOf { starts[Int(group) + 1] += 1 }
        for group in keys.indices { starts[group + 1] += starts[group] }
        var filled = starts
        var grouped = [Int](repeating: 0, count: positions.count)
        for (index, group) in groupOf.enumerated() {
            grouped[filled[Int(group)]] = positions[index]
            filled[Int(group)] += 1
        }
        return keys.indices.compactMap { group in
            if isCancelled() { return nil }
            let key = keys[group]
            guard starts[group + 1] - starts[group] > 1 else { return nil }
            let members = Array(grouped[starts[group]..<starts[group + 1]])
            // Figures with the same value and hedge agree or disagree alike: compare one of each
            // kind, so that a group of many equal figures costs no more than a few.
            struct Kind: Hashable { let value: UInt64, qualifier: Qualifier? }
            var kinds = Numbering<Kind>()
            let kindOf = members.map { position in
                Int(
                    kinds.number(
                        Kind(
                            value: observations[position].value.bitPattern,
                            qualifier: observations[position].qualifier)))
            }
            let disagreeing = Evaluator.disagreeing(
                kinds.values.map { (value: Double(bitPattern: $0.value), qualifier: $0.qualifier) })
            let involved = members.indices.filter { disagreeing[kindOf[$0]] }
            guard let firstInvolved = involved.first else { return nil }
            // Each kind's value is written once, in order of first mention, and shown once (two
            // kinds can read the same when rounded).
            var shownKinds = [Bool](repeating: false, count: kinds.values.count)
            var values = Numbering<ByteText>()
            for index in involved where !shownKinds[kindOf[index]] {
                shownKinds[kindOf[index]] = true
                _ = values.number(ByteText(observations[members[index]].statedValue))
            }
            let region = key.region < 0 ? "" : strings[Int(key.region)]
            let period = periods.values[Int(key.period)]
            let scope = region.isEmpty || period.isEmpty ? region + period : region + ", " + period
            return Finding(
                kind: .conflict, metric: observations[members[firstInvolved]].metric,
                detail: values.values.map(\.text).joined(separator: " vs ") + (scope.isEmpty ? "" : " (" + scope + ")"),
                observations: involved.map { members[$0] }.sorted().map { observations[$0].id })
        }
    }

    /// The period a figure reports on, for deciding whether two figures must agree: a figure
    /// without a period is about its year, and 今年以来 ("since 2025") in a 2025 figure is
    /// that year so far. Month and quarter ranges stay distinct from the whole year.
    static func reportingPeriod(period: String?, year: Int?) -> String {
        guard let period else { return year.map(String.init) ?? "" }
        if let year, period == "since \(year)" { return String(year) }
        return period
    }

    /// Which of a group's distinct figures disagree with at least one other. An unhedged
    /// figure disagrees with another unhedged one exactly when it disagrees with the smallest
    /// or the largest of them (the gap grows faster than the tolerance), so those are compared
    /// with two figures each; hedged figures are compared with every other.
    static func disagreeing(_ figures: [(value: Double, qualifier: Qualifier?)]) -> [Bool] {
        var result = [Bool](repeating: false, count: figures.count)
        var lowest: Int?
        var highest: Int?
        for i in figures.indices where figures[i].qualifier == nil {
            if lowest.map({ figures[i].value < figures[$0].value }) ?? true { lowest = i }
            if highest.map({ figures[i].value > figures[$0].value }) ?? true { highest = i }
        }
        for i in figures.indices {
            if figures[i].qualifier == nil {
                if let lowest, disagree(figures[i], figures[lowest]) { result[i] = true }
                if let highest, disagree(figures[i], figures[highest]) { result[i] = true }
            } else {
                for j in figures.indices where j != i && disagree(figures[i], figures[j]) {
                    result[i] = true
                    result[j] = true
                }
            }
        }
        return result
    }

    /// Different values, unless one's hedge admits the other (4.8 is at least 4.5). Values
    /// within a billionth of the larger are the same figure.
    static func disagree(
        _ a: (value: Double, qualifier: Qualifier?), _ b: (value: Double, qualifier: Qualifier?)
    )
        -> Bool
    {
        if abs(a.value - b.value) <= 1e-9 * max(1, abs(a.value), abs(b.value)) { return false }
        if let q = a.qualifier, q.admits(b.value, stated: a.value) { return false }
        if let q = b.qualifier, q.admits(a.value, stated: b.value) { return false }
        return true
    }

    /// Stated figures that a figure derived from others contradicts beyond what rounding
    /// explains: a target that a result and its share of the target do not give back, last
    /// year's level that this year's and its growth do not.
    ///
    /// A derived figure is set against what the articles state for its indicator, kind, place,
    /// year, unit and period when they agree among themselves; where they disagree, that is a
    /// conflict, reported as one, and a derived figure has no one figure to contradict. So each
    /// derived figure is compared once, whatever the number of articles.
    private func contradicted(_ positions: [Int]) -> [Finding] {
        let observations = graph.observations
        let figures = graph.derived
        guard !figures.isEmpty else { return [] }
        let selected = Set(positions)
        struct Key: Hashable {
            let indicator: Int16
            let kind: Kind
            let region: String?
            let year: Int?
            let unit: String
            /// nil for a whole year.
            let period: String?
        }
        func key(_ o: Observation, kind: Kind) -> Key {
            Key(
                indicator: o.indicator, kind: kind, region: o.region, year: o.year, unit: o.unit,
                period: o.id.isDerived ? o.period : PeriodSpan.isWholeYear(o) ? nil : o.period)
        }
        var wanted: Set<Key> = []
        for figure in figures where figure.observation.indicator >= 0 {
            wanted.insert(key(figure.observation, kind: figure.stands))
        }
        var stated: [Key: [Int]] = [:]
        for position in observations.indices where observations[position].indicator >= 0 {
            let k = key(observations[position], kind: observations[position].kind)
            if wanted.contains(k) { stated[k, default: []].append(position) }
        }
        // The one figure the articles agree on for each key, if they do.
        var agreed: [Key: Int] = [:]
        for (k, members) in stated {
            let values = members.map { (value: observations[$0].value, qualifier: observations[$0].qualifier) }
            guard !Evaluator.disagreeing(values).contains(true) else { continue }
            agreed[k] = members.first { observations[$0].qualifier == nil } ?? members[0]
        }
        var findings: [Finding] = []
        for figure in figures {
            let implied = figure.observation
            guard implied.indicator >= 0, let base = figure.from.first.flatMap(graph.position), selected.contains(base),
                let position = agreed[key(implied, kind: figure.stands)]
            else { continue }
            let stated = observations[position]
            let tolerance = figure.tolerance + IndicatorGraph.roundingShare(stated.value)
            if let qualifier = stated.qualifier, qualifier.admits(implied.value, stated: stated.value) { continue }
            guard abs(stated.value - implied.value) > tolerance * max(abs(stated.value), abs(implied.value)) else {
                continue
            }
            findings.append(
                Finding(
                    kind: .contradicted, metric: stated.metric,
                    detail: "\(stated.statedValue) stated; \(figure.formula) gives \(implied.statedValue)",
                    observations: [stated.id, implied.id] + figure.from))
        }
        return findings
    }

    private func implausible(_ positions: [Int]) -> [Finding] {
        let observations = graph.observations
        let stringKeys = graph.stringKeys
        let strings = graph.strings
        // Units and regions are judged once per distinct string, by its number.
        var headcountUnit = [Bool?](repeating: nil, count: strings.count)
        var populationOf = [Double??](repeating: nil, count: strings.count)
        let percent = graph.stringID("%") ?? -1
        return positions.compactMap { position in
            let ids = stringKeys[position]
            let value = observations[position].value
            let isPeople = headcountUnit[Int(ids.unit)] ?? isHeadcount(strings[Int(ids.unit)])
            headcountUnit[Int(ids.unit)] = isPeople
            if isPeople {
                let observation = observations[position]
                if value > Evaluator.worldwideHeadcountLimit {
                    return Finding(
                        kind: .implausible, metric: observation.metric,
                        detail: "\(observation.statedValue) is more people than any region has",
                        observations: [observation.id])
                }
                var population: Double?
                if ids.region >= 0 {
                    population = populationOf[Int(ids.region)] ?? populations[strings[Int(ids.region)]]
                    populationOf[Int(ids.region)] = .some(population)
                }
                if let region = observation.region, let population, value > population {
                    let readable = NumberFormat.readable(population) ?? NumberFormat.exact(population)
                    return Finding(
                        kind: .implausible, metric: observation.metric,
                        detail: "\(observation.statedValue) is more than the population of \(region) (\(readable)人)",
                        observations: [observation.id])
                }
            }
            if ids.unit == percent, value > 100, isShareMetric(observations[position].metric) {
                let observation = observations[position]
                return Finding(
                    kind: .implausible, metric: observation.metric,
                    detail: "\(observation.statedValue) is a share above 100%", observations: [observation.id])
            }
            return nil
        }
    }

    /// Figures stated more than once: in one article, or by several (one fact, each article's
    /// observation named).
    private func repeated(_ positions: [Int]) -> [Finding] {
        let observations = graph.observations
        let facts = graph.facts
        var findings: [Finding] = []
        var reported: Set<Int32> = []
        for position in positions {
            let observation = observations[position]
            let members = facts.members[Int(facts.head[position])] ?? [position]
            if members.count > 1 {
                // The fact is reported once, at its first member in the selection.
                guard reported.insert(facts.head[position]).inserted else { continue }
                let articles = Set(members.map { observations[$0].document }).count
                let mentions = members.reduce(0) { $0 + observations[$1].mentions.count }
                findings.append(
                    Finding(
                        kind: .repeated, metric: observation.metric,
                        detail: "\(observation.statedValue) stated \(mentions) times in \(articles) articles",
                        observations: members.map { observations[$0].id }))
            } else if observation.mentions.count > 1 {
                findings.append(
                    Finding(
                        kind: .repeated, metric: observation.metric,
                        detail: "\(observation.statedValue) stated \(observation.mentions.count) times",
                        observations: [observation.id]))
            }
        }
        return findings
    }

    /// Findings with the observations and sentences involved, one record each.
    func findingsTable(_ findings: [Finding]) -> ResultTable {
        let columns = [
            Column("finding"), Column("metric"), Column("detail"), Column("observations"), Column("sentences"),
        ]
        let observations = graph.observations
        let rows: [[Cell]] = findings.map { finding in
            let involved = finding.observations.compactMap(graph.position)
            let described = finding.observations.compactMap { id in
                (graph.observation(id) ?? graph.derivedFigure(id)?.observation).map { observation in
                    Cell.text("\(observation.id)  \(observation.metric) \(observation.statedValue)")
                }
            }
            // A figure repeated in one article cites every sentence stating it; a fact several
            // articles state, and other findings, the first sentence of each figure.
            var citations: [Cell] = []
            for position in involved {
                let mentions = observations[position].mentions
                for mention in finding.kind == .repeated && involved.count == 1 ? mentions[...] : mentions.prefix(1) {
                    if let cited = citation(mention) { citations.append(cited) }
                }
            }
            return [
                .text(finding.kind.rawValue), .text(finding.metric), .text(finding.detail), .list(described),
                .list(citations),
            ]
        }
        return ResultTable(columns: columns, rows: rows, layout: .records, emptyMessage: "no findings")
    }

    /// `doc:line: sentence` with the figure highlighted.
    func citation(_ mention: Mention) -> Cell? {
        guard let document = graph.documents[safe: mention.document],
            let sentence = document.sentences[safe: mention.sentence]
        else { return nil }
        return .highlighted(String(sentence.text), mention.figure, label: "\(document.name):\(sentence.line): ")
    }
}

/// Numbers distinct values 0, 1, 2, … in order of first appearance. The first few are found
/// by searching the list; a dictionary is built only when there are more.
private struct Numbering<Value: Hashable> {
    private(set) var values: [Value] = []
    private var numbers: [Value: Int32] = [:]
    private static var searchedCount: Int { 16 }

    mutating func number(_ value: Value) -> Int32 {
        if values.count <= Self.searchedCount {
            if let known = values.firstIndex(of: value) { return Int32(known) }
            if values.count == Self.searchedCount {
                numbers = Dictionary(uniqueKeysWithValues: zip(values, Int32(0)...))
            }
        } else if let known = numbers[value] {
            return known
        }
        let number = Int32(values.count)
        if values.count >= Self.searchedCount { numbers[value] = number }
        values.append(value)
        return number
    }
}
