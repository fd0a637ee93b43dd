/// `list`: the names present in the graph, each with how many observations it has.
extension Evaluator {
    func list(_ kind: ListKind) -> ResultTable {
        let observations = graph.observations
        switch kind {
        case .sectors:
            let rows: [[Cell]] = Sector.allCases.map { sector in
                [.text(sector.id), .text(sector.chineseName), .number(Double(graph.bySector[sector]?.count ?? 0))]
            }
            return ResultTable(
                columns: [Column("sector"), Column("中文", key: "name"), Column("observations")], rows: rows)
        case .metrics:
            let rows: [[Cell]] = graph.metrics.map { metric in
                let members = (graph.byMetric[metric] ?? []).map { observations[$0] }
                let units = members.map(\.unit).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                return [
                    .text(metric), .text(members.first?.sector.id ?? ""), .list(units.map(Cell.text)),
                    .number(Double(members.count)),
                ]
            }
            return ResultTable(
                columns: [Column("metric"), Column("sector"), Column("units"), Column("observations")], rows: rows,
                emptyMessage: "(no metrics)")
        case .indicators:
            // The catalog's indicators that the loaded articles state, in catalog order, with
            // the wordings they state them in.
            let catalog = graph.catalog
            let rows: [[Cell]] = graph.byIndicator.keys.sorted().map { index in
                let indicator = catalog.indicators[Int(index)]
                let members = graph.byIndicator[index] ?? []
                var wordings: [String] = []
                for position in members where !wordings.contains(observations[position].metric) {
                    wordings.append(observations[position].metric)
                }
                return [
                    .text(indicator.id), .text(indicator.name), .text(indicator.sector.id), .text(indicator.unit),
                    .text(indicator.quantity.rawValue), .number(Double(members.count)), .list(wordings.map(Cell.text)),
                ]
            }
            return ResultTable(
                columns: [
                    Column("indicator"), Column("中文", key: "name"), Column("sector"), Column("unit"),
                    Column("quantity"), Column("observations"),
                    Column("worded as", key: "wordings", priority: .context),
                ], rows: rows, emptyMessage: "(no observation names a catalog indicator)")
        case .regions:
            return counts(graph.byRegion.keys.sorted(), heading: "region") { graph.byRegion[$0]?.count ?? 0 }
        case .years:
            let rows: [[Cell]] = graph.byYear.keys.sorted().map {
                [.number(Double($0)), .number(Double(graph.byYear[$0]!.count))]
            }
            return ResultTable(
                columns: [Column("year"), Column("observations")], rows: rows, emptyMessage: "(no years)")
        case .docs:
            let rows: [[Cell]] = graph.documents.enumerated().map { index, document in
                [
                    .number(Double(index + 1)), .text(document.key.text), .text(document.name),
                    document.year.map { .number(Double($0)) } ?? .null,
                    .number(Double(document.sentences.count)), .number(Double(graph.byDocument[index]?.count ?? 0)),
                ]
            }
            return ResultTable(
                columns: [
                    Column("doc"), Column("key"), Column("name"), Column("year"), Column("sentences"),
                    Column("observations"),
                ],
                rows: rows, emptyMessage: "(no documents loaded)")
        case .units:
            // (A ratio or an index has no unit: listed as the value a condition takes, "".)
            let rows: [[Cell]] = graph.byUnit.keys.sorted().map { unit in
                [
                    .text(unit.isEmpty ? "\"\"" : unit),
                    UnitFamily(unit: unit).map { .text($0.rawValue) } ?? (unit == "%" ? .text("rates") : .null),
                    .number(Double(graph.byUnit[unit]!.count)),
                ]
            }
            return ResultTable(
                columns: [Column("unit"), Column("family"), Column("observations")], rows: rows,
                emptyMessage: "(no units)")
        }
    }

    private func counts(_ names: [String], heading: String, count: (String) -> Int) -> ResultTable {
        ResultTable(
            columns: [Column(heading), Column("observations")],
            rows: names.map { [.text($0), .number(Double(count($0)))] },
            emptyMessage: "(no \(heading)s)")
    }
}
