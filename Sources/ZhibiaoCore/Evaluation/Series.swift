/// `series`: one measure over the years, for each place — the value of each year (the most
/// complete figure of that year, its period said when it is not the whole year), the change from
/// the year before in units and in percent, and in table mode a sparkline of the values.
extension Evaluator {
    func series(_ targets: Targets, filter: Expr?) throws(Diagnostic) -> Answer {
        let observations = graph.observations
        var positions = graph.oncePerFact(try select(targets, filter: filter).positions)
        var notes: [String] = []
        if !(filter?.names(.kind) ?? false) {
            let before = positions.count
            positions = positions.filter { observations[$0].kind == .actual }
            if positions.count < before {
                let count = before - positions.count
                notes.append(
                    "\(count) figure\(count == 1 ? "" : "s") of other kinds (targets, changes, shares of targets) left out (`where kind=…` shows them)"
                )
            }
        }
        positions = positions.filter { observations[$0].year != nil }
        struct LineKey: Hashable {
            var measure: Measure
            var region: String
        }
        var lines: [LineKey: (stated: String, years: [Int: [Int]])] = [:]
        for position in positions {
            let observation = observations[position]
            let key = LineKey(measure: Measure(observation), region: observation.region ?? "")
            lines[key, default: (observation.metric, [:])].years[observation.year!, default: []].append(position)
        }
        let ordered = lines.keys.sorted { a, b in
            a.measure != b.measure ? Measure.precedes(a.measure, b.measure) : a.region < b.region
        }
        let showsKind = ordered.contains { $0.measure.kind != .actual }
        var columns = [Column("measure", priority: .essential).groupingRows(), Column("unit").groupingRows()]
        if showsKind { columns.append(Column("kind").groupingRows()) }
        columns += [
            Column("region").groupingRows(), Column("year", priority: .essential),
            Column("value", priority: .essential).keptWhole(),
            Column("period"), Column("change", priority: .essential), Column("change %", key: "change_percent"),
            Column("trend", terminalOnly: true), Column("sources"),
        ]
        var rows: [[Cell]] = []
        var chart = ChartBuilder()
        var partial = false
        for key in ordered {
            let line = lines[key]!
            let name = key.measure.name(in: graph, stated: line.stated)
            let years = line.years.keys.sorted()
            var values: [Double?] = []
            var periods: [String?] = []
            var previous: (year: Int, observation: Observation)?
            for year in years {
                let members = line.years[year]!
                let reach = members.map { PeriodSpan.reach(observations[$0]) }.max() ?? 0
                let chosen = members.filter { PeriodSpan.reach(observations[$0]) == reach }
                let first = observations[chosen[0]]
                let disagree = chosen.contains {
                    Evaluator.disagree(
                        (observations[$0].scaledValue, observations[$0].qualifier), (first.scaledValue, first.qualifier)
                    )
                }
                var sources: Set<Int> = []
                for position in chosen { graph.addSources(ofFactAt: position, to: &sources) }
                var row: [Cell] = [.text(name), .text(key.measure.unit)]
                if showsKind { row.append(.text(key.measure.kind.rawValue)) }
                row += [.text(key.region), .number(Double(year))]
                let periodLabel = PeriodSpan.label(first)
                let place = key.region.isEmpty ? "(no place)" : key.region
                chart.addSources(sources)
                if disagree {
                    let shown = chosen.map { observations[$0].scaledReadableValue }.joined(separator: " ≠ ")
                    row.append(.text(shown))
                    values.append(nil)
                    let span = periodLabel.map { " (\($0))" } ?? ""
                    chart.note(
                        "\(place), \(year): \(shown)\(span), articles disagree; not drawn", of: key.measure, title: name
                    )
                } else {
                    row.append(.quantity(first.scaledValue, shown: first.scaledReadableValue))
                    values.append(first.scaledValue)
                    chart.add(
                        ChartPoint(
                            category: String(year), series: place, value: first.scaledValue,
                            shown: first.scaledReadableValue, period: periodLabel, hedged: first.qualifier != nil),
                        of: key.measure, title: name)
                }
                periods.append(periodLabel)
                row.append(periodLabel.map(Cell.text) ?? .text("year"))
                // A change is worked out only between figures of comparable periods: the whole
                // year after the whole year, 1-11月 after 1-11月.
                if let previous, !disagree, let last = values[values.count - 2],
                    PeriodSpan.label(previous.observation) == periodLabel
                {
                    let change = first.scaledValue - last
                    let isRate = key.measure.unit == "%" || key.measure.unit == "‰"
                    let since = previous.year == year - 1 ? "" : " since \(previous.year)"
                    let changeUnit = isRate ? "个百分点" : ""
                    row.append(.quantity(change, shown: signed(change) + changeUnit + since))
                    if !isRate && last != 0 {
                        let percent = change / abs(last) * 100
                        row.append(
                            .quantity(
                                Double(NumberFormat.decimal(percent, maximumFractionDigits: 1))!,
                                shown: (percent >= 0 ? "+" : "")
                                    + NumberFormat.decimal(percent, maximumFractionDigits: 1) + "%"))
                    } else {
                        row.append(.null)
                    }
                } else {
                    if let previous, periodLabel != PeriodSpan.label(previous.observation) { partial = true }
                    row += [.null, .null]
                }
                row.append(.null)
                row.append(.number(Double(sources.count)))
                rows.append(row)
                previous = (year, first)
            }
            // The sparkline stands on the line's first row.
            let trendIndex = columns.firstIndex { $0.key == "trend" }!
            // It draws the figures of the line's usual period only: 1-11月 after a whole year
            // would read as a fall.
            let drawn = Sparkline.commonPeriod(periods)
            rows[rows.count - years.count][trendIndex] = .text(
                Sparkline.draw(zip(values, periods).map { $1 == drawn ? $0 : nil }))
        }
        var parts: [Answer.Part] = [
            .table(ResultTable(columns: columns, rows: rows, emptyMessage: "(no figures with a year)"))
        ]
        if partial {
            parts.append(
                .note("No change is given between figures of different periods (a whole year and part of one)."))
        }
        for note in notes { parts.append(.note(note)) }
        var answer = Answer(parts)
        answer.chart = chart.chart(.lines, graph: graph, sortingCategories: true)
        return answer
    }

    private func signed(_ value: Double) -> String {
        let text = NumberFormat.readable(value) ?? NumberFormat.exact(value)
        return value > 0 ? "+" + text : text
    }
}

/// A line of block characters (▁▂▃▄▅▆▇█), one per value, scaled from the smallest to the
/// largest; a missing value is a space.
enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The period most of a line's figures are of, the whole year (nil) among those as many.
    static func commonPeriod(_ periods: [String?]) -> String? {
        var counts: [String?: Int] = [:]
        for period in periods { counts[period, default: 0] += 1 }
        return counts.max { a, b in
            a.value != b.value ? a.value < b.value : (a.key ?? "") > (b.key ?? "")
        }?.key ?? nil
    }

    static func draw(_ values: [Double?]) -> String {
        let present = values.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else { return "" }
        return String(
            values.map { value in
                guard let value else { return " " }
                guard high > low else { return blocks[3] }
                return blocks[min(7, Int((value - low) / (high - low) * 7 + 0.5))]
            })
    }
}
