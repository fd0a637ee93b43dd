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
        let all = groups.flatMap(\.positions)
        // One metric across sources: its values themselves are the point of the comparison.
        let singleMetric = Set(all.map { MetricKey(observations[$0].metric) }).count == 1
        var columns = [Column(heading), Column("observations")]
        var rows: [[Cell]] = groups.map { [.text($0.label), .number(Double($0.positions.count))] }
        var totals: [UnitFamily: [Double]] = [:]
        // Families no group has are left out rather than shown as columns of zeros.
        for family in UnitFamily.allCases {
            let sums = groups.map { group in
                group.positions.map { observations[$0] }.filter { UnitFamily(unit: $0.unit) == family }.reduce(0) {
                    $0 + $1.value
                }
            }
            guard sums.contains(where: { $0 != 0 }) else { continue }
            totals[family] = sums
            columns.append(Column(family.rawValue))
            for index in rows.indices { rows[index].append(.number(sums[index])) }
        }
        let rates: [Double?] = groups.map { group in
            let percentages = group.positions.map { observations[$0] }.filter { $0.unit == "%" }.map(\.value)
            return percentages.isEmpty ? nil : percentages.reduce(0, +) / Double(percentages.count)
        }
        if rates.contains(where: { $0 != nil }) {
            columns.append(Column("mean rate %", key: "mean_rate"))
            for index in rows.indices {
                rows[index].append(
                    rates[index].map { .number(Double(NumberFormat.decimal($0, maximumFractionDigits: 2))!) } ?? .null)
            }
        }
        if singleMetric {
            columns.append(Column("values"))
            for (index, group) in groups.enumerated() {
                rows[index].append(.list(group.positions.map { .text(observations[$0].statedValue) }))
            }
        }
        columns.append(Column("leading metrics", key: "leading_metrics"))
        for (index, group) in groups.enumerated() {
            rows[index].append(.list(leadingMetrics(group.positions.map { observations[$0] }).map(Cell.text)))
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

    /// The three metrics stated most often in a group, earlier ones first on ties.
    private func leadingMetrics(_ members: [Observation]) -> [String] {
        var mentions: [String: (count: Int, first: Int)] = [:]
        for (index, observation) in members.enumerated() {
            mentions[observation.metric, default: (0, index)].count += max(1, observation.mentions.count)
        }
        return mentions.sorted { ($1.value.count, $0.value.first) < ($0.value.count, $1.value.first) }.prefix(3).map(
            \.key)
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
