/// `compare`: groups side by side — counts, totals per unit family, rates, leading metrics —
/// and in table mode a bar chart per family so that the difference is seen.
extension Evaluator {
    func compare(_ targets: Targets, filter: Expr?, by field: Field?) throws(Diagnostic) -> Answer {
        var groups: [(label: String, positions: [Int])] = []
        let observations = graph.observations
        if let field {
            let selection = try select(targets, filter: filter)
            var byLabel: [String: (key: SortKey, positions: [Int])] = [:]
            for position in selection.positions {
                let observation = observations[position]
                byLabel[observation.label(field, in: graph), default: (observation.sortKey(field), [])].positions
                    .append(position)
            }
            groups = byLabel.sorted { ($0.value.key, $0.key) < ($1.value.key, $1.key) }.map {
                ($0.key, $0.value.positions)
            }
        } else if case .names(let names) = targets {
            for name in names {
                groups.append((name.text, try select(.names([name]), filter: filter).positions))
            }
        } else {
            let selection = try select(targets, filter: filter)
            for sector in Sector.allCases {
                let positions = selection.positions.filter { observations[$0].sector == sector }
                if !positions.isEmpty { groups.append((sector.id, positions)) }
            }
        }
        return compareAnswer(groups, heading: field?.rawValue ?? "group")
    }

    private func compareAnswer(_ groups: [(label: String, positions: [Int])], heading: String) -> Answer {
        let observations = graph.observations
        // One pass over each group gathers its totals per unit family, its percentages and its
        // metrics; observations are read in place, never copied.
        let families = UnitFamily.allCases
        var summaries: [GroupSummary] = []
        // One metric across sources: its values themselves are the point of the comparison.
        var firstMetric: MetricKey?
        var singleMetric = true
        for group in groups {
            var summary = GroupSummary(familyCount: families.count)
            for (index, position) in group.positions.enumerated() {
                let unit = observations[position].unit
                let value = observations[position].value
                if let family = UnitFamily(unit: unit) { summary.sums[families.firstIndex(of: family)!] += value }
                if unit == "%" {
                    summary.rateTotal += value
                    summary.rateCount += 1
                }
                let metric = observations[position].metric
                summary.mentions[metric, default: (0, index)].count += max(1, observations[position].mentions.count)
                if singleMetric {
                    let key = MetricKey(metric)
                    if firstMetric == nil { firstMetric = key } else if key != firstMetric { singleMetric = false }
                }
            }
            summaries.append(summary)
        }
        var columns = [Column(heading, priority: .essential), Column("observations")]
        var rows: [[Cell]] = groups.map { [.text($0.label), .number(Double($0.positions.count))] }
        var totals: [UnitFamily: [Double]] = [:]
        // Families no group has are left out rather than shown as columns of zeros.
        for (f, family) in families.enumerated() {
            let sums = summaries.map { $0.sums[f] }
            guard sums.contains(where: { $0 != 0 }) else { continue }
            totals[family] = sums
            columns.append(Column(family.rawValue))
            for index in rows.indices { rows[index].append(.number(sums[index])) }
        }
        let rates: [Double?] = summaries.map { $0.rateCount == 0 ? nil : $0.rateTotal / Double($0.rateCount) }
        if rates.contains(where: { $0 != nil }) {
            columns.append(Column("mean rate %", key: "mean_rate"))
            for index in rows.indices {
                rows[index].append(
                    rates[index].map { .number(Double(NumberFormat.decimal($0, maximumFractionDigits: 2))!) } ?? .null)
            }
        }
        if singleMetric && firstMetric != nil {
            columns.append(Column("values"))
            for (index, group) in groups.enumerated() {
                rows[index].append(.list(group.positions.map { .text(observations[$0].statedValue) }))
            }
        }
        columns.append(Column("leading metrics", key: "leading_metrics"))
        for index in groups.indices {
            rows[index].append(.list(summaries[index].leadingMetrics.map(Cell.text)))
        }
        var parts: [Answer.Part] = [
            .table(ResultTable(columns: columns, rows: rows, emptyMessage: "(nothing to compare)"))
        ]
        for family in UnitFamily.allCases {
            guard let sums = totals[family] else { continue }
            let bars = zip(groups, sums).map { group, total in
                (label: group.label, value: total, caption: NumberFormat.readable(total) ?? NumberFormat.exact(total))
            }
            parts.append(.chart(BarChart(title: "\(family.rawValue) (\(family.units))", bars: bars)))
        }
        if rates.contains(where: { $0 != nil }) {
            let bars = zip(groups, rates).map { group, rate in
                (
                    label: group.label, value: rate ?? 0,
                    caption: rate.map { NumberFormat.decimal($0, maximumFractionDigits: 2) + "%" } ?? "–"
                )
            }
            parts.append(.chart(BarChart(title: "mean rate (%)", bars: bars)))
        }
        return Answer(parts)
    }
}

/// What `compare` gathers of one group in its pass over it.
private struct GroupSummary {
    /// Totals per unit family, in `UnitFamily.allCases` order.
    var sums: [Double]
    var rateTotal = 0.0
    var rateCount = 0
    /// Mentions of each metric and the position of its first observation in the group.
    var mentions: [String: (count: Int, first: Int)] = [:]

    init(familyCount: Int) {
        sums = Array(repeating: 0, count: familyCount)
    }

    /// The three metrics stated most often in the group, earlier ones first on ties.
    var leadingMetrics: [String] {
        mentions.sorted { ($1.value.count, $0.value.first) < ($0.value.count, $1.value.first) }.prefix(3).map(\.key)
    }
}

extension Observation {
    /// The value as the article hedges it: ≥4.5个, ≈200个, 62.9%.
    var statedValue: String {
        let mark =
            switch qualifier {
            case .atLeast: "≥"
            case .moreThan: ">"
            case .approx: "≈"
            case .atMost: "≤"
            case nil: ""
            }
        return mark + (NumberFormat.readable(value) ?? NumberFormat.exact(value)) + unit
    }
}
