/// A statement's answer as data, before it is rendered in an output format.
public struct Answer: Sendable {
    public var parts: [Part]

    /// A piece of an answer. Observations and tables are data in every format; charts and
    /// notes are for people and appear only in table and markdown output.
    public enum Part: Sendable {
        case observations([Observation])
        case table(ResultTable)
        case chart(BarChart)
        case note(String)
    }

    public init(_ parts: [Part]) { self.parts = parts }
}

/// A value in a result table, typed so that JSON gets numbers and arrays and tables get
/// alignment.
public enum Cell: Hashable, Sendable {
    case null
    case text(String)
    case number(Double)
    /// Text with the UTF-8 range of a figure to highlight (`trace`, `find`), after a label
    /// (`doc:line: ` in `check`) kept apart so that the text itself is shared, not copied.
    case highlighted(String, Range<Int>, label: String = "")
    case list([Cell])

    /// The cell as plain text (csv, and JSON strings).
    var plain: String {
        switch self {
        case .null: ""
        case .text(let text): text
        case .highlighted(let text, _, let label): label + text
        case .number(let value): NumberFormat.exact(value)
        case .list(let cells): cells.map(\.plain).joined(separator: "; ")
        }
    }

    var isNumber: Bool {
        if case .number = self { return true }
        return false
    }
}

/// A column: its heading in tables, its key in JSON and csv.
public struct Column: Hashable, Sendable {
    public var title: String
    public var key: String
    /// A column for reading only (a readable 4.82万 beside the exact value): not in csv/json.
    public var terminalOnly: Bool
    /// How long the column keeps its width when a table is cut to fit a terminal.
    public var priority: Priority

    /// The order in which columns give way to fit a terminal: context first, essential last.
    /// Numbers are never cut, whatever their column's priority.
    public enum Priority: Int, Comparable, Sendable {
        /// Where a figure comes from and what surrounds it: documents, sentences, periods, places.
        case context
        case normal
        /// What the figure is: its id, metric and value, and a comparison's row labels.
        case essential

        public static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
    }

    public init(_ title: String, key: String? = nil, terminalOnly: Bool = false, priority: Priority? = nil) {
        self.title = title
        self.key = key ?? title
        self.terminalOnly = terminalOnly
        self.priority = priority ?? Column.priorities[self.key] ?? .normal
    }

    /// Whether a cut may keep the end of the text rather than its start: documents' names,
    /// which often tell one another apart only by their ends (…part2.txt, …review-4.txt).
    var cutsInMiddle: Bool { key == "doc" }

    /// The priority a column has by its key, unless its table says otherwise.
    static let priorities: [String: Priority] = [
        "id": .essential, "metric": .essential, "value": .essential,
        "doc": .context, "text": .context, "sentence": .context, "sentences": .context, "period": .context,
        "region": .context, "detail": .context, "sources": .context, "aliases": .context,
        "observations": .context, "leading_metrics": .context, "mention": .context, "kind": .context,
        "qualifier": .context, "words": .context, "decides": .context,
    ]
}

/// Rows under named columns. `records` layout prints each row as `column  value` lines,
/// which suits a few wide rows (describe, check) better than a grid.
public struct ResultTable: Sendable {
    public enum Layout: Sendable { case grid, records }

    public var title: String?
    public var columns: [Column]
    public var rows: [[Cell]]
    public var layout: Layout
    /// What table mode prints when there are no rows.
    public var emptyMessage: String

    public init(
        title: String? = nil, columns: [Column], rows: [[Cell]], layout: Layout = .grid,
        emptyMessage: String = "(no rows)"
    ) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.layout = layout
        self.emptyMessage = emptyMessage
    }
}

/// Horizontal bars that make a difference visible at a glance (`compare`).
public struct BarChart: Sendable {
    public var title: String
    public var bars: [(label: String, value: Double, caption: String)]

    public init(title: String, bars: [(label: String, value: Double, caption: String)]) {
        self.title = title
        self.bars = bars
    }
}
