/// The widths a grid's columns get so that its lines fit a width. Columns give way by
/// priority — context (documents, sentences, periods, places) first, then the others, the
/// essential ones (id, metric, value) last — and within a priority each in proportion to how
/// far it is above its floor. Columns of numbers are never cut: a cut number would read as another one.
struct ColumnFit {
    /// Each column's width.
    var widths: [Int]
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
    ///   - cuttable: false for columns that are never cut (numbers).
    ///   - width: the width to fit; nil keeps the natural widths.
    ///   - separator: the columns between two columns.
    init(natural: [Int], priorities: [Column.Priority], cuttable: [Bool], width: Int?, separator: Int = 2) {
        widths = natural
        guard let width else { return }
        var excess = natural.reduce(0, +) + separator * max(0, natural.count - 1) - width
        guard excess > 0 else { return }
        let steps: [(Column.Priority, (Column.Priority) -> Int)] = [
            (.context, Self.floor), (.normal, Self.floor), (.essential, Self.floor),
            (.context, { _ in Self.lastResortFloor }), (.normal, { _ in Self.lastResortFloor }),
            (.essential, { _ in Self.lastResortFloor }),
        ]
        for (priority, floor) in steps where excess > 0 {
            let members = natural.indices.filter { priorities[$0] == priority && cuttable[$0] }
            let slack = members.map { max(0, widths[$0] - min(natural[$0], floor(priority))) }
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
        cutsEssential = natural.indices.contains { priorities[$0] == .essential && widths[$0] < natural[$0] }
    }
}
