/// `compare`: figures laid side by side, like with like. A cell holds one fact of one measure
/// (indicator, kind and unit) for one group; nothing is ever summed or averaged, across
/// measures, units, kinds, years or articles.
///
/// - `compare INDICATOR[, …] by A, B`: a pivot, a row per measure and value of A, a column per
///   value of B (by default `by region, year`);
/// - `compare SECTOR[, …] by A`: each sector's measures, a column per value of A (by default
///   `region`), and how many observations and articles stand behind each sector.
///
/// Region and year, when not among the fields and not the same for every figure, divide the
/// rows too, so that a cell never holds two places or two years. Targets (and derived figures)
/// appear only when the condition names `kind`.
extension Evaluator {
    func compare(_ targets: Targets, filter: Expr?, by fields: [Field]) throws(Diagnostic) -> Answer {
        let observations = graph.observations
        var positions = graph.oncePerFact(try select(targets, filter: filter).positions)
        var left: [String] = []
        if !(filter?.names(.kind) ?? false) {
            let before = positions.count
            positions = positions.filter { observations[$0].kind != .target && observations[$0].kind != .derived }
            if positions.count < before {
                let count = before - positions.count
                left.append("\(count) target\(count == 1 ? "" : "s") left out (`where kind=target` compares them)")
            }
        }
        let bySector: Bool =
            switch targets {
            case .all: true
            case .names(let names): names.allSatisfy { Sector(name: $0.text) != nil }
            }
        let layout = PivotLayout(bySector: bySector, fields: fields, positions: positions, graph: graph)
        var pivot = Pivot(layout: layout, graph: graph)
        for position in positions {
            if isCancelled() { break }
            pivot.add(position)
        }
        return pivot.answer(notes: left)
    }
}

/// Which fields make the rows and which the columns of a comparison.
struct PivotLayout {
    /// Whether rows begin with the sector (compare SECTOR, …).
    var bySector: Bool
    /// The fields that divide rows (after the sector and measure), in order.
    var rowFields: [Field]
    /// The field whose values are the columns; nil for a single value column.
    var columnField: Field?

    init(bySector: Bool, fields: [Field], positions: [Int], graph: IndicatorGraph) {
        self.bySector = bySector
        var fields = fields
        if fields.isEmpty { fields = bySector ? [.region] : [.region, .year] }
        if bySector {
            // A sector's measures are the rows; the one field given is the columns.
            columnField = fields.last
            rowFields = fields.count > 1 ? [fields[0]] : []
        } else {
            rowFields = [fields[0]]
            columnField = fields.count > 1 ? fields[1] : nil
        }
        // Place and year that vary but were not asked for still divide the rows.
        for implied: Field in [.region, .year] where !fields.contains(implied) {
            let observations = graph.observations
            var first: String?
            let varies = positions.contains { position in
                let label = observations[position].label(implied, in: graph)
                if first == nil { first = label }
                return label != first
            }
            if varies { rowFields.append(implied) }
        }
    }
}

/// The cells of a comparison as figures are added, then the answer.
struct Pivot {
    let layout: PivotLayout
    let graph: IndicatorGraph

    private struct RowKey: Hashable {
        var sector: Sector?
        var measure: Measure
        var labels: [String]
    }
    private struct Row {
        var key: RowKey
        var sortKeys: [SortKey]
        /// The metric as first stated, for measures outside the catalog.
        var stated: String
        /// The position of the figure it was first stated by.
        var first: Int
        var cells: [String: [Int]] = [:]
    }
    private var rows: [RowKey: Row] = [:]
    private var columns: [String: SortKey] = [:]
    /// Figures gathered by the numbers of what places them (interned strings, years, indexes),
    /// so that a million figures cost a million small hashes; the labels and measures are
    /// worked out once for each distinct key, when the answer is made.
    private var buckets: [Placement: [Int]] = [:]

    /// Where a figure goes, in numbers: its measure, its row's fields and its column's.
    private struct Placement: Hashable {
        var sector: UInt8
        var what: Int64
        var unit: Int32
        var kind: UInt8
        var row: (Int64, Int64, Int64)
        var column: Int64

        static func == (a: Placement, b: Placement) -> Bool {
            a.sector == b.sector && a.what == b.what && a.unit == b.unit && a.kind == b.kind && a.row == b.row
                && a.column == b.column
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(sector)
            hasher.combine(what)
            hasher.combine(unit)
            hasher.combine(kind)
            hasher.combine(row.0)
            hasher.combine(row.1)
            hasher.combine(row.2)
            hasher.combine(column)
        }
    }

    init(layout: PivotLayout, graph: IndicatorGraph) {
        self.layout = layout
        self.graph = graph
    }

    mutating func add(_ position: Int) {
        let observation = graph.observations[position]
        let strings = graph.stringKeys[position]
        var row: (Int64, Int64, Int64) = (0, 0, 0)
        let fields = layout.rowFields
        if fields.count > 0 { row.0 = code(fields[0], position) }
        if fields.count > 1 { row.1 = code(fields[1], position) }
        if fields.count > 2 { row.2 = code(fields[2], position) }
        let placement = Placement(
            sector: layout.bySector ? UInt8(Sector.allCases.firstIndex(of: observation.sector)!) : 0,
            what: observation.indicator >= 0 ? Int64(observation.indicator) : -2 - Int64(strings.metric),
            unit: strings.unit, kind: UInt8(Kind.allCases.firstIndex(of: observation.kind)!), row: row,
            column: layout.columnField.map { code($0, position) } ?? 0)
        buckets[placement, default: []].append(position)
    }

    /// A field's value of the figure at `position` as a number: equal numbers, equal labels.
    private func code(_ field: Field, _ position: Int) -> Int64 {
        let observation = graph.observations[position]
        let strings = graph.stringKeys[position]
        switch field {
        case .year: return Int64(observation.year ?? Int(Int32.min))
        case .period: return Int64(strings.period) << 32 | Int64(UInt32(truncatingIfNeeded: observation.year ?? -1))
        case .sector: return Int64(Sector.allCases.firstIndex(of: observation.sector)!)
        case .metric: return Int64(strings.metric)
        case .indicator: return Int64(observation.indicator)
        case .value: return Int64(bitPattern: observation.value.bitPattern)
        case .unit: return Int64(strings.unit)
        case .region: return Int64(strings.region)
        case .doc: return Int64(observation.document)
        case .qualifier: return Int64(observation.qualifier.map { Qualifier.allCases.firstIndex(of: $0)! } ?? -1)
        case .kind: return Int64(Kind.allCases.firstIndex(of: observation.kind)!)
        case .id: return Int64(position)
        }
    }

    /// The rows and columns of the figures gathered, labelled.
    private mutating func label() {
        for (placement, positions) in buckets {
            let observation = graph.observations[positions[0]]
            let key = RowKey(
                sector: layout.bySector ? Sector.allCases[Int(placement.sector)] : nil, measure: Measure(observation),
                labels: layout.rowFields.map { observation.label($0, in: graph) })
            let column = layout.columnField.map { observation.label($0, in: graph) } ?? "value"
            if columns[column] == nil {
                columns[column] = layout.columnField.map { observation.sortKey($0) } ?? .missing
            }
            rows[
                key,
                default: Row(
                    key: key, sortKeys: layout.rowFields.map { observation.sortKey($0) }, stated: observation.metric,
                    first: positions[0])
            ]
            .cells[column, default: []] += positions
            if positions[0] < rows[key]!.first {
                rows[key]!.first = positions[0]
                rows[key]!.stated = observation.metric
            }
        }
        buckets = [:]
        // A row's figures in the order of the graph, as they were gathered before.
        for key in rows.keys {
            for column in rows[key]!.cells.keys { rows[key]!.cells[column]!.sort() }
        }
    }

    /// A cell's figure: among the facts in it, those reaching furthest into their year (the
    /// whole year before 1-11月); one value, or the disagreeing values marked.
    private func cell(
        _ positions: [Int], reachOf known: inout [Int64: Int]
    ) -> (
        cell: Cell, value: Double?, period: String, conflict: Bool, shown: String, hedged: Bool
    ) {
        let observations = graph.observations
        let stringKeys = graph.stringKeys
        // How far a period reaches is read once for each period and year, not for each figure.
        let reaches = positions.map { position in
            let key =
                Int64(stringKeys[position].period) << 32
                | Int64(UInt32(truncatingIfNeeded: observations[position].year ?? -1))
            if let reach = known[key] { return reach }
            let reach = PeriodSpan.reach(observations[position])
            known[key] = reach
            return reach
        }
        let reach = reaches.max() ?? 0
        let chosen = zip(positions, reaches).filter { $0.1 == reach }.map(\.0)
        // One of each value and hedge: a figure that many articles repeat costs no more than
        // a few; then the values that disagree with another (≥4.5 agrees with 4.8).
        struct Stated: Hashable {
            let bits: UInt64
            let qualifier: Qualifier?
        }
        var seen: Set<Stated> = []
        var kinds: [(position: Int, value: Double)] = []
        for position in chosen {
            let value = observations[position].scaledValue
            if seen.insert(Stated(bits: value.bitPattern, qualifier: observations[position].qualifier)).inserted {
                kinds.append((position, value))
            }
        }
        let disagreeing = Evaluator.disagreeing(kinds.map { ($0.value, observations[$0.position].qualifier) })
        let conflicting = zip(kinds, disagreeing).filter(\.1).map(\.0.position)
        // Of figures that agree, the one without a hedge says the most (4.8 rather than ≥4.5).
        let first = observations[
            conflicting.first ?? kinds.first { observations[$0.position].qualifier == nil }?.position
                ?? kinds[0].position]
        let span = PeriodSpan.label(first) ?? ""
        let period = span.isEmpty ? "" : " (\(span))"
        if conflicting.isEmpty {
            // A figure of part of the year, or hedged (≥3.5万), is text in every format, so that
            // csv and JSON do not show 1-11月 or "at least" as a bare number beside whole years.
            let cell: Cell =
                span.isEmpty && first.qualifier == nil
                ? .quantity(first.scaledValue, shown: first.scaledReadableValue)
                : .text(first.scaledReadableValue + period)
            return (cell, first.scaledValue, span, false, first.scaledReadableValue, first.qualifier != nil)
        }
        var shown = conflicting.prefix(3).map { observations[$0].scaledReadableValue }.joined(separator: " ≠ ")
        if conflicting.count > 3 { shown += " … (\(conflicting.count) values)" }
        return (.text(shown + period), nil, span, true, shown, false)
    }

    mutating func answer(notes: [String]) -> Answer {
        label()
        let ordered = rows.values.sorted { a, b in
            if a.key.sector != b.key.sector {
                return Sector.allCases.firstIndex(of: a.key.sector ?? .other)!
                    < Sector.allCases.firstIndex(of: b.key.sector ?? .other)!
            }
            if a.key.measure != b.key.measure { return Measure.precedes(a.key.measure, b.key.measure) }
            return zip(a.sortKeys, b.sortKeys).first { $0 != $1 }.map { $0.0 < $0.1 } ?? false
        }
        let columnLabels = columns.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
        let showsKind = ordered.contains { $0.key.measure.kind != .actual }
        var heading: [Column] = []
        if layout.bySector { heading.append(Column("sector", priority: .essential).groupingRows()) }
        heading += [
            Column("indicator", priority: .context).groupingRows(),
            Column("measure", priority: .essential).groupingRows(), Column("unit").groupingRows(),
        ]
        if showsKind { heading.append(Column("kind").groupingRows()) }
        heading += layout.rowFields.enumerated().map { n, field in
            let column = Column(field.rawValue, priority: .essential)
            return n < layout.rowFields.count - 1 ? column.groupingRows() : column
        }
        heading += columnLabels.map { Column($0, key: $0, priority: .essential).keptWhole() }
        heading.append(Column("sources"))
        var table: [[Cell]] = []
        var reaches: [Int64: Int] = [:]
        var charts: [Answer.Part] = []
        var chart = ChartBuilder()
        var conflicts = 0
        var previous: RowKey?
        // A measure's bars, drawn on one scale only for figures of one period: a whole year
        // beside 1-11月 would read as a fall.
        var bars: [(period: String, bars: [(label: String, value: Double, caption: String)])] = []
        func flushBars() {
            defer { bars = [] }
            guard let previous else { return }
            let indicator = previous.measure.indicator
            let name = indicator >= 0 ? graph.catalog.indicators[Int(indicator)].name : rows[previous]!.stated
            let kind = previous.measure.kind == .actual ? [] : [previous.measure.kind.rawValue]
            for (period, drawn) in bars where drawn.count > 1 {
                // (A ratio or an index has no unit: its title names only what there is, 城乡居民收入比.)
                let said = ([previous.measure.unit] + kind + [period]).filter { !$0.isEmpty }
                let title = said.isEmpty ? name : "\(name) (\(said.joined(separator: ", ")))"
                charts.append(.chart(BarChart(title: title, bars: drawn)))
            }
        }
        for row in ordered {
            let measure = row.key.measure
            let sameMeasure = previous.map { $0.sector == row.key.sector && $0.measure == measure } ?? false
            if !sameMeasure { flushBars() }
            var cells: [Cell] = []
            if layout.bySector {
                cells.append(.text(row.key.sector?.id ?? ""))
            }
            let indicator = measure.indicator >= 0 ? graph.catalog.indicators[Int(measure.indicator)] : nil
            let name = measure.name(in: graph, stated: row.stated)
            cells += [
                indicator.map { .text($0.id) } ?? .null, .text(name),
                .text(measure.unit),
            ]
            if showsKind { cells.append(.text(measure.kind.rawValue)) }
            cells += row.key.labels.map(Cell.text)
            var documents: Set<Int> = []
            for label in columnLabels {
                guard let positions = row.cells[label] else {
                    cells.append(.null)
                    continue
                }
                for position in positions { graph.addSources(ofFactAt: position, to: &documents) }
                let (cell, value, period, conflict, shown, hedged) = self.cell(positions, reachOf: &reaches)
                cells.append(cell)
                if conflict { conflicts += 1 }
                let category = row.key.labels.isEmpty ? name : row.key.labels.joined(separator: " · ")
                if let value {
                    chart.add(
                        ChartPoint(
                            category: category, series: label, value: value, shown: shown,
                            period: period.isEmpty ? nil : period, hedged: hedged),
                        of: measure, sector: row.key.sector, title: name)
                } else {
                    let span = period.isEmpty ? "" : " (\(period))"
                    let place = layout.columnField == nil ? category : "\(category), \(label)"
                    chart.note(
                        "\(place): \(shown)\(span), articles disagree; not drawn", of: measure, sector: row.key.sector,
                        title: name)
                }
                if let value {
                    let label = (row.key.labels + (layout.columnField == nil ? [] : [label])).joined(separator: " ")
                    let bar = (label: label.isEmpty ? "value" : label, value: value, caption: cell.shownText)
                    if let index = bars.firstIndex(where: { $0.period == period }) {
                        bars[index].bars.append(bar)
                    } else {
                        bars.append((period, [bar]))
                    }
                }
            }
            chart.addSources(documents)
            cells.append(.number(Double(documents.count)))
            table.append(cells)
            previous = row.key
        }
        flushBars()
        var parts: [Answer.Part] = [
            .table(ResultTable(columns: heading, rows: table, emptyMessage: "(nothing to compare)"))
        ]
        if layout.bySector { parts.append(.table(sectorSummary())) }
        parts += charts
        if conflicts > 0 {
            parts.append(
                .note(
                    "≠ marks figures that articles state differently for the same place and period (`check` lists them)."
                ))
        }
        for note in notes { parts.append(.note(note)) }
        var answer = Answer(parts)
        answer.chart = chart.chart(.bars, graph: graph, seriesOrder: columnLabels)
        return answer
    }

    /// How many observations, facts and articles stand behind each sector compared.
    private func sectorSummary() -> ResultTable {
        var bySector: [Sector: (observations: Int, documents: Set<Int>, measures: Set<Measure>)] = [:]
        let facts = graph.facts
        for row in rows.values {
            guard let sector = row.key.sector else { continue }
            var count = 0
            var documents: Set<Int> = []
            for positions in row.cells.values {
                for position in positions {
                    count += facts.shared[position] ? graph.sameFact(as: position).count : 1
                    graph.addSources(ofFactAt: position, to: &documents)
                }
            }
            bySector[sector, default: (0, [], [])].observations += count
            bySector[sector]!.documents.formUnion(documents)
            bySector[sector]!.measures.insert(row.key.measure)
        }
        let rows: [[Cell]] = Sector.allCases.compactMap { sector in
            guard let summary = bySector[sector] else { return nil }
            return [
                .text(sector.id), .number(Double(summary.measures.count)), .number(Double(summary.observations)),
                .number(Double(summary.documents.count)),
            ]
        }
        return ResultTable(
            title: "behind each sector",
            columns: [Column("sector"), Column("measures"), Column("observations"), Column("sources")], rows: rows)
    }
}

extension Cell {
    /// The text a table shows for the cell.
    var shownText: String {
        if case .quantity(_, let shown) = self { return shown }
        return plain
    }
}
