/// The widths a grid's columns get so that its lines fit a width. Columns give way by
/// priority — context (documents, sentences, periods, places) first, then the others, the
/// essential ones (id, metric, value) last — and within a priority each in proportion to how
/// far it is above its floor. Numbers are never cut, as a cut number would read as another
/// one: only the heading of a column of numbers gives way. A column that only repeats another
/// in readable form (≈) is left out rather than an essential column cut.
struct ColumnFit {
    /// Each column's width; 0 for a column left out.
    var widths: [Int]
    /// Columns left out.
    var hidden: [Bool]
    /// Whether an essential column had to be cut (`.expanded auto` then shows records).
    var cutsEssential = false

    /// Columns are kept at least this wide, by priority, while the next priority can still
    /// give way; the last resort is this floor for every column that is not a number.
    static func floor(_ priority: Column.Priority) -> Int {
        switch priority {
        case .context: 6
        case .normal: 8
        case .essential: 12
        }
    }

    static let lastResortFloor = 2

    /// - Parameters:
    ///   - natural: the widths the columns need to show every cell whole.
    ///   - minimum: the narrowest each column may be: the widest number in a column of
    ///     numbers, 0 for text.
    ///   - droppable: true for columns that may be left out (terminal-only repeats).
    ///   - width: the width to fit; nil keeps the natural widths.
    ///   - separator: the columns between two columns.
    init(
        natural: [Int], priorities: [Column.Priority], minimum: [Int], droppable: [Bool]? = nil, width: Int?,
        separator: Int = 2
    ) {
        let none = natural.map { _ in false }
        self.init(natural, priorities, minimum, hidden: none, width: width, separator: separator)
        if cutsEssential, let droppable, droppable.contains(true) {
            self.init(natural, priorities, minimum, hidden: droppable, width: width, separator: separator)
        }
    }

    private init(
        _ natural: [Int], _ priorities: [Column.Priority], _ minimum: [Int], hidden: [Bool], width: Int?,
        separator: Int
    ) {
        self.hidden = hidden
        widths = natural.indices.map { hidden[$0] ? 0 : natural[$0] }
        guard let width else { return }
        let shown = hidden.filter { !$0 }.count
        var excess = widths.reduce(0, +) + separator * max(0, shown - 1) - width
        guard excess > 0 else { return }
        let steps: [(Column.Priority, (Column.Priority) -> Int)] = [
            (.context, Self.floor), (.normal, Self.floor), (.essential, Self.floor),
            (.context, { _ in Self.lastResortFloor }), (.normal, { _ in Self.lastResortFloor }),
            (.essential, { _ in Self.lastResortFloor }),
        ]
        for (priority, floor) in steps where excess > 0 {
            let members = natural.indices.filter { priorities[$0] == priority && !hidden[$0] }
            let slack = members.map { max(0, widths[$0] - min(natural[$0], max(floor(priority), minimum[$0]))) }
            let total = slack.reduce(0, +)
            guard total > 0 else { continue }
            // Each column gives up a share of the excess in proportion to what it can spare, so
            // that a long sentence gives more than a file name beside it.
            let taken = min(excess, total)
            var given = slack.map { $0 * taken / total }
            var left = taken - given.reduce(0, +)
            while left > 0 {
                let n = members.indices.filter { given[$0] < slack[$0] }.max {
                    slack[$0] - given[$0] < slack[$1] - given[$1]
                }!
                given[n] += 1
                left -= 1
            }
            for (n, column) in members.enumerated() { widths[column] -= given[n] }
            excess -= taken
        }
        cutsEssential = natural.indices.contains {
            priorities[$0] == .essential && !hidden[$0] && widths[$0] < natural[$0]
        }
    }
}
