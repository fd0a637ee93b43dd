/// What the columns of a table of targets and results hold (| 序号 | 项目 | 年度目标 | 完成情况 |
/// 完成率 |), read from its header row by the words of `table-column` in phrases.tsv.
struct TableColumns {
    enum Role: String {
        case number, item, target, actual, completion, other
    }

    var roles: [Role]
    var headings: [[Unicode.Scalar]]

    /// Reads a header row; nil unless it names an item column and a column of results or of
    /// completion (a table of that shape, not any row with bars in it).
    init?(_ cells: [[Unicode.Scalar]], lexicon: Lexicon) {
        guard cells.count >= 2, !cells.contains(where: { $0.contains(where: isDigit) }) else { return nil }
        roles = cells.map { Self.role(of: $0, lexicon: lexicon) }
        headings = cells
        guard roles.contains(.item), roles.contains(.actual) || roles.contains(.completion) else { return nil }
    }

    /// The role of a heading: of the roles its words name, the first of number, completion,
    /// target, actual, item (占全年计划 is a completion though it holds 计划).
    private static func role(of heading: [Unicode.Scalar], lexicon: Lexicon) -> Role {
        let named = Set(lexicon.tableColumns.matches(in: heading).compactMap { Role(rawValue: $0.value) })
        return [Role.number, .completion, .target, .actual, .item].first(where: named.contains) ?? .other
    }

    /// The cells of a row written with bars (| a | b |, or a | b | without the outer ones), each
    /// as an offset in the row and its text, blanks at either end dropped; nil for a line with
    /// fewer than two bars, and none for a rule (|---|---|), which keeps the table going.
    static func cells(of row: [Unicode.Scalar]) -> [(offset: Int, text: [Unicode.Scalar])]? {
        // (Asked of every block, most of which hold no bar.)
        guard occurrences(of: "|", or: "｜", in: row, upTo: 2) == 2 else { return nil }
        var cells: [(offset: Int, text: [Unicode.Scalar])] = []
        var start = 0
        for i in 0...row.count where i == row.count || row[i] == "|" || row[i] == "｜" {
            var a = start
            var b = i
            while a < b, Segmenter.isSpace(row[a]) { a += 1 }
            while b > a, Segmenter.isSpace(row[b - 1]) { b -= 1 }
            cells.append((a, Array(row[a..<b])))
            start = i + 1
        }
        while cells.first?.text.isEmpty == true { cells.removeFirst() }
        while cells.last?.text.isEmpty == true { cells.removeLast() }
        guard cells.count >= 2 else { return nil }
        return cells.allSatisfy({ $0.text.allSatisfy { $0 == "-" || $0 == ":" } }) ? [] : cells
    }
}

extension DocumentPass {
    /// A row of a table of targets and results: its item names every figure of the row; a
    /// target written in the item (新增4000张养老床位) or in a target column is a target; the
    /// results column is what was done, in the unit of the item's target when it is written
    /// bare (4385); a completion column gives the share of the target, named by its heading
    /// (新增养老床位占全年计划 110%). A row that leaves out its number (a sub-item) is read one
    /// column to the left of the header.
    mutating func readTableRow(
        _ row: [Unicode.Scalar], block: Int, cells rowCells: [(offset: Int, text: [Unicode.Scalar])],
        columns: TableColumns, sentence: Int, year: Int?, places: ArraySlice<PlaceMentions.Mention>
    ) {
        var cells = rowCells
        if columns.roles.first == .number, cells.first.map({ !$0.text.allSatisfy(isDigit) }) == true {
            cells.insert((0, []), at: 0)
        }
        guard let itemColumn = columns.roles.firstIndex(of: .item), itemColumn < cells.count,
            !cells[itemColumn].text.isEmpty
        else { return }
        let item = cells[itemColumn]
        let keywords = BlockKeywords(scorer.hits(row))
        settlePreviousScores()
        var context = SentenceContext(
            sentence: row, sentenceIndex: sentence, headerPeriod: nil, blockYear: year, keywords: keywords.hits,
            places: places, offset: 0, blockCandidates: blockCandidates, yearRule: .yearOfDocument,
            periodRule: .periodHeading)
        context.baseScores.add(keywords.scores.shares, weight: 3)
        context.baseScores.add(sectionScores.shares, weight: 2)
        var scan = PeriodScan(year: year ?? facts.year, place: SentencePlace(block: block, offset: 0))
        var places = PlaceScan()
        var utf8 = UTF8Cursor()
        // The item's own figure, if it states one, is the row's target and gives its unit.
        let inItem = facts.finder.figures(in: item.text).first
        var name = item.text
        if let figure = inItem {
            name = Array(item.text[..<figure.leadStart]) + item.text[figure.end...]
        }
        name = facts.namer.clean(name, in: name.indices)
        guard name.count >= 2 else { return }
        var unit = inItem.map { ($0.unit, $0.family) }
        func add(_ figure: Figure, in column: Int, at offset: Int, kind: Kind, metric: [Unicode.Scalar]) {
            var placed = figure
            placed.start += offset
            placed.leadStart += offset
            placed.end += offset
            var made = facts.candidate(
                metric: metric, figure: placed, context: &context, scan: &scan, places: &places, utf8: &utf8)
            made.kind = kind
            facts.log?.note(made.mention, metric: metric, trail: RuleTrail(.tableRow))
            facts.log?.note(made.mention, "kind", .kindTableColumn, String(scalars: columns.headings[column]))
            candidates.append(made)
        }
        if let figure = inItem { add(figure, in: itemColumn, at: item.offset, kind: .target, metric: name) }
        for (column, role) in columns.roles.enumerated() where column < cells.count && column != itemColumn {
            let cell = cells[column]
            guard !cell.text.isEmpty, role == .target || role == .actual || role == .completion else { continue }
            guard let figure = figure(in: cell.text, unit: role == .completion ? nil : unit) else { continue }
            if unit == nil, role != .completion { unit = (figure.unit, figure.family) }
            switch role {
            case .completion:
                guard figure.unit.isPercentSign else { continue }
                add(figure, in: column, at: cell.offset, kind: .completion, metric: name + columns.headings[column])
            case .target: add(figure, in: column, at: cell.offset, kind: .target, metric: name)
            default: add(figure, in: column, at: cell.offset, kind: .actual, metric: name)
            }
        }
    }

    /// The figure a cell holds: one written with its unit (4.12万人, 110%), or a bare number
    /// (4385) in `unit`, the unit of the row's target.
    private func figure(in cell: [Unicode.Scalar], unit: (UnitID, UnitFamilyID)?) -> Figure? {
        if let written = facts.finder.figures(in: cell).first { return written }
        let tokens = Numbers.scan(cell)
        guard tokens.count == 1, let token = tokens.first, let unit else { return nil }
        let rest = cell[token.range.upperBound...]
        guard rest.allSatisfy({ Segmenter.isSpace($0) }), token.range.lowerBound == 0 else { return nil }
        if token.isPercent {
            return Figure(
                value: token.value, unit: .percent, family: .rate, qualifier: nil, start: 0, leadStart: 0,
                end: token.range.upperBound)
        }
        return Figure(
            value: token.value, unit: unit.0, family: unit.1, qualifier: nil, start: 0, leadStart: 0,
            end: token.range.upperBound)
    }
}
