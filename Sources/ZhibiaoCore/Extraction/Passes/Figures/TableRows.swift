/// What the columns of a table of targets and results hold (| 序号 | 项目 | 年度目标 | 完成情况 |
/// 完成率 |), or of a table of measures whose headings give their units (| 指标 | 年末数（万人） |
/// 比上年末增长（%） |), read from its header row by the words of `table-column` in phrases.tsv.
struct TableColumns {
    enum Role: String {
        case number, item, target, actual, completion, unit, value, other
    }

    var roles: [Role]
    /// Each column's heading, without the unit written after it in brackets.
    var headings: [[Unicode.Scalar]]
    /// The unit each heading writes in brackets (年末数（万人）), which a bare number of its
    /// column is in.
    var units: [[Unicode.Scalar]?]
    /// What each heading measures beyond its role and the words that only frame it (计划投资 and
    /// 完成投资: 投资; 年度目标, 完成情况: nothing), which a target's or result's name takes.
    var measures: [[Unicode.Scalar]]

    /// Reads a header row; nil unless it names an item column and a column of results, of
    /// completion, or of a measure in a unit (a table of that shape, not any row with bars in it).
    init?(_ cells: [[Unicode.Scalar]], lexicon: Lexicon) {
        guard cells.count >= 2, !cells.contains(where: { $0.contains(where: isDigit) }) else { return nil }
        // (Headings spaced out to fill their cells, 项 目 内 容, are read as written close.)
        let split = cells.map { Self.unitInBrackets($0.filter { $0 != " " && $0 != "\u{3000}" }) }
        headings = split.map(\.heading)
        units = split.map(\.unit)
        roles = headings.map { Self.role(of: $0, lexicon: lexicon) }
        measures = headings.map { Self.measure(of: $0, lexicon: lexicon) }
        guard roles.contains(.item),
            roles.contains(.actual) || roles.contains(.completion) || units.contains(where: { $0 != nil })
        else { return nil }
    }

    /// Reads a row that labels its own cells and has no header (| 新增城镇就业 | 年度目标4万人 |
    /// 完成4.6万人 | 完成率115% |): the first cell is the item, and each cell after it a target,
    /// a result or a completion by the words before its figure. Nil unless two cells at least are
    /// so labelled, and every cell after the first holds a figure.
    init?(labelling cells: [[Unicode.Scalar]], lexicon: Lexicon) {
        guard cells.count >= 3, let item = cells.first, item.count >= 2, !item.contains(where: isDigit)
        else { return nil }
        var roles: [Role] = [.item]
        var headings = [item]
        for cell in cells.dropFirst() {
            guard let digit = cell.firstIndex(where: isDigit), digit >= 2 else { return nil }
            let label = Array(cell[..<digit])
            let role = Self.role(of: label, lexicon: lexicon)
            guard role == .target || role == .actual || role == .completion else { return nil }
            roles.append(role)
            headings.append(label)
        }
        self.roles = roles
        self.headings = headings
        units = Array(repeating: nil, count: cells.count)
        measures = Array(repeating: [], count: cells.count)
    }

    /// The role of a heading: of the roles its words name, the first of number, completion,
    /// target, actual, unit, value, item (占全年计划 is a completion though it holds 计划).
    private static func role(of heading: [Unicode.Scalar], lexicon: Lexicon) -> Role {
        let named = Set(lexicon.tableColumns.matches(in: heading).compactMap { Role(rawValue: $0.value) })
        return [Role.number, .completion, .target, .actual, .unit, .value, .item].first(where: named.contains)
            ?? .other
    }

    /// A heading without the column words in it (`table-column`, framing words included): what
    /// is left, when one piece of two scalars or more, is what the column measures (计划投资:
    /// 投资); scalars left on either side of a column word (已完成数) measure nothing.
    private static func measure(of heading: [Unicode.Scalar], lexicon: Lexicon) -> [Unicode.Scalar] {
        var pieces: [ArraySlice<Unicode.Scalar>] = []
        var i = 0
        for match in lexicon.tableColumns.matches(in: heading) {
            pieces.append(heading[i..<match.range.lowerBound])
            i = match.range.upperBound
        }
        pieces.append(heading[i...])
        let left = pieces.filter { !$0.isEmpty }
        return left.count == 1 && left[0].count >= 2 ? Array(left[0]) : []
    }

    /// A heading and the unit it writes in brackets at its end (年末数（万人）, 完成率(%)): a
    /// unit is a few scalars, no digit among them.
    static func unitInBrackets(
        _ heading: [Unicode.Scalar]
    ) -> (heading: [Unicode.Scalar], unit: [Unicode.Scalar]?) {
        guard let close = heading.last, close == "）" || close == ")",
            let open = heading.lastIndex(where: { $0 == "（" || $0 == "(" }), open >= 1,
            case let unit = Array(heading[(open + 1)..<(heading.count - 1)]),
            (1...4).contains(unit.count), !unit.contains(where: isDigit)
        else { return (heading, nil) }
        return (Array(heading[..<open]), unit)
    }

    /// The cells of a row whose cells are set apart by spaces alone, as a web page's table reads
    /// once its rules are gone (序号 项目名称 单位 年度目标 已完成 完成率), each as an offset in
    /// the row and its text; nil for a row of fewer than three cells, or longer than a table's row
    /// is. In a header, a run of cells of one scalar each is one heading spaced out to fill its
    /// cell (单 位, 备  注), and every heading holds a Han scalar.
    static func spacedCells(of row: [Unicode.Scalar], header: Bool) -> [(offset: Int, text: [Unicode.Scalar])]? {
        // (Asked of every short block, most of which hold no two spaces: told before any cell
        // is made. A header opens with a heading's word.)
        guard row.count <= (header ? 80 : 200), !header || row.first.map(Segmenter.isHan) == true else { return nil }
        // (Cells a page set apart are set apart by spaces or tabs; counted eight scalars a turn.)
        guard occurrences(of: " ", or: "\t", in: row, upTo: 2) == 2 else { return nil }
        var cells: [(offset: Int, text: [Unicode.Scalar])] = []
        // Whether the last cell is single scalars so far (单, or 单位 from 单 位).
        var spacedOut = false
        var i = 0
        while i < row.count {
            while i < row.count, Segmenter.isSpace(row[i]) { i += 1 }
            let start = i
            while i < row.count, !Segmenter.isSpace(row[i]) { i += 1 }
            guard i > start else { break }
            if header, spacedOut, i - start == 1 {
                cells[cells.count - 1].text.append(row[start])
            } else {
                cells.append((start, Array(row[start..<i])))
                spacedOut = i - start == 1
            }
        }
        // (Each heading is words: a line that opens with a mark, # 标题 副标题, is none.)
        guard cells.count >= 3, !header || cells.allSatisfy({ $0.text.contains(where: Segmenter.isHan) }) else {
            return nil
        }
        return cells
    }

    /// A row set apart by spaces leaves a blank cell out: its cells placed under the header's
    /// columns, with an empty cell put in for the number of a row that has none (a sub-item), for
    /// the unit of a row whose cell there holds a figure, and for a target the item states
    /// itself (新增学位1200个 1350 112.5%: the share falls under the completion column, and the
    /// result before it under the results column).
    func aligned(_ row: [(offset: Int, text: [Unicode.Scalar])]) -> [(offset: Int, text: [Unicode.Scalar])] {
        var cells = row
        if roles.first == .number, let first = cells.first, !first.text.allSatisfy(isDigit) {
            cells.insert((first.offset, []), at: 0)
        }
        if let unit = roles.firstIndex(of: .unit), unit < cells.count, cells[unit].text.contains(where: isDigit) {
            cells.insert((cells[unit].offset, []), at: unit)
        }
        if let completion = roles.firstIndex(of: .completion), let item = roles.firstIndex(of: .item),
            let share = cells.firstIndex(where: { $0.text.last == "%" || $0.text.last == "％" }),
            share < completion, share - 1 > item
        {
            let blank: (offset: Int, text: [Unicode.Scalar]) = (cells[share - 1].offset, [])
            let blanks = repeatElement(blank, count: completion - share)
            cells.insert(contentsOf: blanks, at: share - 1)
        }
        return cells
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
    /// column to the left of the header. A bare number is in the unit its heading writes
    /// (年末数（万人）), else the unit its row's unit column names (| 万人 |), else the unit of the
    /// row's target; the item may write its row's unit in brackets too (城乡低保对象（万人）). A
    /// column of a value in a unit (年末数（万人）, 绝对数) is the item's; any other column of a
    /// measure in a unit (比上年末增长（%）) is named by the item and its heading, of the kind the
    /// name says. A target or result column that measures something more than its role names it
    /// too (计划投资, 完成投资: 农村公路改造提升投资).
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
        // 城乡低保对象（万人）: a unit the item writes in brackets is its row's.
        let (itemText, itemUnit) = inItem == nil ? TableColumns.unitInBrackets(item.text) : (item.text, nil)
        var name = itemText
        if let figure = inItem {
            // (What follows the figure names it too, 改造老旧小区30个以上的任务, unless it states
            // another: 新增托位900个，普惠托位500个 is 新增托位.)
            let rest = item.text[figure.end...]
            name = Array(item.text[..<figure.leadStart]) + (rest.contains(where: isDigit) ? [] : rest)
        }
        name = facts.namer.clean(name, in: name.indices)
        guard name.count >= 2 else { return }
        // A row named only by whom or where it is of (城镇居民 under 全体居民人均可支配收入) is a
        // part of the row before that names a whole, in its measure.
        if inItem == nil, let whole = tableWhole, let part = facts.namer.part(name, of: whole, isRate: false) {
            name = part
        } else {
            tableWhole = name
        }
        var unit = inItem.map { ($0.unit, $0.family) }
        let rowUnit =
            columns.roles.firstIndex(of: .unit).flatMap { $0 < cells.count ? cells[$0].text : nil } ?? itemUnit
        func add(_ figure: Figure, in column: Int, at offset: Int, kind: Kind?, metric: [Unicode.Scalar]) {
            var placed = figure
            placed.start += offset
            placed.leadStart += offset
            placed.end += offset
            var made = facts.candidate(
                metric: metric, figure: placed, context: &context, scan: &scan, places: &places, utf8: &utf8)
            facts.log?.note(made.mention, metric: metric, trail: RuleTrail(.tableRow))
            if let kind {
                made.kind = kind
                facts.log?.note(made.mention, "kind", .kindTableColumn, String(scalars: columns.headings[column]))
            }
            candidates.append(made)
        }
        // (A cell that states more figures, 新增托位900个，普惠托位500个, names each after the first by
        // the words before it in the cell.)
        func addOthers(in cell: (offset: Int, text: [Unicode.Scalar]), column: Int, kind: Kind) {
            let all = facts.finder.figures(in: cell.text)
            guard all.count > 1 else { return }
            for k in 1..<all.count where all[k - 1].end <= all[k].leadStart {
                var from = all[k - 1].end
                while from < all[k].leadStart, !Segmenter.isHan(cell.text[from]) { from += 1 }
                if from + 2 < all[k].leadStart, cell.text[from] == "其", cell.text[from + 1] == "中" { from += 2 }
                while from < all[k].leadStart, !Segmenter.isHan(cell.text[from]) { from += 1 }
                let own = facts.namer.clean(cell.text, in: from..<all[k].leadStart)
                guard own.count >= 2 else { continue }
                add(all[k], in: column, at: cell.offset, kind: kind, metric: own)
            }
        }
        if let figure = inItem {
            add(figure, in: itemColumn, at: item.offset, kind: .target, metric: name)
            addOthers(in: item, column: itemColumn, kind: .target)
        }
        for (column, role) in columns.roles.enumerated() where column < cells.count && column != itemColumn {
            let cell = cells[column]
            // (A bare number under a heading of no role is a measure in its row's unit: 产量 of
            // | 粮食 | 万吨 | 38.6 |.)
            let isMeasure =
                (role == .other || role == .value)
                && (columns.units[column] != nil || itemUnit != nil
                    || rowUnit != nil && cell.text.allSatisfy { isDigit($0) || $0 == "." || $0 == "-" })
            guard !cell.text.isEmpty, role == .target || role == .actual || role == .completion || isMeasure
            else { continue }
            let written = columns.units[column] ?? (role == .completion ? nil : rowUnit)
            guard let figure = figure(in: cell.text, unit: role == .completion ? nil : unit, written: written)
            else { continue }
            if unit == nil, role == .target || role == .actual { unit = (figure.unit, figure.family) }
            switch role {
            case .completion:
                guard figure.unit.isPercentSign else { continue }
                add(figure, in: column, at: cell.offset, kind: .completion, metric: name + columns.headings[column])
            case .target:
                add(figure, in: column, at: cell.offset, kind: .target, metric: name + columns.measures[column])
                addOthers(in: cell, column: column, kind: .target)
            case .actual:
                add(figure, in: column, at: cell.offset, kind: .actual, metric: name + columns.measures[column])
                addOthers(in: cell, column: column, kind: .actual)
            case .value: add(figure, in: column, at: cell.offset, kind: nil, metric: name)
            default: add(figure, in: column, at: cell.offset, kind: nil, metric: name + columns.headings[column])
            }
        }
    }

    /// The figure a cell holds: one written with its unit (4.12万人, 110%), or a bare number
    /// (4385) in the unit `written` for its column or row (万人: 2.4 is 24,000 people), else in
    /// `unit`, the unit of the row's target.
    private func figure(
        in cell: [Unicode.Scalar], unit: (UnitID, UnitFamilyID)?, written: [Unicode.Scalar]?
    ) -> Figure? {
        if let figure = facts.finder.figures(in: cell).first { return figure }
        let tokens = Numbers.scan(cell)
        guard tokens.count == 1, let token = tokens.first else { return nil }
        let rest = cell[token.range.upperBound...]
        guard rest.allSatisfy({ Segmenter.isSpace($0) }), token.range.lowerBound == 0 else { return nil }
        // Read as if the unit were written after the number, and placed where the number is.
        if let written, !token.isPercent,
            var figure = facts.finder.figures(in: Array(cell[token.range]) + written).first,
            figure.leadStart == 0, figure.end == token.range.count + written.count
        {
            figure.end = token.range.upperBound
            return figure
        }
        guard let unit else { return nil }
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
