/// A statement's answer as data, before it is rendered in an output format.
public struct Answer: Sendable {
    public var parts: [Part]
    /// The figures of a `compare` or `series` answer as `.chart` draws them.
    public var chart: Chart?

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
    /// A number with the text people read (4.82万, ≈3.01万 (1-11月)): tables show the text,
    /// csv and JSON the number.
    case quantity(Double, shown: String)
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
        case .number(let value), .quantity(let value, _): NumberFormat.exact(value)
        case .list(let cells): cells.map(\.plain).joined(separator: "; ")
        }
    }

    var isNumber: Bool {
        switch self {
        case .number, .quantity: return true
        default: return false
        }
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
    /// A column that names the group a row belongs to (a comparison's sector and measure): a
    /// grid shows it on the group's first row only; every other format repeats it.
    public var groupsRows = false
    /// A column of values that is never cut, like a column of numbers, though some of its cells
    /// are text (a comparison's `4.82万 ≠ 5万`).
    public var keepsWhole = false

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

extension Column {
    /// The column, naming the group each row belongs to (`groupsRows`).
    func groupingRows() -> Column {
        var column = self
        column.groupsRows = true
        return column
    }

    /// The column, never cut (`keepsWhole`).
    func keptWhole() -> Column {
        var column = self
        column.keepsWhole = true
        return column
    }
}

extension ResultTable {
    /// The rows as a grid shows them: a grouping column's cell left blank where it and the
    /// grouping columns before it repeat the row above.
    var rowsWithGroupsShownOnce: [[Cell]] {
        let grouping = columns.indices.filter { columns[$0].groupsRows }
        guard !grouping.isEmpty else { return rows }
        var shown = rows
        for index in rows.indices.dropFirst() {
            for column in grouping {
                guard rows[index][column] == rows[index - 1][column] else { break }
                shown[index][column] = .null
            }
        }
        return shown
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
