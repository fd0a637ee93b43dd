/// A field's value for ordering and grouping: numbers before text, missing values last.
enum SortKey: Comparable, Hashable {
    case number(Double)
    case text(String)
    case missing
}

extension Observation {
    /// The value of `field`, ordered the way a reader expects (sectors in table order,
    /// documents in load order).
    func sortKey(_ field: Field) -> SortKey {
        switch field {
        case .year: year.map { .number(Double($0)) } ?? .missing
        case .value: .number(value)
        case .period: period.map(SortKey.text) ?? year.map { .text(String($0)) } ?? .missing
        case .sector: .number(Double(Sector.allCases.firstIndex(of: sector) ?? 0))
        case .metric: .text(metric)
        case .indicator: indicator >= 0 ? .number(Double(indicator)) : .missing
        case .unit: .text(unit)
        case .region: region.map(SortKey.text) ?? .missing
        case .doc: .number(Double(document))
        case .qualifier: .text(qualifier?.rawValue ?? "none")
        case .kind: .text(kind.rawValue)
        case .id: .number(Double(document) * 1e9 + Double(id.number))
        }
    }

    /// The value of `field` as a group label in `compare … by`.
    func label(_ field: Field, in graph: IndicatorGraph) -> String {
        switch field {
        case .year: year.map(String.init) ?? "(no year)"
        case .value: NumberFormat.exact(value)
        case .period: period ?? year.map(String.init) ?? "(no period)"
        case .sector: sector.id
        case .metric: metric
        case .indicator: graph.indicator(of: self)?.id ?? "(no indicator)"
        case .unit: unit
        case .region: region ?? "(no region)"
        case .doc: graph.documents[safe: document]?.name ?? "document \(document + 1)"
        case .qualifier: qualifier?.rawValue ?? "none"
        case .kind: kind.rawValue
        case .id: id.description
        }
    }
}

/// The family a unit belongs to (money, people, places, events), as `list units` shows it: the
/// one `units.tsv` gives its base unit.
enum UnitFamily: String, CaseIterable {
    case money, people, places, events

    init?(unit: String, lexicon: Lexicon = .standard) {
        // 名 and 位 are written forms of 人 and not bases of their own.
        let base = unit == "名" || unit == "位" ? "人" : unit
        guard let family = lexicon.unitFamilies[base].flatMap(UnitFamily.init(rawValue:)) else { return nil }
        self = family
    }

}

/// Whether a metric names a share, which cannot exceed 100%.
func isShareMetric(_ metric: String) -> Bool {
    ["率", "比例", "占比", "覆盖率"].contains { metric.contains($0) }
}

/// Whether a figure counts people, as opposed to visits (人次) that may exceed a population.
func isHeadcount(_ unit: String) -> Bool {
    unit == "人" || unit == "名" || unit == "位"
}
