/// Reads one document block by block, carrying what the blocks before said: the section's
/// sector, a period header over the next block, a year that opens a paragraph.
struct DocumentPass {
    let facts: DocumentFacts
    /// The facts' figure finder and sector scorer, held here too: read through the facts object,
    /// each was copied (and every reference it holds counted) for every sentence that asked.
    private let finder: FigureFinder
    let scorer: SectorScorer
    var candidates: [Candidate] = []
    /// Reads the sentences with figures, one after another; it holds the figures of the last.
    private var reader: SentenceReader
    /// Where the last block's sentences were copied (`SentenceSpans`), likewise.
    private var sentenceRoom: [Unicode.Scalar] = []
    private(set) var sectionScores: SectorScores = SectorScores()
    /// The shares of `sectionScores`, and of the scores of the last block before that had any:
    /// worked out when they are known rather than for each sentence with figures.
    private var sectionShares = SectorScores()
    private var previousShares = SectorScores()
    /// Blocks read since `previousShares` was last known, not yet scored.
    private var unscoredBlocks: [[Unicode.Scalar]] = []
    private var pendingPeriod: String?
    private var blockIndex = 0
    /// Index in `candidates` of the current block's first.
    private(set) var blockCandidates = 0
    /// A year named by the heading over the current section (一、2023年工作回顾).
    private var sectionYear: Int?
    /// The columns of the table whose rows are being read, after its header row.
    private var table: TableColumns?
    /// Whether that table's cells are set apart by spaces rather than bars.
    private var tableIsSpaced = false
    /// The item of the table's last row that was no part of the one before (全体居民人均可支配收入,
    /// whose parts 城镇居民 and 农村居民 may follow).
    var tableWhole: [Unicode.Scalar]?
    /// The last heading's block (its text is `DocumentFacts.itemHeading`).
    private var itemHeadingBlock = -2
    /// The candidates that heading stated (a project and its figure: （二）新增养老床位250张).
    private var headingCandidates = 0..<0
    /// The last paragraph that opens with an item's number and states figures (一、新增城镇就业1.2万
    /// 人。), and its candidates: the tasks, when the paragraph after it tells them done.
    private var itemBlock = -2
    private var itemCandidates = 0..<0
    /// What a paragraph that ends with a colon (2023年，全市将继续办好十件民生实事：) hands the
    /// paragraphs of its list: the year its last sentence names and whether that sentence sets
    /// targets; the block it goes on to next; and whether one block has taken it already.
    private var listOpener: (year: Int?, targets: Bool, next: Int, taken: Bool)?

    /// `textLength` (UTF-8 bytes) sizes the list of candidates: growing it moves every candidate
    /// read so far.
    init(
        lexicon: Lexicon, documentIndex: Int, year: Int?, currentYear: Int? = nil, region: String?,
        years: YearMentions, textLength: Int = 0, log: ExplainLog? = nil
    ) {
        facts = DocumentFacts(
            lexicon: lexicon, documentIndex: documentIndex, year: year, currentYear: currentYear, region: region,
            years: years, log: log)
        reader = SentenceReader(facts: facts)
        finder = facts.finder
        scorer = facts.scorer
        // Dense statistical prose holds a figure in about every 40 bytes, repeats counted.
        candidates.reserveCapacity(textLength / 32)
    }

    private var lexicon: Lexicon { facts.lexicon }
    private var year: Int? { facts.year }
    private var periods: PeriodReader { facts.periods }

    /// Reads block `index` of `blocks`, of `document`, adding its sentences to `sentences`;
    /// `places` are the places the block names; `years` is the document's year layer, which says
    /// which year a heading names, which opens a paragraph, and whether a sentence names one.
    /// (The layer is handed in though the facts hold it too: read from the facts object, its
    /// lists were counted and let go for every block.)
    /// (The list and the block's place in it are passed rather than the block: passed by value,
    /// the block's text was counted once for each use made of it here and released after each;
    /// taken from the list here, the counts are fewer.)
    mutating func read(
        _ index: Int, of blocks: [Block], places: ArraySlice<PlaceMentions.Mention>, years: YearMentions,
        of document: String, into sentences: inout [Sentence]
    ) {
        let block = blocks[index]
        defer { blockIndex += 1 }
        blockCandidates = candidates.count
        var source = PieceCursor()
        if let cells = TableColumns.cells(of: block.text) {
            // A row of a table: its header names the columns of the rows after it; a rule under
            // the header is passed over. A row that labels its own cells (| 城镇新增就业 |
            // 年度目标2.2万人 | 完成2.35万人 |) is read by its labels, with or without a header.
            if tableIsSpaced { (table, tableIsSpaced) = (nil, false) }
            if let header = TableColumns(cells.map(\.text), lexicon: lexicon) {
                (table, tableWhole) = (header, nil)
            } else if let columns = TableColumns(labelling: cells.map(\.text), lexicon: lexicon) ?? table {
                sentences.append(
                    source.sentence(
                        0..<block.text.count, of: block, document: document, line: block.line(at: 0),
                        paragraph: blockIndex))
                if !cells.isEmpty {
                    readTableRow(
                        block.text, block: index, cells: cells, columns: columns, sentence: sentences.count - 1,
                        year: sectionYear, places: places)
                }
                return
            }
        } else if tableIsSpaced, let columns = table, block.text.contains(where: isDigit),
            let cells = TableColumns.spacedCells(of: block.text, header: false)
        {
            // A row of a table set apart by spaces, under its header: read as a row with bars is.
            sentences.append(
                source.sentence(
                    0..<block.text.count, of: block, document: document, line: block.line(at: 0), paragraph: blockIndex
                ))
            readTableRow(
                block.text, block: index, cells: columns.aligned(cells), columns: columns,
                sentence: sentences.count - 1, year: sectionYear, places: places)
            return
        } else {
            if table != nil { (table, tableIsSpaced, tableWhole) = (nil, false, nil) }
            // A header whose headings are set apart by spaces (序号 项目 单位 年度目标 完成 完成率)
            // opens a table of such rows; the block is read on as any other.
            if block.text.count <= 80, let cells = TableColumns.spacedCells(of: block.text, header: true),
                let header = TableColumns(cells.map(\.text), lexicon: lexicon)
            {
                (table, tableIsSpaced) = (header, true)
            }
        }
        if block.kind == .heading {
            // (A heading that is only an item's number, （一）, goes on the list: the paragraph
            // after it is the item.)
            if listOpener != nil, Segmenter.sectionNumberLength(block.text) == block.text.count {
                listOpener?.next = index + 1
                listOpener?.taken = false
            } else if facts.headsTargetList(block.text) {
                // （二）发展目标／到2027年，…: the paragraph under a heading of targets sets them, of
                // the year a plan's title names (2025年教育工作要点 / 二、主要目标指标).
                listOpener = (facts.plannedYear, true, index + 1, false)
            } else {
                listOpener = nil
            }
            headingCandidates = 0..<0
            // (Kept as the heading's text, and the heading's before it when one goes on the
            // other: what item they name is read only for a figure that asks.)
            facts.itemHeading = (itemHeadingBlock == index - 1 ? facts.itemHeading.last : [], block.text)
            itemHeadingBlock = index
            sentences.append(
                source.sentence(
                    0..<block.text.count, of: block, document: document, line: block.line(at: 0), paragraph: blockIndex)
            )
            if let period = facts.periodHeader(block.text, block: index) {
                pendingPeriod = period
                facts.itemHeading = ([], [])
                return
            }
            let keywords = BlockKeywords(scorer.hits(block.text))
            if keywords.hasEvidence { (sectionScores, sectionShares) = (keywords.scores, keywords.shares) }
            if let named = headingYear(block.text, block: index, years: years) { sectionYear = named }
            // 2024年全市卫生健康工作要点: a plan's title, before any figure, makes the figures of
            // the plan's year targets.
            if candidates.isEmpty, facts.plannedYear == nil, facts.titlesPlan(block.text) {
                facts.plannedYear = sectionYear ?? year
            }
            var known: BlockKeywords? = keywords
            readSentence(
                block.text, offset: 0, sentence: sentences.count - 1, headerPeriod: nil, block: block.text,
                places: places, keywords: &known, blockYear: sectionYear, paragraph: (false, false, false),
                rules: (.yearSectionHeading, .periodHeading))
            headingCandidates = blockCandidates..<candidates.count
            return
        }
        let headerPeriod = pendingPeriod
        pendingPeriod = nil
        // Most blocks state no figure: their sector keywords are found only when a later figure
        // asks for them (as this block, or as the block before).
        var keywords: BlockKeywords?
        var blockYear: Int? = sectionYear
        var blockYearRule = ExtractionRule.yearSectionHeading
        // 今年1至11月，…；…: a period opening a sentence covers the clauses after its semicolons
        // that name no time of their own.
        var clausePeriod: String?
        // 2026年全县将…：一是…；二是力争全年…: a year opening a sentence before its first figure
        // is the year of the clauses after its semicolons (their 全年, 今年), though it opened no
        // paragraph.
        var clauseYear: Int?
        // 前三季度，…。社会消费品零售总额…: a period that opens a paragraph, alone before its
        // comma, covers the sentences after it that neither name a year nor open with a date.
        var paragraphPeriod: String?
        // 计划目标为：…。…。实际完成情况如下：: a list of targets opened with a colon goes on into
        // the paragraph's next sentences, until one says what was done or opens a list of its own.
        var targetList = false
        // 2023年，全市将继续办好十件民生实事：／一是…。／二是…: the paragraphs of a list a
        // paragraph opened with a colon (the first after it, and those after it that open with an
        // item's number) are of the year that paragraph named and, if it set them, targets.
        if let opener = listOpener {
            if index == opener.next, !opener.taken || Self.opensListItem(block.text) {
                if let year = opener.year { (blockYear, blockYearRule) = (year, .yearListOpening) }
                targetList = opener.targets
                listOpener?.next = index + 1
                listOpener?.taken = true
            } else {
                listOpener = nil
            }
        }
        var afterSemicolon = false
        var breakdownOfTarget = false
        // Whether the sentence before read figures, all of them targets.
        var targetsOnly = false
        // Whether it held target words, or went on the targets of one that did.
        var targetWordsBefore = false
        // The item the heading right above names (城乡供水管网改造 / 完成投资…), for the
        // paragraph's first sentence.
        let underHeading = itemHeadingBlock == index - 1
        var isFirst = true
        var spans = Segmenter.sentences(block, room: &sentenceRoom)
        defer { sentenceRoom = spans.takeRoom() }
        while let span = spans.next() {
            defer { isFirst = false }
            // A clause that opens with its own date (10月15日，…) is not the opening's.
            if let first = span.text.first, isDigit(first) { clausePeriod = nil }
            let range = span.offset..<(span.offset + span.text.count)
            sentences.append(
                source.sentence(
                    range, of: block, document: document, line: block.line(at: span.offset), paragraph: blockIndex))
            // 其中，…: a breakdown of the sentence before, of the year its last figure was of
            // (截至2015年底，全国有…11.6万个。其中，…).
            // (Its period too: 前三季度，…。其中，城镇居民…)
            let breakdown =
                span.text.count > 2 && span.text[0] == "其" && span.text[1] == "中" && candidates.count > blockCandidates
            // (Named as the rule only where it gives another year than the paragraph's.)
            let fromClause = clauseYear.flatMap { $0 != blockYear ? $0 : nil }
            let year = breakdown ? candidates[candidates.count - 1].year : fromClause ?? blockYear
            let period = breakdown ? candidates[candidates.count - 1].period : nil
            let fromParagraph = paragraphPeriod.flatMap {
                ownsDate(span.text, at: range, block: index, years: years) ? nil : $0
            }
            // Which of the periods over the sentence it is of, for `explain`.
            let periodRule: ExtractionRule =
                period != nil
                ? .periodBreakdown
                : clausePeriod != nil
                    ? .periodClauseOpening : fromParagraph != nil ? .periodParagraphOpening : .periodHeading
            // The breakdown of targets, to its full stop, is of targets too (全年将新建学校12所。
            // 其中，新建小学5所；新建初中3所).
            // (Only where every figure of the sentence before was a target: a result beside its
            // target, 务工就业5.87万人，超过目标任务（5.5万人）, breaks down the result.)
            breakdownOfTarget = breakdown ? targetsOnly : breakdownOfTarget && afterSemicolon
            // 将计划投入使用中小学90所，提供学位12.6万个；投入使用高中14所…: the clauses after the
            // semicolon of a sentence that set targets only, with target words, set targets too
            // (unless they say what is done).
            let targetsGoOn = afterSemicolon && targetsOnly && targetWordsBefore
            let before = candidates.count
            let read = readSentence(
                span.text, offset: span.offset, sentence: sentences.count - 1,
                headerPeriod: period ?? clausePeriod ?? fromParagraph ?? headerPeriod,
                block: block.text, places: places, keywords: &keywords, blockYear: year,
                paragraph: (
                    targetList: targetList || breakdownOfTarget || targetsGoOn,
                    afterSemicolon: afterSemicolon, underHeading: isFirst && underHeading
                ),
                rules: (breakdown ? .yearBreakdown : fromClause != nil ? .yearClauseOpening : blockYearRule, periodRule)
            )
            targetsOnly = candidates.count > before
            for k in before..<candidates.count where candidates[k].kind != .target {
                targetsOnly = false
                break
            }
            targetWordsBefore = read.hadTargetWords || targetsGoOn && targetsOnly
            // (Asked only of a sentence with target words before its last figure: the list's
            // words stand before its colon, and its first figures after it.)
            if read.hadTargetWords, facts.opensTargetList(span.text) {
                targetList = true
            } else if targetList,
                span.text.contains(where: { $0 == "：" || $0 == ":" }) || lexicon.doneNowWords.occurs(in: span.text)
            {
                targetList = false
            }
            let place = SentencePlace(block: index, offset: span.offset)
            if isFirst { paragraphPeriod = facts.leadingPeriod(span.text, at: place, year: year ?? self.year) }
            afterSemicolon = span.text.last == "；" || span.text.last == ";"
            if afterSemicolon {
                if clausePeriod == nil && clauseYear == nil {
                    // Read with the figures when there were any; a clause with none is read here.
                    let opening =
                        read.hadFigures
                        ? (period: read.opening, year: read.openingYear)
                        : facts.opening(span.text, at: place, year: year ?? self.year)
                    clausePeriod = opening.period ?? period
                    clauseYear = opening.year
                }
            } else {
                clausePeriod = nil
                clauseYear = nil
            }
            if let opening = openingYear(span.text, at: span.offset, block: index, years: years) {
                blockYear = opening
                blockYearRule = .yearParagraphOpening
            }
        }
        if underHeading, !headingCandidates.isEmpty, candidates.count > blockCandidates,
            lexicon.taskDoneWords.occurs(in: block.text)
        {
            markHeadingTasks(done: blockCandidates..<candidates.count)
        } else if itemBlock == index - 1, candidates.count > blockCandidates, lexicon.taskDoneWords.occurs(in: block.text) {
            // 一、新增城镇就业1.2万人。（责任单位：…）／此项工作已完成。全年…新增就业1.36万人: an
            // item stating its figures, over a paragraph that tells them done, states the tasks.
            markHeadingTasks(done: blockCandidates..<candidates.count, tasks: itemCandidates)
        }
        if candidates.count > blockCandidates, Self.opensListItem(block.text) {
            (itemBlock, itemCandidates) = (index, blockCandidates..<candidates.count)
        }
        if let last = block.text.last, last == "：" || last == ":" {
            listOpener = opener(of: block, index, years)
        } else if announcesProgramme(block.text) {
            // 今年将继续…扎实办好“十件民生实事”。／（一）／…: the items after it are the tasks set.
            listOpener = (nil, true, index + 1, false)
        } else if candidates.count == blockCandidates, facts.headsTargetList(block.text) {
            // 1.主要目标指标。／人均预期寿命达…: a paragraph that only names targets heads them.
            listOpener = (facts.plannedYear, true, index + 1, false)
        }
        if let keywords {
            if keywords.hasEvidence {
                previousShares = keywords.shares
                if !unscoredBlocks.isEmpty { unscoredBlocks.removeAll(keepingCapacity: true) }
            }
        } else {
            unscoredBlocks.append(block.text)
        }
    }

    /// What block `index`, which ends with a colon, hands the paragraphs of the list it opens: the
    /// year its last sentence names, and whether that sentence sets targets (计划, 力争, 确保 …).
    private func opener(
        of block: Block, _ index: Int, _ years: YearMentions
    ) -> (year: Int?, targets: Bool, next: Int, taken: Bool) {
        let text = block.text
        let start = (text.dropLast().lastIndex(where: { "。！？；;!?".unicodeScalars.contains($0) }) ?? -1) + 1
        let written = years.firstWrittenYear(inBlock: index, within: start..<text.count)
        let year = written.flatMap { $0.tail == .since ? nil : $0.value }
        let targets = !facts.targetWords(in: Array(text[start...]), before: text.count - start).isEmpty
        return (year, targets, index + 1, false)
    }

    /// A paragraph that says the task was fulfilled (超额完成年度任务) under a heading naming a
    /// project with its figure ((二)新增养老床位250张 / 新增养老床位412张，超额完成年度任务): a
    /// figure of the heading that the paragraph tells done with another value of the same thing,
    /// in the same unit, is the task set, a target. Progress reports of livelihood projects
    /// head each project with its task. (`done` holds the paragraph's candidates.)
    private mutating func markHeadingTasks(done: Range<Int>, tasks: Range<Int>? = nil) {
        for h in tasks ?? headingCandidates where candidates[h].kind == .actual && !candidates[h].isRate {
            let task = facts.names.scalars(of: candidates[h].name)
            let told = done.contains { k in
                candidates[k].kind == .actual && candidates[k].unit == candidates[h].unit
                    && candidates[k].value != candidates[h].value
                    && Self.sameThing(task, facts.names.scalars(of: candidates[k].name))
            }
            guard told else { continue }
            candidates[h].kind = .target
            facts.log?.note(candidates[h].mention, "kind", .kindTaskHeading)
        }
    }

    /// Whether two names are of the same thing: they share a run of four scalars, or are the
    /// same when one is shorter.
    private static func sameThing(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        // (Quotation marks set no word apart: “两癌”筛查 and 两癌筛查.)
        let (a, b) = (a.filter { !MetricNamer.isQuote($0) }, b.filter { !MetricNamer.isQuote($0) })
        let run = min(4, a.count, b.count)
        guard run >= 2 else { return false }
        for i in 0...(a.count - run) {
            for j in 0...(b.count - run) where a[i] == b[j] && a[i..<(i + run)].elementsEqual(b[j..<(j + run)]) {
                return true
            }
        }
        // (Or three pairs of scalars in common, the words in another order: 新增城镇就业 and
        // 实现城镇新增就业.)
        var shared = 0
        for i in 0..<(a.count - 1) where (0..<(b.count - 1)).contains(where: { a[i] == b[$0] && a[i + 1] == b[$0 + 1] }) {
            shared += 1
        }
        return shared >= 3
    }

    /// Whether a paragraph's last sentence announces the livelihood projects to come, with no figure
    /// of its own: 将 before a programme's name (`programme` in phrases.tsv: 今年将继续…办好“十件
    /// 民生实事”。).
    /// (Read backwards from the paragraph's end, scalar by scalar, up to the sentence's start or
    /// its first digit from the end, where most paragraphs stop: asked of every paragraph that
    /// ends with no colon, a search that built a set of stops for each scalar cost a tenth of
    /// the generated corpus's reading.)
    private func announcesProgramme(_ text: [Unicode.Scalar]) -> Bool {
        var will = -1
        var k = text.count - 1
        scan: while k > 0 {
            let c = text[k - 1]
            switch c {
            case "。", "！", "？", "；", ";", "!", "?": break scan
            case "将": will = k - 1
            default: if isDigit(c) { return false }
            }
            k -= 1
        }
        return will >= 0 && lexicon.programmeWords.occurs(in: text, within: will..<text.count)
    }

    /// Whether a paragraph opens with an item's number (一是, 二是, （三）, 4.): it goes on a list.
    static func opensListItem(_ text: [Unicode.Scalar]) -> Bool {
        if Segmenter.sectionNumberLength(text) > 0 { return true }
        var i = 0
        while i < text.count, i < 3, isSectionNumeral(text[i]) { i += 1 }
        return i > 0 && i < text.count && text[i] == "是"
    }

    /// The scores of the last block that had any, scoring the blocks read since lazily.
    /// (Inlined: asked for every sentence with figures, and most find no block waiting, for
    /// which the call cost more than the test.)
    @inline(__always)
    mutating func settlePreviousScores() {
        if !unscoredBlocks.isEmpty { scoreUnscoredBlocks() }
    }

    /// Scores the blocks read since the last that had any, from the last back, up to the first
    /// that has any.
    private mutating func scoreUnscoredBlocks() {
        // (Most sentences with figures find none: the list is kept, with its room, rather than
        // replaced by an empty one and allocated again for the next block.)
        while let text = unscoredBlocks.popLast() {
            let scores = scorer.scores(text)
            if !scores.isEmpty {
                previousShares = scores.shares
                break
            }
        }
        unscoredBlocks.removeAll(keepingCapacity: true)
    }

    /// Whether sentence `s`, `range` of block `block`, opens with a date of its own (10月15日，…)
    /// or names a year (2023年) anywhere.
    private func ownsDate(_ s: [Unicode.Scalar], at range: Range<Int>, block: Int, years: YearMentions) -> Bool {
        if let first = s.first, isDigit(first) { return true }
        return years.firstWrittenYear(inBlock: block, within: range) != nil
    }

    /// The year heading `s` (block `block`) names (一、2023年工作回顾), unless it is a date line, a
    /// start date or the year a work report is given in (2024年政府工作报告).
    private func headingYear(_ s: [Unicode.Scalar], block: Int, years: YearMentions) -> Int? {
        guard let written = years.firstWrittenYear(inBlock: block, within: 0..<s.count) else { return nil }
        let after = written.start + WrittenYear.length
        if DocumentContext.isFullDate(s, after: after) || written.tail == .since
            || DocumentContext.namesWorkReport(s, from: after) || Self.opensSpan(s, after: after)
        {
            return nil
        }
        return written.value
    }

    /// Whether a span of years runs on from the year that ends at `after` (2019年—2023年,
    /// 2019年至2023年): a chart's or a table's title over several years, of no one year.
    private static func opensSpan(_ s: [Unicode.Scalar], after: Int) -> Bool {
        guard after + 1 < s.count, isMonthRangeMark(s[after]) else { return false }
        // (——, a dash written twice.)
        let k = s[after + 1] == "—" ? after + 2 : after + 1
        return k < s.count && isDigit(s[k])
    }

    /// 2023年, at the start of sentence `s` (which starts at `offset` of block `block`), sets the
    /// year of the rest of its paragraph; so does a stock's date there (截至2023年底, 到2023年末).
    private func openingYear(_ s: [Unicode.Scalar], at offset: Int, block: Int, years: YearMentions) -> Int? {
        var i = 0
        if s.first == "到" {
            i = 1
        } else if s.count > 2, s[0] == "截", s[1] == "至" || s[1] == "止" {
            i = 2
        }
        // (The layer is asked only when a digit stands there: most sentences open with none.)
        // (Nor does the year of a work report's title: 2025年青山县政府工作报告 ——… reviews 2024.)
        guard s.count > i + WrittenYear.length, isDigit(s[i]),
            let written = years.written(inBlock: block, at: offset + i), written.tail != .since,
            !DocumentContext.namesWorkReport(s, from: i + WrittenYear.length)
        else {
            return nil
        }
        return written.value
    }

    /// Reads sentence `s`, which starts at `offset` of `block`; `places` are the places the block
    /// names, and `keywords` its sector keywords, found here if no sentence before asked for them;
    /// `paragraph` is what the sentences before it in its paragraph leave it (a list of targets
    /// going on, a clause ended by a semicolon, a heading right above).
    /// Whether it held figures, the period named before the first one, and whether it held target
    /// words before its last figure.
    @discardableResult
    private mutating func readSentence(
        _ s: [Unicode.Scalar], offset: Int, sentence: Int, headerPeriod: String?, block: [Unicode.Scalar],
        places: ArraySlice<PlaceMentions.Mention>, keywords: inout BlockKeywords?, blockYear: Int?,
        paragraph: (targetList: Bool, afterSemicolon: Bool, underHeading: Bool),
        rules: (year: ExtractionRule, period: ExtractionRule)
    ) -> (hadFigures: Bool, opening: String?, openingYear: Int?, hadTargetWords: Bool) {
        reader.findFigures(in: s, with: finder)
        guard !reader.figures.isEmpty else { return (false, nil, nil, false) }
        guard !facts.anecdote.occurs(in: s) else { return (true, nil, nil, false) }
        facts.log?.noteLayers(
            sentence: sentence, s,
            periods: periods.mentions(in: s, at: SentencePlace(block: blockIndex, offset: offset)),
            reader: periods, quotations: reader.context.quotations, figures: reader.figures, places: places,
            offset: offset,
            regions: lexicon.regions)
        if keywords == nil { keywords = BlockKeywords(scorer.hits(block)) }
        settlePreviousScores()
        // The block's keywords are read where the reader holds them, and its shares where
        // `keywords` does: bound to a variable, the keywords were copied (and their list
        // retained and released) for every sentence with figures.
        if reader.block != blockIndex { reader.enter(block: blockIndex, keywords: keywords!.hits, places: places) }
        // The sentence counts as it stands; wider context counts by its shares, so that a long
        // paragraph does not outweigh the words around the figure.
        var baseScores = SectorScores()
        baseScores.addInline(reader.context.keywords.scores(in: offset..<(offset + s.count)), weight: 0.5)
        baseScores.addInline(keywords!.shares, weight: 3)
        baseScores.addInline(sectionShares, weight: 2)
        baseScores.addInline(previousShares, weight: 1)
        let targetWords = facts.targetWords(in: s, before: lastLead(of: reader.figures))
        let hadTargetWords = !targetWords.isEmpty
        reader.read(
            s, index: sentence, offset: offset, headerPeriod: headerPeriod, blockYear: blockYear,
            blockCandidates: blockCandidates, targetWords: targetWords, listedTarget: paragraph.targetList,
            afterSemicolon: paragraph.afterSemicolon, underHeading: paragraph.underHeading, rules: rules,
            baseScores: baseScores, appendingTo: &candidates)
        return (true, reader.openingPeriod, reader.openingYear, hadTargetWords)
    }
}

/// What every figure of a document is read against: the vocabulary, the document's year and
/// place, and the readers made from them. One object, shared by the pass and its sentence
/// readers.
final class DocumentFacts {
    let lexicon: Lexicon
    let documentIndex: Int
    let year: Int?
    let region: String?
    let finder: FigureFinder
    let namer: MetricNamer
    let scorer: SectorScorer
    let periods: PeriodReader
    let anecdote: PhraseMatcher<String>
    /// The years each block writes (the `years` step's layer): where a rule asks whether a
    /// year is written at a place of its sentence (由2019年的…).
    let years: YearMentions
    /// The last heading's text, and the one's before it when that was the block before: what
    /// item they name (`DocumentPass.item(ofHeading:after:)`) is read only when a figure of the
    /// paragraph under them asks (`itemHeading`). Set as headings are read.
    var itemHeading: (before: [Unicode.Scalar], last: [Unicode.Scalar]) = ([], [])
    /// The document's metric names, each scored once.
    let names: MetricNames
    /// Where `explain` collects what decided each field; nil when not explaining.
    let log: ExplainLog?
    /// The periods headings name, each phrase expanded once for a year (`periodHeader`): a
    /// document heads its sections with the same few (一季度, 前三季度).
    /// (A scan that reads no sentence: only its expansions are used.)
    fileprivate var headingPeriods = PeriodScan(year: nil, place: SentencePlace(block: 0, offset: 0))
    /// The year a document titled as a plan (工作要点, 实施方案) plans, whose figures are its
    /// targets; nil for any other document. Set when the title is read.
    var plannedYear: Int?

    init(
        lexicon: Lexicon, documentIndex: Int, year: Int?, currentYear: Int?, region: String?,
        years: YearMentions = YearMentions(), log: ExplainLog? = nil
    ) {
        self.log = log
        self.years = years
        self.lexicon = lexicon
        names = MetricNames(targets: lexicon.targetWords)
        self.documentIndex = documentIndex
        self.year = year
        self.region = region
        finder = FigureFinder(lexicon: lexicon)
        var places: [String] = []
        if let region {
            places.append(region)
            // (Names compared byte for byte: `==` on CJK text checks canonical equivalence first,
            // which over the whole list of regions cost a twentieth of a short article's reading.)
            if let known = lexicon.regions.first(where: { $0.name.isSameWord(region) }) { places += known.aliases }
            if region.unicodeScalars.count > 2, let last = region.last, "市省县区".contains(last) {
                places.append(String(region.dropLast()))
            }
        }
        namer = MetricNamer(lexicon: lexicon, placeNames: places)
        scorer = SectorScorer(lexicon: lexicon)
        // 今年 is the year the article was written in, whatever year the paragraph around it is of.
        periods = PeriodReader(lexicon: lexicon, currentYear: currentYear ?? year, years: years)
        anecdote = lexicon.anecdoteWords
    }

    /// Builds a candidate's context fields for a figure at a position of a sentence; `scan` has
    /// read the sentence's periods (`context.sentence`) up to an earlier figure, or not at all.
    /// (`context` is `inout` though only read: handed by value, the context, some 220 bytes
    /// with arrays and strings in it, was copied out of the reader at every figure.)
    func candidate(
        metric: [Unicode.Scalar], figure: Figure, context: inout SentenceContext, scan: inout PeriodScan,
        places: inout PlaceScan, utf8: inout UTF8Cursor
    ) -> Candidate {
        periods.advance(&scan, in: context.sentence, to: figure.leadStart)
        let statedYear = scan.statedYear
        // The period the sentence names before the figure, else the one over the sentence: made
        // once, and handed to the kind and the candidate (each `??` copied it again, and counted
        // a reference to it).
        let figurePeriod = scan.period ?? context.headerPeriod
        var figureYear = statedYear ?? context.blockYear ?? year
        // A whole year as the period is the figure's year, whether the sentence names it or the
        // clause that opened it (今年…：…；城镇新增就业4.5万人) does, unless the sentence names one.
        // (Counted in bytes: a year that `Int` reads is ASCII, and counting scalars is a call.)
        if scan.period != nil || statedYear == nil, let whole = figurePeriod, whole.utf8.count == 4,
            let y = Int(whole)
        {
            figureYear = y
        }
        var scores = context.baseScores
        let (nameNumber, changeLength) = names.number(
            of: metric, scoredBy: scorer, namer: namer, addingTo: &scores, weight: 3)
        let clause = clause(of: context.sentence, around: figure)
        scores.addInline(
            context.keywords.scores(in: (context.offset + clause.lowerBound)..<(context.offset + clause.upperBound)),
            weight: 1.5)
        let utf8Start = utf8.offset(in: context.sentence, at: figure.leadStart)
        let utf8End = utf8.offset(in: context.sentence, at: figure.end)
        let decided = kind(
            of: metric, name: nameNumber, figure: figure, in: context.sentence, targets: context.targetWords,
            listed: context.listedTarget, quotations: context.quotations, year: figureYear,
            period: figurePeriod, changeLength: changeLength)
        let figureRegion = regionOf(
            context.sentence, places: context.places, offset: context.offset, before: figure.end, scan: &places)
        let mention = Mention(document: documentIndex, sentence: context.sentenceIndex, figure: utf8Start..<utf8End)
        // Made where it is returned unless explaining: made once for both, the candidate (some
        // 200 bytes) was written out to memory for the log at every figure, and then again
        // where it is returned.
        guard let log else {
            return Candidate(
                name: nameNumber, nameLength: Int32(metric.count), value: figure.value, unit: figure.unit,
                qualifier: figure.qualifier, kind: decided.kind, year: figureYear, period: figurePeriod,
                region: figureRegion, sectorScores: scores, mention: mention)
        }
        let made = Candidate(
            name: nameNumber, nameLength: Int32(metric.count), value: figure.value, unit: figure.unit,
            qualifier: figure.qualifier, kind: decided.kind, year: figureYear, period: figurePeriod,
            region: figureRegion, sectorScores: scores, mention: mention)
        log.note(mention, "kind", decided.rule, decided.text(name: metric, sentence: context.sentence))
        log.explain(
            made, metric: metric, figure: figure, context: context, stated: (scan.period, statedYear), clause: clause,
            scorer: scorer, documentRegion: region)
        return made
    }

    /// The clause holding a figure: from the punctuation before it to the punctuation after.
    private func clause(of s: [Unicode.Scalar], around figure: Figure) -> Range<Int> {
        // The marks are all ASCII, 。 (U+3002) or full-width forms (from U+FF00): a Han
        // character, most of a clause, is told by one comparison of its range.
        @inline(__always) func isMark(_ c: Unicode.Scalar) -> Bool {
            if c.value > 0x3002 && c.value < 0xFF00 { return false }
            switch c {
            case "，", ",", "；", ";", "。", "：", ":": return true
            default: return false
            }
        }
        // On the buffer: every figure walks its clause both ways, and each step was checked.
        return s.withUnsafeBufferPointer { s in
            var a = min(figure.leadStart, s.count)
            // Back eight scalars at a time while all eight lie between 。 and the full-width
            // forms, as the Han characters of the name before a figure do; then one by one
            // from the first eight holding anything else.
            if let base = s.baseAddress {
                let first = SIMD8<UInt32>(repeating: 0x3003)
                let width = SIMD8<UInt32>(repeating: 0xFF00 - 0x3003)
                while a >= 8 {
                    let eight = UnsafeRawPointer(base + a - 8).loadUnaligned(as: SIMD8<UInt32>.self)
                    guard all((eight &- first) .< width) else { break }
                    a -= 8
                }
            }
            while a > 0 && !isMark(s[a - 1]) { a -= 1 }
            var b = max(figure.end, 0)
            while b < s.count && !isMark(s[b]) { b += 1 }
            return a..<b
        }
    }

    /// A district or another named place in the sentence before `end`, else the document's
    /// place; `scan` goes on from the figure before.
    /// Whether 全国, named in a local article, makes the figure ending at `end` national: only in
    /// the figure's own clause, and not as a modifier (全国统筹的劳务协作, 全国集群战役, 全国示范:
    /// `not-scope` in phrases.tsv).
    private func scopesCountry(_ s: [Unicode.Scalar], after i: Int, end: Int) -> Bool {
        guard lexicon.notScope.longest(in: s, at: i, end: end) == nil else { return false }
        return !s[i..<end].contains { "，,；;：:。".unicodeScalars.contains($0) }
    }

    /// `places` are those of the sentence's block, which `s` starts at `offset` of: read from
    /// that layer while they are what a scan of the sentence would find; when a name runs past
    /// `end`, or across where the scan stopped, the sentence itself is read from there.
    /// (Inlined where the scan reads the layer and no place of it is left to read, as for most
    /// figures: the place found before stands, and the call, with its frame, was most of the
    /// cost.)
    @inline(__always)
    func regionOf(
        _ s: [Unicode.Scalar], places: ArraySlice<PlaceMentions.Mention>, offset: Int, before end: Int,
        scan: inout PlaceScan
    ) -> String? {
        let next = max(scan.next, places.startIndex)
        guard end >= scan.end, !scan.reading, !scan.readsSentenceOnly, next >= places.endIndex else {
            return readRegion(s, places: places, offset: offset, before: end, scan: &scan)
        }
        scan.end = end
        scan.next = next
        scan.position = max(scan.position, end)
        return scan.found ?? region
    }

    /// `regionOf`, reading the places left in the layer, or the sentence itself.
    private func readRegion(
        _ s: [Unicode.Scalar], places: ArraySlice<PlaceMentions.Mention>, offset: Int, before end: Int,
        scan: inout PlaceScan
    ) -> String? {
        if end < scan.end { scan = PlaceScan(readsSentenceOnly: scan.readsSentenceOnly) }
        scan.end = end
        if !scan.reading && !scan.readsSentenceOnly {
            var k = max(scan.next, places.startIndex)
            defer { scan.next = k }
            while k < places.endIndex {
                let place = places[k]
                let start = place.start - offset
                guard start < end else { break }
                guard start >= scan.position else {
                    // Before the sentence, or before where the scan stopped.
                    if start + place.length > scan.position {
                        scan.reading = true
                        break
                    }
                    k += 1
                    continue
                }
                guard start + place.length <= end else {
                    // Read within `end`, a shorter name (or none) may stand here.
                    (scan.reading, scan.position) = (true, start)
                    break
                }
                notePlace(place.region, in: s, at: start, length: place.length, end: end, scan: &scan)
                scan.position = start + place.length
                k += 1
            }
            if !scan.reading {
                scan.position = max(scan.position, end)
                return scan.found ?? region
            }
        }
        let names = lexicon.regionNames
        var i = scan.position
        while i < end {
            i = firstPossibleStart(of: names, in: s, from: i, to: end)
            guard i < end else { break }
            guard let m = names.longestIndex(in: s, at: i, end: end) else {
                i += 1
                continue
            }
            notePlace(names.value(at: m.index), in: s, at: i, length: m.length, end: end, scan: &scan)
            i += m.length
        }
        scan.position = i
        return scan.found ?? region
    }

    /// Region `index`, named at `i` of `s`, is the place of what follows, unless it is the
    /// document's own, a city's or province's short name (长治), or 全国 in a local article used
    /// as a modifier.
    @inline(__always)
    private func notePlace(
        _ index: Int, in s: [Unicode.Scalar], at i: Int, length: Int, end: Int, scan: inout PlaceScan
    ) {
        // Read in place: copying the region would copy (and count references to) its strings.
        let regions = lexicon.regions
        if region.map({ !regions[index].name.isSameWord($0) }) ?? true
            && (regions[index].kind == "district" || regions[index].kind == "country" || length > 2),
            regions[index].kind != "country" || region == nil || scopesCountry(s, after: i + length, end: end)
        {
            scan.found = regions[index].name
        }
    }
}

/// The periods a block or a sentence opens with, asked of the facts object: as methods of the
/// pass, each call copied the whole pass (nearly a kilobyte) to hand it over.
extension DocumentFacts {
    /// A heading that is only a period (前三季度, 1-11月) heads the next block.
    fileprivate func periodHeader(_ s: [Unicode.Scalar], block: Int) -> String? {
        if let m = lexicon.periods.longestIndex(in: s, at: 0), m.length == s.count {
            return periods.expand(phrase: m.index, year: year, keptIn: &headingPeriods)
        }
        guard s.last == "月", s.count <= 6 else { return nil }
        return periods.read(s, at: SentencePlace(block: block, offset: 0), before: s.count, year: year).period
    }

    /// The period a sentence names before its first figure, if that comes early (上半年，… /
    /// 2024年1—11月，… / 按收入来源分，前三季度，…), and the year it names there.
    fileprivate func opening(
        _ s: [Unicode.Scalar], at place: SentencePlace, year: Int?
    ) -> (period: String?, year: Int?) {
        var end = min(s.count, 24)
        var i = 0
        while i < end {
            guard isDigit(s[i]) else {
                i += 1
                continue
            }
            var j = i
            while j < s.count && isDigit(s[j]) { j += 1 }
            // A year, a month or a range of months is part of a period; any other number ends it.
            if j == s.count || s[j] != "年" && s[j] != "月" && !isMonthRangeMark(s[j]) {
                end = i
                break
            }
            i = j
        }
        return periods.read(s, at: place, before: end, year: year)
    }

    /// The period a sentence opens with when nothing but it stands before the first comma
    /// (前三季度，… / 2024年1—11月，… / 今年以来，…).
    fileprivate func leadingPeriod(_ s: [Unicode.Scalar], at place: SentencePlace, year: Int?) -> String? {
        // Plain loops and a set of bits: asked of every paragraph, where a closure for each
        // scalar and a hashed set cost more than the period read after. One pass, which stops at
        // the first scalar no period holds: most paragraphs open with one, and the comma was
        // looked for first over the twelve scalars, then the scalars before it read again.
        let limit = min(s.count, 12)
        var comma = 0
        while comma < limit {
            let c = s[comma]
            if c == "，" || c == "," { break }
            guard Self.periodScalars.contains(c) || isDigit(c) else { return nil }
            comma += 1
        }
        guard comma < limit, comma >= 2 else { return nil }
        return periods.read(s, at: place, before: comma, year: year).period
    }
    private static let periodScalars = ScalarBits("年月日季度上下半前后全今当以来截至到止底末份第个一二三四五六七八九十-—~～")
}

/// Cuts a block's sentences out of the document's text when they come from one source line:
/// a slice of the text the graph keeps costs no copy, where a string made from the block's
/// scalars is encoded and validated again. Sentences are asked in order, so the block is
/// measured once.
struct PieceCursor {
    /// UTF-8 offsets within the block's text, counted on from the offset asked before.
    private var widths = UTF8Cursor()
    /// The piece asked last, and what turns an offset in the block's UTF-8 into one in the
    /// document's there (within a piece, the two texts run in step).
    private var piece = -1
    private var shift = 0

    /// Where in the document's UTF-8 `range` of the block's text stands, or nil when the range is
    /// not within one piece (it holds glue between joined lines, or spans two lines).
    mutating func utf8(of range: Range<Int>, in block: Block, document: String) -> Range<Int>? {
        // A plain loop over the pieces where the block holds them: `firstIndex(where:)` called a
        // closure for each piece of a list.
        let count = block.pieceCount
        var p = 0
        var found: TextPiece?
        while p < count {
            let candidate = block.piece(at: p)
            if range.lowerBound >= candidate.offset && range.lowerBound < candidate.offset + candidate.count {
                found = candidate
                break
            }
            p += 1
        }
        guard let found, range.upperBound <= found.offset + found.count else { return nil }
        if p != piece {
            (piece, shift) = (p, found.utf8 - widths.offset(in: block.text, at: found.offset))
        }
        let start = shift + widths.offset(in: block.text, at: range.lowerBound)
        let end = shift + widths.offset(in: block.text, at: range.upperBound)
        // Both ends must fall at the starts of characters of the document's text: a slice cut
        // there is the sentence's own text. (Read on the text's bytes: an index of its UTF-8 view
        // made and read twice cost more than finding the range.)
        let aligned = document.utf8.withContiguousStorageIfAvailable { bytes in
            start >= 0 && start <= end && end <= bytes.count
                && (start == bytes.count || bytes[start] & 0xC0 != 0x80)
                && (end == bytes.count || bytes[end] & 0xC0 != 0x80)
        }
        return aligned == true ? start..<end : nil
    }

    /// The sentence that is `range` of the block's text: a slice of the document's text where it
    /// stands there whole, else text of its own made from the block's scalars.
    mutating func sentence(
        _ range: Range<Int>, of block: Block, document: String, line: Int, paragraph: Int
    ) -> Sentence {
        if let utf8 = utf8(of: range, in: block, document: document) {
            return Sentence(in: document, utf8: utf8, line: line, paragraph: paragraph)
        }
        return Sentence(text: String(scalars: block.text[range]), line: line, paragraph: paragraph)
    }
}

/// The first position from `i` (before `end`) whose scalar may start one of `phrases`, or
/// `end`. Most scalars of a sentence start none: a loop of its own over the buffer passes over
/// them in a few instructions each, where a lookup at each position checks bounds and more.
@inline(__always)
func firstPossibleStart<Value>(
    of phrases: PhraseMatcher<Value>, in s: [Unicode.Scalar], from i: Int, to end: Int
) -> Int {
    s.withUnsafeBufferPointer { buffer in
        let stop = min(end, buffer.count)
        let k = phrases.firstPossibleStart(in: buffer, from: i, to: stop)
        return k == stop ? end : k
    }
}

/// How far the place names of a sentence have been read, and the last one found.
struct PlaceScan {
    var found: String?
    var position = 0
    var end = 0
    /// The next of the block's places (`SentenceContext.places`) to read.
    var next = 0
    /// Whether the scan reads the sentence itself rather than the block's places.
    var reading = false
    /// A scan that never reads the layer, even when it begins again: what the layer is held to
    /// in tests.
    var readsSentenceOnly = false
}

/// What a sentence gives all its figures.
struct SentenceContext {
    var sentence: [Unicode.Scalar]
    var sentenceIndex: Int
    var headerPeriod: String?
    var blockYear: Int?
    /// The sector keywords of the sentence's block, the places it names, and where the sentence
    /// starts in it.
    var keywords: KeywordHits
    var places: ArraySlice<PlaceMentions.Mention>
    var offset: Int
    /// Index among the document's candidates of the first of the sentence's block.
    var blockCandidates: Int
    /// The sentence's target words not reached (`DocumentFacts.targetWords(in:)`).
    var targetWords: [Range<Int>] = []
    /// Whether the sentence goes on a list of targets opened by a sentence before it in its
    /// paragraph (计划目标为：…。…): its figures are targets, unless their clause says done.
    var listedTarget = false
    /// Whether the sentence follows one of its paragraph that ended with a semicolon: its
    /// clauses go on about that one's (…完成年度目标（120部）的116.7%；已建成投用118部).
    var afterSemicolon = false
    /// Whether the sentence opens a paragraph right under a heading (`DocumentFacts.itemHeading`).
    var underHeading = false
    /// The sentence's quotations, as far as the figure finder read them (through its last
    /// number): most sentences hold none, and their figures are then in none.
    var quotations = QuotationMentions()
    /// What the sentence's `blockYear` and `headerPeriod` come from, for `explain`.
    var yearRule = ExtractionRule.yearOfDocument
    var periodRule = ExtractionRule.periodHeading
    var baseScores: SectorScores = SectorScores()
}

/// A block's sector keywords, and each sector's share of what they add up to (what every
/// sentence of the block with figures is scored by). Kept small: it is copied for each such
/// sentence, and the sum itself is asked for only by headings and table rows.
struct BlockKeywords {
    let hits: KeywordHits
    let shares: SectorScores
    /// Whether the keywords add up to anything.
    let hasEvidence: Bool

    init(_ hits: KeywordHits) {
        self.hits = hits
        let scores = hits.scores
        shares = scores.shares
        hasEvidence = !scores.isEmpty
    }

    /// What the keywords add up to.
    var scores: SectorScores { hits.scores }
}

/// How many times `a` and `b` stand in `s`, counted no further than `limit`, read eight scalars
/// at a time: every block is asked whether it is a table's row (two bars), and most hold none.
@inline(__always)
func occurrences(of a: Unicode.Scalar, or b: Unicode.Scalar, in s: [Unicode.Scalar], upTo limit: Int) -> Int {
    s.withUnsafeBufferPointer { s in
        guard let base = s.baseAddress else { return 0 }
        let (wantedA, wantedB) = (SIMD8<UInt32>(repeating: a.value), SIMD8<UInt32>(repeating: b.value))
        var count = 0
        var i = 0
        while i < s.count {
            // (Eights that hold neither are passed in a loop of their own: a loop that found the
            // end of each eight first and then tested it cost half as much again.)
            while i + 8 <= s.count {
                let eight = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<UInt32>.self)
                if any((eight .== wantedA) .| (eight .== wantedB)) { break }
                i += 8
            }
            let end = min(i + 8, s.count)
            while i < end {
                if s[i] == a || s[i] == b {
                    count += 1
                    if count == limit { return count }
                }
                i += 1
            }
        }
        return count
    }
}

/// Where the last of `figures` to begin begins (0 when there are none).
private func lastLead(of figures: [Figure]) -> Int {
    var last = 0
    for figure in figures where figure.leadStart > last { last = figure.leadStart }
    return last
}
