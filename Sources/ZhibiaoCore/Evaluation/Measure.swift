/// What a cell of `compare` or a line of `series` holds figures of: one indicator (or, outside
/// the catalog, one metric phrase), of one kind, in one unit. Figures of different measures are
/// never added, averaged or drawn on one scale.
struct Measure: Hashable {
    /// The catalog indicator, -1 for none.
    var indicator: Int16
    /// The metric's key when there is no indicator (全市, 每 stripped), empty otherwise.
    var metric: String
    var kind: Kind
    var unit: String

    init(_ observation: Observation) {
        indicator = observation.indicator
        metric = observation.indicator >= 0 ? "" : MetricKey(observation.metric).text
        kind = observation.kind
        unit = observation.unit == "名" || observation.unit == "位" ? "人" : observation.unit
    }

    /// The name a reader sees: the indicator's 中文 name, or the metric as first stated.
    func name(in graph: IndicatorGraph, stated: String) -> String {
        indicator >= 0 ? graph.catalog.indicators[Int(indicator)].name : stated
    }

    /// Catalog indicators first, in catalog order; then metrics by name; each kind together.
    static func precedes(_ a: Measure, _ b: Measure) -> Bool {
        let (x, y) = (a.indicator < 0 ? Int.max : Int(a.indicator), b.indicator < 0 ? Int.max : Int(b.indicator))
        if x != y { return x < y }
        if a.metric != b.metric { return a.metric < b.metric }
        if a.kind != b.kind { return Kind.allCases.firstIndex(of: a.kind)! < Kind.allCases.firstIndex(of: b.kind)! }
        return a.unit < b.unit
    }
}

/// How the period of a figure relates to the year it is about.
enum PeriodSpan {
    /// Whether the figure covers its whole year (no period, the year itself, or 今年以来 in a
    /// year-end figure are read as the year).
    static func isWholeYear(_ observation: Observation) -> Bool {
        guard let period = observation.period else { return true }
        guard let year = observation.year else { return false }
        // Read as numbers: a string of the year for every figure compared would allocate.
        let digits = period.utf8.count == 4 ? Substring(period) : period.hasPrefix("since ") ? period.dropFirst(6) : nil
        return digits.flatMap { Int($0) } == year
    }

    /// How far into its year a figure reaches, for choosing the most complete of several:
    /// the whole year 12, 1-11月 11, 前三季度 9, 上半年 6; other periods 0.
    static func reach(_ observation: Observation) -> Int {
        if isWholeYear(observation) { return 12 }
        guard let period = observation.period else { return 0 }
        if let dots = period.firstRange(of: ".."), let month = Int(period[dots.upperBound...].suffix(2)) {
            return month
        }
        if let q = period.lastIndex(of: "Q"), let quarter = Int(period[period.index(after: q)...]) {
            return quarter * 3
        }
        if period.hasSuffix("H1") { return 6 }
        return 0
    }

    /// The period as a reader writes it, when it is not the whole year: 1-11月, Q1-Q3, H1.
    static func label(_ observation: Observation) -> String? {
        guard !isWholeYear(observation), let period = observation.period else { return nil }
        if let dots = period.firstRange(of: ".."), period.count == 16 {
            let from = Int(period[period.index(period.startIndex, offsetBy: 5)..<dots.lowerBound]) ?? 0
            let to = Int(period[dots.upperBound...].suffix(2)) ?? 0
            if from > 0, to > 0 { return from == to ? "\(to)月" : "\(from)-\(to)月" }
        }
        if let year = observation.year, period.hasPrefix(String(year)), period.count > 4 {
            return String(period.dropFirst(4))
        }
        return period
    }
}

extension Observation {
    /// The value on its indicator's scale: a catalog indicator's change stated as a fall
    /// (城镇调查失业率下降0.2个百分点) is negative, as the row shows the indicator's name, not
    /// the article's 下降. A metric outside the catalog keeps its own words and its value.
    var scaledValue: Double { statesFall ? -value : value }

    /// `readableValue` on the indicator's scale (-0.2 for a fall of 0.2).
    var scaledReadableValue: String { statesFall ? "-" + readableValue : readableValue }

    private var statesFall: Bool {
        // Searched as bytes: UTF-8 of one word inside another's is that word.
        guard indicator >= 0 && kind == .change else { return false }
        var metric = metric
        return metric.withUTF8 { bytes in Observation.fallWords.contains { bytes.offsets(of: $0) != nil } }
    }

    private static let fallWords = ["下降", "减少", "降低", "回落", "净减", "下滑", "缩小"].map { Array($0.utf8) }

    /// The value as a reader reads it: its hedge and the readable form (≥4.5, ≈3.01万, 62.9).
    var readableValue: String {
        let mark =
            switch qualifier {
            case .atLeast: "≥"
            case .moreThan: ">"
            case .approx: "≈"
            case .atMost: "≤"
            case nil: ""
            }
        return mark + (NumberFormat.readable(value) ?? NumberFormat.exact(value))
    }
}

extension Expr {
    /// Whether the expression names `field` anywhere.
    func names(_ field: Field) -> Bool {
        switch self {
        case .comparison(let reference, _, _), .membership(let reference, _): reference.field == field
        case .and(let a, let b), .or(let a, let b): a.names(field) || b.names(field)
        case .not(let a, _): a.names(field)
        }
    }
}

extension Observation {
    /// The value as the article hedges it: ≥4.5个, ≈200个, 62.9%.
    var statedValue: String { readableValue + unit }
}
