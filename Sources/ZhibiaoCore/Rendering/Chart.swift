/// What `.chart` draws of a `compare` or `series` answer: its figures as numbers, with their
/// units, periods, hedges and sources, so that a drawing never reads them back from a table.
public struct Chart: Sendable, Equatable {
    /// Bars for `compare`, lines for `series`.
    public enum Style: String, Sendable {
        case bars, lines
    }

    public var style: Style
    /// The statement that made the answer (`compare 城镇新增就业 by region, year`).
    public var statement: String
    /// One panel per measure: figures of different units or kinds never share an axis.
    public var panels: [ChartPanel]
    /// Every panel's series in one order, which gives each its colour in every panel: a
    /// comparison's value columns (`value` alone when it has one), or a series' places.
    public var series: [String]
    /// The names of the articles the figures come from.
    public var sources: [String]

    public init(style: Style, statement: String = "", panels: [ChartPanel], series: [String], sources: [String]) {
        self.style = style
        self.statement = statement
        self.panels = panels
        self.series = series
        self.sources = sources
    }

    /// How many values are drawn, one mark each.
    public var pointCount: Int { panels.reduce(0) { $0 + $1.points.count } }
}

/// One measure's figures (one indicator or metric, of one kind, in one unit) on one axis.
public struct ChartPanel: Sendable, Equatable {
    /// The measure's name (城镇新增就业).
    public var title: String
    public var unit: String
    public var kind: Kind
    /// Along the horizontal axis, in order: a comparison's rows (丽水市), or a series' years.
    /// A row of several fields is written with ` · ` between them (丽水市 · 2024), and drawn a
    /// field a line.
    public var categories: [String]
    /// Told apart by colour, in order: a comparison's value columns (2024, 2025), or a series'
    /// places.
    public var series: [String]
    public var points: [ChartPoint]
    /// Values that are not drawn, with the reason (articles that disagree).
    public var notes: [String]

    public init(
        title: String, unit: String, kind: Kind, categories: [String], series: [String], points: [ChartPoint],
        notes: [String] = []
    ) {
        self.title = title
        self.unit = unit
        self.kind = kind
        self.categories = categories
        self.series = series
        self.points = points
        self.notes = notes
    }
}

/// One value of a panel, where it stands and how sure it is.
public struct ChartPoint: Sendable, Equatable {
    public var category: String
    public var series: String
    public var value: Double
    /// The value as a table shows it (3.79万, ≥4.5).
    public var shown: String
    /// The part of the year the value covers when it is not the whole year (1-11月).
    public var period: String?
    /// Stated with a hedge (≥, >, ≈, ≤): a bound or an estimate, not an exact result.
    public var hedged: Bool

    public init(category: String, series: String, value: Double, shown: String, period: String?, hedged: Bool) {
        self.category = category
        self.series = series
        self.value = value
        self.shown = shown
        self.period = period
        self.hedged = hedged
    }
}

/// Gathers a chart's values measure by measure, as `compare` and `series` work through their
/// answers, keeping each category and series in the order it first appears.
struct ChartBuilder {
    private struct PanelKey: Hashable {
        var sector: Sector?
        var measure: Measure
    }
    private var panels: [ChartPanel] = []
    private var index: [PanelKey: Int] = [:]
    /// Each panel's categories and series as sets: a comparison by document may have
    /// thousands, which a look through the lists would cost the square of.
    private var seen: [(categories: Set<String>, series: Set<String>)] = []
    private var documents: Set<Int> = []

    /// The panel of `measure` (of `sector`, when sectors divide the answer), made on first use.
    private mutating func panel(_ measure: Measure, sector: Sector?, title: String) -> Int {
        let key = PanelKey(sector: sector, measure: measure)
        if let existing = index[key] { return existing }
        panels.append(
            ChartPanel(title: title, unit: measure.unit, kind: measure.kind, categories: [], series: [], points: []))
        index[key] = panels.count - 1
        seen.append(([], []))
        return panels.count - 1
    }

    mutating func add(
        _ point: ChartPoint, of measure: Measure, sector: Sector? = nil, title: String
    ) {
        let n = panel(measure, sector: sector, title: title)
        if seen[n].categories.insert(point.category).inserted { panels[n].categories.append(point.category) }
        if seen[n].series.insert(point.series).inserted { panels[n].series.append(point.series) }
        panels[n].points.append(point)
    }

    /// A value left undrawn, said in the panel's notes.
    mutating func note(_ note: String, of measure: Measure, sector: Sector? = nil, title: String) {
        let n = panel(measure, sector: sector, title: title)
        panels[n].notes.append(note)
    }

    mutating func addSources(_ documents: Set<Int>) {
        self.documents.formUnion(documents)
    }

    /// Years in order with the years between them, so that a line's run from 2019 to 2021
    /// is as long as two years (a span of more than 50 years keeps only those given).
    static func years(_ categories: [String]) -> [String] {
        let years = categories.compactMap { Int($0) }
        guard years.count == categories.count, let first = years.min(), let last = years.max(), last - first <= 50
        else { return categories.sorted() }
        return (first...last).map(String.init)
    }

    /// The chart, each panel's series in `seriesOrder` where given (a comparison's columns)
    /// and, where asked, its categories the years in order (a series').
    func chart(
        _ style: Chart.Style, graph: IndicatorGraph, seriesOrder: [String]? = nil, sortingCategories: Bool = false
    ) -> Chart {
        let rank = Dictionary(zip(seriesOrder ?? [], 0...), uniquingKeysWith: { first, _ in first })
        let panels = panels.map { panel in
            var panel = panel
            if seriesOrder != nil { panel.series.sort { rank[$0, default: .max] < rank[$1, default: .max] } }
            if sortingCategories { panel.categories = Self.years(panel.categories) }
            return panel
        }
        let names = documents.sorted().map { graph.documents[$0].name }
        let present = Set(panels.flatMap(\.series))
        let series = seriesOrder.map { $0.filter(present.contains) } ?? present.sorted()
        return Chart(style: style, panels: panels, series: series, sources: names)
    }
}
