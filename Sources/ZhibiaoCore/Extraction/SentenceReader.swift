/// Turns the figures of one sentence into candidates: names each figure's metric, distributes
/// 分别 lists over the items they name, gives bare rates (覆盖率, 增幅) their subject, and
/// links growth rates to their base figure. One reader reads a document's sentences in turn
/// (`read`), so that what it holds is made once and its lists' room used again.
struct SentenceReader {
    let facts: DocumentFacts
    /// The sentence being read, and what it gives its figures.
    private(set) var context: SentenceContext
    /// The block whose keywords and places `context` holds (-1 before the first).
    private(set) var block = -1
    /// The sentence's figures, which the figure finder writes here in place of the last
    /// sentence's (`findFigures(in:with:)`).
    var figures: [Figure] = []
    /// The document's candidates while the sentence is read; this sentence's are those from
    /// `first` on. Indexes into it (growth links, 分别 groups) are the document's.
    var made: [Candidate] = []
    var first = 0
    /// Indexes in `made` of the last 分别 group.
    var lastGroup: [Int] = []
    /// The lists the sentence's figures form, once the 分别 pass asks.
    var lists = FigureLists()
    /// Indexes in `made` of figures read inside brackets (…62.3万人（其中城镇28.1万人）).
    var bracketed: [Int] = []
    /// The sentence's brackets, read at the first question about them.
    var brackets = BracketMentions()
    /// The whole a 其中 breakdown is of, and its unit, while its parts are read; and the measure
    /// a part that names it in full shares with the whole (播种面积 of 水稻播种面积, of
    /// 粮食播种面积), which the bare items listed after it take.
    var partsOf: (whole: [Unicode.Scalar], unit: UnitID, measure: ArraySlice<Unicode.Scalar>)?
    var floor = 0
    /// The index in `figures` of the figure `readSingle` reads.
    var current = 0
    /// Where the last figure read ended (-1 before the first).
    var lastFigureEnd = -1
    /// Where the target words after a task's count end (完成全年4800人目标任务的…), or the bracket
    /// that holds it (完成年度目标（1500人）的…): a share right after is of that task, the last
    /// made (`progress`); -1 when none.
    var taskWordsEnd = -1
    /// The sentence's periods, read as far as the last figure made into a candidate.
    var periodScan: PeriodScan
    /// The sentence's place names, read as far as the last figure made into a candidate.
    var placeScan = PlaceScan()
    var utf8Cursor = UTF8Cursor()
    /// The room a figure's first name is cleaned into (`firstName`), handed back when the
    /// figure is read: the document's names keep a copy of a new name, so the room is free
    /// again, and no name is allocated for each figure.
    var nameRoom: [Unicode.Scalar] = []
    var madeAny = false
    /// The period the sentence names before its first candidate's figure (上半年，…), read as
    /// that figure is: what its clauses after a semicolon are of.
    private(set) var openingPeriod: String?
    /// The year the sentence names before its first candidate's figure (2026年全县将…：一是…),
    /// read as that figure is: the year of its clauses after a semicolon.
    private(set) var openingYear: Int?

    init(facts: DocumentFacts) {
        self.facts = facts
        context = SentenceContext(
            sentence: [], sentenceIndex: 0, headerPeriod: nil, blockYear: nil, keywords: KeywordHits(), places: [],
            offset: 0, blockCandidates: 0)
        periodScan = PeriodScan(year: facts.year, place: SentencePlace(block: block, offset: 0))
    }

    @inline(__always) var s: [Unicode.Scalar] { context.sentence }
    /// The last candidate of this sentence.
    @inline(__always) var lastMade: Candidate? { made.count > first ? made.last : nil }
    /// The index of the last candidate of this sentence not read inside brackets: what a clause
    /// after the brackets goes on about (新增养老床位300张（其中护理型床位180张），已完成216张).
    var lastOutsideBrackets: Int? {
        var k = made.count - 1
        while k >= first && bracketed.contains(k) { k -= 1 }
        return k >= first ? k : nil
    }
    @inline(__always) var namer: MetricNamer { facts.namer }
    /// The name of `candidate`'s metric, as the document's names keep it.
    @inline(__always) func metric(of candidate: Candidate) -> [Unicode.Scalar] {
        facts.names.scalars(of: candidate.name)
    }
    /// Name `number` of the document's (a candidate's `name`) without the change it ends in
    /// (`MetricNamer.withoutChange`), as the document's names keep it. (Handed the number, not
    /// the candidate: a candidate read from `made` was copied out for the call.)
    @inline(__always) func withoutChange(name number: Int32) -> [Unicode.Scalar] {
        facts.names.withoutChange(of: number, namer: namer)
    }

    /// A candidate for `figure` named `metric` by the rules of `trail`.
    /// (`@inline(always)`: left to the compiler's cost model, it was a call of its own from
    /// `readSingle` once it asked whether a period was stated, and the candidate it returned
    /// was copied once more on the way.)
    @inline(always)
    mutating func candidate(metric: [Unicode.Scalar], figure: Figure, trail: RuleTrail) -> Candidate {
        let made = facts.candidate(
            metric: metric, figure: figure, context: &context, scan: &periodScan, places: &placeScan,
            utf8: &utf8Cursor)
        facts.log?.note(made.mention, metric: metric, trail: trail)
        if !madeAny {
            madeAny = true
            // (Written only when a period was stated: `begin` left it nil, and most sentences
            // state none, for which the assignment retained one nil and released another.)
            if let period = periodScan.period { openingPeriod = period }
            openingYear = periodScan.statedYear
        }
        return made
    }

    /// Takes up block `block`, whose sentences are read next: the keywords and places they all
    /// share are handed over once, where a context made for each sentence retained and released
    /// them for each.
    mutating func enter(block: Int, keywords: KeywordHits, places: ArraySlice<PlaceMentions.Mention>) {
        self.block = block
        context.keywords = keywords
        context.places = places
    }

    /// Finds the figures of sentence `s` into `figures`, and its quotations, as far as they
    /// hold its numbers, into the context's layer: both read before the sentence is
    /// (`read`), for the sentences with none are not read at all.
    mutating func findFigures(in s: [Unicode.Scalar], with finder: FigureFinder) {
        finder.figures(in: s, into: &figures, quotations: &context.quotations)
    }

    /// Reads sentence `s` (`index` among the document's, at `offset` of the block entered
    /// last), whose figures are in `figures`, appending its candidates to the document's; the
    /// rest is what `SentenceContext` holds. The context is written field by field: one built
    /// for each sentence and assigned whole went through a generic copy of every field.
    mutating func read(
        _ s: [Unicode.Scalar], index: Int, offset: Int, headerPeriod: String?, blockYear: Int?, blockCandidates: Int,
        targetWords: consuming [Range<Int>], listedTarget: Bool, afterSemicolon: Bool, underHeading: Bool,
        rules: (year: ExtractionRule, period: ExtractionRule),
        baseScores: SectorScores, appendingTo candidates: inout [Candidate]
    ) {
        context.sentence = s
        context.sentenceIndex = index
        context.offset = offset
        context.headerPeriod = headerPeriod
        context.blockYear = blockYear
        context.blockCandidates = blockCandidates
        context.targetWords = targetWords
        context.listedTarget = listedTarget
        context.afterSemicolon = afterSemicolon
        context.underHeading = underHeading
        context.yearRule = rules.year
        context.periodRule = rules.period
        context.baseScores = baseScores
        begin()
        swap(&made, &candidates)
        defer {
            swap(&made, &candidates)
            // The sentence's scalars are the segmenter's room, which the next sentence is
            // copied into: held on here, they would be copied whole first.
            self.context.sentence = []
        }
        first = made.count
        // (Held once for the sentence and handed to each figure's first name with the sentence,
        // as arguments: read from the reader there, each was counted and released for every
        // figure, as the reader changes while they are used.)
        let namer = self.namer
        var k = 0
        while k < figures.count {
            // The phrase before the figure is read in place; it is copied only for a list.
            let (phrase, marks) = namer.phraseBefore(
                s, figureAt: figures[k].leadStart, floor: floor, brackets: &brackets)
            // The passes that read several figures at once, in their order: a 分别 list, then a
            // change from one level to another; any other figure is read alone. (A change reads
            // the figure and the next: it is asked only when a next one follows, where most
            // figures, their sentence's last, paid a call to find none.)
            if let next = respectiveList(at: k, in: s, phrase: phrase, holdsFen: marks.fen)
                ?? (k + 1 < figures.count ? fromToLevels(at: k, phrase: phrase) : nil)
            {
                k = next
                continue
            }
            current = k
            if k + 1 < figures.count {
                readSingle(
                    s, namer: namer, phrase: phrase, marks: marks, limit: figures[k + 1].leadStart,
                    nextEnd: figures[k + 1].end)
            } else {
                readSingle(s, namer: namer, phrase: phrase, marks: marks, limit: s.count, nextEnd: nil)
            }
            k += 1
        }
        // A streak's threshold is dropped only for the level stated right after it (连续8年稳定在
        // 260万吨以上，达到271.3万吨); alone, it is what is known of the year (at least so much).
        for i in first..<made.count where made[i].isStreakThreshold {
            made[i].isStreakThreshold =
                i + 1 < made.count && made[i + 1].unit == made[i].unit
                && made[i + 1].qualifier == nil
        }
    }

    /// Leaves what the sentence before left: the lists are emptied keeping their room, as a
    /// reader made for each sentence allocated them again (and freed them, with every reference
    /// it held).
    private mutating func begin() {
        // (Asked first: most sentences leave both empty, and `removeAll(keepingCapacity:)` is a
        // generic call even then.)
        if !lastGroup.isEmpty { lastGroup.removeAll(keepingCapacity: true) }
        if !bracketed.isEmpty { bracketed.removeAll(keepingCapacity: true) }
        brackets.begin()
        lists.begin()
        // (The parts of a whole go on past a semicolon: 其中城镇居民…；农村居民….)
        if partsOf != nil, !context.afterSemicolon { partsOf = nil }
        floor = 0
        current = 0
        lastFigureEnd = -1
        taskWordsEnd = -1
        periodScan.begin(
            year: self.context.blockYear ?? facts.year, place: SentencePlace(block: block, offset: context.offset))
        placeScan = PlaceScan()
        utf8Cursor = UTF8Cursor()
        madeAny = false
        if openingPeriod != nil { openingPeriod = nil }
        openingYear = nil
    }

    /// Reads figure `current`; the next figure, if any, starts at `limit` and ends at `nextEnd`:
    /// its first name, then the naming passes in their order, then the candidate.
    /// `marks` is what the phrase holds (`MetricNamer.phraseBefore`); `s` is the sentence and
    /// `namer` the document's namer, as the reader holds them.
    private mutating func readSingle(
        _ s: [Unicode.Scalar], namer: MetricNamer, phrase: Range<Int>, marks: PhraseMarks, limit: Int, nextEnd: Int?
    ) {
        // (Copied once here: handed on from the list, the figure was copied for each call.)
        let figure = figures[current]
        defer { lastFigureEnd = figure.end }
        guard
            var naming = firstName(
                figure, in: s, namer: namer, phrase: phrase, marks: marks, limit: limit, nextEnd: nextEnd)
        else {
            return
        }
        defer { swap(&nameRoom, &naming.metric) }
        // 新建社区食堂62个（年度目标50个）: a figure in brackets after target words alone, right
        // after a figure in its unit, is that figure's target.
        let inTargetBracket = isClosedBracket(after: figure) ? targetBracket(before: figure.leadStart) : nil
        if let open = inTargetBracket,
            open == lastFigureEnd
                || lastFigureEnd >= 0 && lastFigureEnd < open
                    && facts.lexicon.taskDoneWords.occurs(in: s, within: lastFigureEnd..<open),
            readTaskCount(figure, endingAt: figure.end)
        {
            facts.log?.note(made[made.count - 1].mention, "kind", .kindBracketedTarget)
            return
        }
        guard namingPassesKeep(&naming, namer: namer) else { return }
        // 开展义诊活动（年度任务150场）168场: a name that runs into brackets of target words ends
        // before them, for the target inside them and the figure after them.
        // (Asked only of a figure in brackets or right after them: most names hold none.)
        if inTargetBracket != nil || figure.leadStart > 0 && (s[figure.leadStart - 1] == "）" || s[figure.leadStart - 1] == ")"),
            let cut = Self.targetBracketInName(naming.metric), cut >= 2
        {
            naming.metric.removeSubrange(cut...)
        }
        // 安置点6个（西秀区1个、普定县1个）: a part named only by a place the lexicon does not know
        // counts what the figure before it counts, in that place.
        // (So is one done there, named with that measure: 其中：西秀区完成6962人.)
        var partPlace: [Unicode.Scalar]?
        // (Told first by a place's mark third, fourth or fifth in the name: most names hold none.)
        if naming.metric.count >= 3, Self.isPlaceMark(naming.metric[2])
            || naming.metric.count >= 4 && Self.isPlaceMark(naming.metric[3])
            || naming.metric.count >= 5 && naming.metric[4] == "县",
            let previous = lastMade, previous.unit == figure.unit, !previous.isRate
        {
            let measure = withoutChange(name: previous.name)
            let place =
                naming.metric.count > measure.count && naming.metric.suffix(measure.count).elementsEqual(measure)
                ? Array(naming.metric.prefix(naming.metric.count - measure.count)) : naming.metric
            if isUnknownPlace(place) {
                partPlace = place
                naming.metric = measure
                naming.trail.add(.partOfWhole)
            }
        }
        // (Read in place, not bound to a copy: the name goes back to `nameRoom` alone.)
        guard naming.metric.count >= 2 else { return }
        // (目标任务 alone, or a year's: 年度目标.)
        let targets = Self.targetWords(in: naming.metric, naming.metric.indices, copula: false)
        let targetOnly = targets == false
        if targets != nil {
            // (Target words alone right after the count, then 的: 完成全年4800人目标任务的….)
            if targetOnly, isTargetWord(s, at: figure.end), figure.end + naming.metric.count < s.count,
                s[figure.end + naming.metric.count] == "的"
            {
                readTaskCount(figure, endingAt: figure.end + naming.metric.count)
                return
            }
            // 城镇新增就业5.6万人，目标任务5万人 (年度目标1000户, 超额完成5000个的年度任务): the target
            // of the figure before, in its unit, when the target words stand right before it, or
            // after it and 的. (已完成15.1万人 after 年度目标28万人 takes the name, not the role.)
            if Self.standsBeside(figure, naming.metric, in: s), readTaskCount(figure, endingAt: figure.end) {
                facts.log?.note(made[made.count - 1].mention, "kind", .kindBracketedTarget)
                return
            }
            if targetOnly { return }
        }
        // 完成年度目标（1500人）的108%: a count in brackets right after target words is the task.
        if Self.isBracketedTask(figure, in: s), readTaskCount(figure, endingAt: figure.end + 1) { return }
        // The candidate goes into `made` as it is built (a candidate held in a variable was
        // copied in whole into the list), and its growth base is looked for after, among the
        // candidates before it: the change word its name ends with is then known for the name.
        let isThreshold = isStreakThreshold(figure)
        // A figure whose phrase opens a bracket is read inside it. (Asked of the bracket layer,
        // which reads the sentence then: `subjectForBareRate` asks the layer so read whether a
        // bracket closed since. Made to read the layer itself, it was mutating, and each of its
        // closures copied the reader: 5 M more instructions on the 2 MB sample.)
        if let open = phrase.first, s[open] == "（" || s[open] == "(", brackets.opening(at: open, in: s) != nil {
            bracketed.append(made.count)
        }
        // 是1978年的107倍, 为上年的1.5倍: a multiple of a base's level, named as one.
        if figure.unit == .multiple, let named = namer.multipleOfBase(naming.metric) { naming.metric = named }
        // 主要预期目标是地区生产总值增长7.5%: what a target noun and its 是 or 为 introduce names
        // the figure. (Asked only in a sentence with target words.)
        if !context.targetWords.isEmpty, let start = MetricNamer.afterTargetCopula(naming.metric) {
            naming.metric.removeFirst(start)
        }
        // 纳入城乡低保8957户24835人: households counted right before people are of one thing, and
        // each count is named by what it counts (纳入城乡低保户数; the people, `firstName`). A
        // name of households (低收入农户) says so already.
        if figure.unit == .household, countsPeopleNext(figure), let last = naming.metric.last, last != "数",
            last != "户"
        {
            naming.metric += ["户", "数"]
        }
        made.append(candidate(metric: naming.metric, figure: figure, trail: naming.trail))
        let at = made.count - 1
        if let place = partPlace {
            made[at].region = String(scalars: place)
            facts.log?.note(made[at].mention, "region", .regionNamed, made[at].region ?? "")
        }
        if inTargetBracket != nil, !made[at].isRate {
            made[at].kind = .target
            facts.log?.note(made[at].mention, "kind", .kindBracketedTarget)
        }
        made[at].isPart = naming.isPart
        made[at].isStreakThreshold = isThreshold
        if figure.family == .rate,
            let changeWord = facts.names.changeWordLength(of: made[at].name, naming.metric, namer: namer)
        {
            var k = at
            while k > first {
                k -= 1
                if !made[k].isRate && namer.isChange(naming.metric, changeWord: changeWord, of: metric(of: made[k])) {
                    made[at].growthOf = k
                    facts.log?.note(made[at].mention, "growth", .growthBase, String(scalars: metric(of: made[k])))
                    break
                }
            }
        }
    }

    /// Whether a name is only a place the lexicon does not know: two or three Han characters and
    /// 县, 区, 市, 镇 or 旗 (or two and 自治县), none of which makes a phrase of it (全市, 城区: `not-in-place` in
    /// phrases.tsv) nor, before 县, 区 or 镇, an area (开发区, 社区, 小镇: `area-mark`). (Not 乡:
    /// 返乡, 下乡.)
    private func isUnknownPlace(_ name: [Unicode.Scalar]) -> Bool {
        // (镇宁自治县: an autonomous county, two characters and 自治县.)
        if name.count == 5, name[2] == "自", name[3] == "治", name[4] == "县" || name[4] == "旗" {
            return isUnknownPlace([name[0], name[1], name[4]])
        }
        guard name.count == 3 || name.count == 4, let mark = name.last, Self.isPlaceMark(mark) else {
            return false
        }
        let lexicon = facts.lexicon
        let head = name.dropLast()
        guard head.allSatisfy({ Segmenter.isHan($0) && !lexicon.notInPlaceNames.contains($0) }) else { return false }
        // (山 marks an area in 偏远山区, not in 南山区 or 萧山区.)
        let last = head[head.endIndex - 1]
        return mark == "市" || mark == "旗" || !lexicon.areaMarks.contains(last) || last == "山" && name.count == 3
    }

    @inline(__always)
    private static func isPlaceMark(_ c: Unicode.Scalar) -> Bool {
        c == "县" || c == "区" || c == "市" || c == "镇" || c == "旗"
    }

    /// Whether a place the lexicon knows stands wholly in `range` of the sentence (其中潞州区2所).
    func namesPlace(in range: Range<Int>) -> Bool {
        context.places.contains { place in
            let start = place.start - context.offset
            return start >= range.lowerBound && start + place.length <= range.upperBound
        }
    }

    /// Whether the figure after `figure` counts people and follows it at once (8957户24835人, or
    /// 5304 户 8533 人 spaced out).
    @inline(__always)
    private func countsPeopleNext(_ figure: Figure) -> Bool {
        guard current + 1 < figures.count, figures[current + 1].unit == .person else { return false }
        return s[figure.end..<figures[current + 1].leadStart].allSatisfy { $0 == " " }
    }

    /// Whether a hedged level follows a streak in its clause (连续8年稳定在260万吨以上, 连续5年
    /// 保持在60%以上): the bar the years cleared, not the level of the year.
    @inline(__always)
    private func isStreakThreshold(_ figure: Figure) -> Bool {
        guard
            figure.qualifier != nil && figure.qualifier != .approx
                || figure.leadStart > 0 && s[figure.leadStart - 1] == "在"
        else { return false }
        // 连续 back to the clause's start, read pair by pair: a generic firstRange over the
        // slice cost a tenth of all extraction on figures with 以上 or 超过.
        var k = figure.leadStart - 1
        while k > 0 && !isClauseMark(s[k - 1]) && s[k - 1] != "。" {
            if s[k - 1] == "连" && s[k] == "续" { return true }
            k -= 1
        }
        return false
    }

    /// 城镇新增就业5126人，完成全年4800人目标任务的106.8% (or 完成年度目标（1500人）的…): a count
    /// named by target words alone right after it, or in brackets right after them, is the task
    /// set for the figure before in its unit, a target of that name; a share right after
    /// `taskEnd` (`progress`) is of that task. Whether a candidate was made: none is when no
    /// figure before is in the count's unit.
    @discardableResult
    private mutating func readTaskCount(_ figure: Figure, endingAt taskEnd: Int) -> Bool {
        guard figure.family != .rate,
            let done = made.indices[first...].last(where: { made[$0].unit == figure.unit && !made[$0].isRate })
        else { return false }
        made.append(
            candidate(metric: withoutChange(name: made[done].name), figure: figure, trail: RuleTrail(.progressOfAmount))
        )
        made[made.count - 1].kind = .target
        facts.log?.note(made[made.count - 1].mention, "kind", .kindTargetOfDone)
        taskWordsEnd = taskEnd
        return true
    }

    /// Whether brackets close right after `figure` (（年度目标50个）).
    @inline(__always)
    private func isClosedBracket(after figure: Figure) -> Bool {
        figure.end < s.count && (s[figure.end] == "）" || s[figure.end] == ")")
    }

    /// Where the brackets open that hold a figure at `lead` after target words alone
    /// (（年度目标50个）, （计划120个）, （目标任务：5万人）); nil otherwise.
    private func targetBracket(before lead: Int) -> Int? {
        // (The longest such words, 年度目标任务：, are seven scalars.)
        var open = lead - 1
        while open >= max(0, lead - 8), s[open] != "（" && s[open] != "(" { open -= 1 }
        guard open >= 0, open >= lead - 8, Self.targetWords(in: s, (open + 1)..<lead, copula: true) != nil else {
            return nil
        }
        return open
    }

    /// Where a name ends in the opening of brackets of target words (开展义诊活动（年度任务), or nil.
    private static func targetBracketInName(_ metric: [Unicode.Scalar]) -> Int? {
        guard let open = metric.lastIndex(where: { $0 == "（" || $0 == "(" }),
            targetWords(in: metric, (open + 1)..<metric.count, copula: true) != nil
        else { return nil }
        return open
    }

    /// Whether `t[range]` is target words alone: 年度 or 全年 or nothing, then one or two of 目标,
    /// 任务 and 计划, then, where `copula`, 为 or a colon or nothing (年度目标, 目标任务, 计划：).
    /// Nil when it is not; else whether a year's words open it.
    private static func targetWords(in t: [Unicode.Scalar], _ range: Range<Int>, copula: Bool) -> Bool? {
        guard range.count >= 2, range.count <= 7 else { return nil }
        var k = range.lowerBound
        var end = range.upperBound
        if copula, t[end - 1] == "：" || t[end - 1] == ":" || t[end - 1] == "为" { end -= 1 }
        let ofYear = end - k >= 4 && (t[k] == "年" && t[k + 1] == "度" || t[k] == "全" && t[k + 1] == "年")
        if ofYear { k += 2 }
        var words = 0
        while words < 2, k + 2 <= end, isTargetWord(t, at: k) {
            k += 2
            words += 1
        }
        return words > 0 && k == end ? ofYear : nil
    }

    /// Whether a figure stands alone in brackets right after target words (完成年度目标（1500人）).
    @inline(__always)
    private static func isBracketedTask(_ figure: Figure, in s: [Unicode.Scalar]) -> Bool {
        figure.leadStart >= 3 && (s[figure.leadStart - 1] == "（" || s[figure.leadStart - 1] == "(")
            && figure.end < s.count && (s[figure.end] == "）" || s[figure.end] == ")")
            && isTargetWord(s, at: figure.leadStart - 3)
    }

    /// Whether `name` is the words right before `figure`, or right after it and 的.
    private static func standsBeside(_ figure: Figure, _ name: [Unicode.Scalar], in s: [Unicode.Scalar]) -> Bool {
        if figure.leadStart >= name.count, s[(figure.leadStart - name.count)..<figure.leadStart].elementsEqual(name) {
            return true
        }
        let after = figure.end + 1
        return after + name.count <= s.count && s[figure.end] == "的" && s[after..<(after + name.count)].elementsEqual(name)
    }

    /// Whether the phrase before a figure opens with 其中, or follows it (其中，公立医院…).
    @inline(__always)
    static func opensPart(_ s: [Unicode.Scalar], _ phrase: Range<Int>) -> Bool {
        var i = phrase.lowerBound
        if i < phrase.upperBound, s[i] == "（" || s[i] == "(" { i += 1 }
        if i + 1 < phrase.upperBound, s[i] == "其", s[i + 1] == "中" { return true }
        if i > 0, s[i - 1] == "，" || s[i - 1] == "：" || s[i - 1] == "," || s[i - 1] == ":" { i -= 1 }
        return i >= 2 && s[i - 2] == "其" && s[i - 1] == "中" || opensBreakdown(s, before: i)
    }

    /// Whether the sentence opens, in a clause of its own ending at `end`, with the division
    /// of a whole into parts: 按产业划分, 按性别分, 分产业看, 从城乡看.
    private static func opensBreakdown(_ s: [Unicode.Scalar], before end: Int) -> Bool {
        guard end >= 3, end <= 12, s[0] == "按" || s[0] == "分" || s[0] == "从",
            s[end - 1] == "分" || s[end - 1] == "看"
        else { return false }
        return !s[1..<end].contains { "，,。；：".unicodeScalars.contains($0) }
    }

    static let share: [Unicode.Scalar] = ["占"]
    /// 扣除价格因素, 扣除物价因素: what a real (price-adjusted) change is said after.
    private static let adjusted = Array("扣除".unicodeScalars)

    /// The subject a bare rate takes: the metric of the figure before it in the sentence, or
    /// the noun phrase of the clause before it.
    /// (The figure is given by its index and read in place: a copy counted its strings.)
    /// `isChange` says whether the rate ends with a change word, asked once by the caller.
    @inline(__always)
    func subjectForBareRate(of rate: [Unicode.Scalar], isChange: Bool, figureAt f: Int) -> [Unicode.Scalar] {
        // A share (占…比重) and progress (完成…目标, 实现…目标) are of the last amount before them, verb and
        // all (新增城镇就业), not of a rate between (民生支出286.5亿元，同比增长6.2%，占…81.3%: of
        // 民生支出).
        // A figure inside brackets is a part of the whole, not the whole (老年人口62.3万人（其中
        // 城镇28.1万人），占总人口的21.5%).
        if rate.first == "占" || MetricNamer.startsWithProgress(rate),
            let whole = made.indices[first...].last(where: { !made[$0].isRate && !bracketed.contains($0) })
        {
            return withoutChange(name: made[whole].name)
        }
        // A rate (覆盖率) belongs to the thing counted before it (新建…站点 → 站点); a change in
        // people or money to the amount before, not to a rate between (城镇新增就业3.86万人，完成
        // 全年目标任务的96.5%，同比增加0.21万人).
        // A figure in brackets closed before this one is a part (税收总额86.2亿元（含代征税12.4
        // 亿元），增长7.3%): the change is the whole's.
        let closed =
            !bracketed.isEmpty && lastFigureEnd >= 0 && brackets.closes(in: lastFigureEnd..<figures[f].leadStart)
        let amount =
            figures[f].family == .rate && (unit(of: figures[f]).utf8.count != 1 || !isChange)
            ? nil : made.indices[first...].last(where: { !made[$0].isRate && !(closed && bracketed.contains($0)) })
        if let k = amount ?? (made.count > first ? made.count - 1 : nil) {
            if isChange { return withoutChange(name: made[k].name) }
            var before = namer.subject(of: metric(of: made[k]))
            // 学生体质健康优秀率达16.87%，优良率达53.96%，合格率达96.25%: a rate after other rates
            // is of what the first of them was of, not of a rate (a rate's own name taken as its
            // last three characters, as most are named).
            var j = k
            while rate.last == "率", before.last == "率", !namer.endsWithChange(before) {
                if before.count >= 5 { return Array(before.dropLast(3)) }
                j -= 1
                guard j >= first else { return [] }
                before = namer.subject(of: metric(of: made[j]))
            }
            // 基本医疗保险参保人数…，参保率: a rate whose name repeats the count's is of what the
            // count was of (基本医疗保险参保率).
            if rate.count >= 3, rate.last == "率", let p = before.firstRange(of: Array(rate.prefix(2)))?.lowerBound,
                p >= 2
            {
                return Array(before[..<p])
            }
            return before
        }
        // 年末家禽存栏51313百羽，同比下降33.88%: a figure not read (its unit unknown) is still
        // named before its number.
        var clause = nounOfClauseBefore(at: figures[f].leadStart)
        if clause.isEmpty {
            // 为辖区65岁以上老年人开展免费健康体检服务，完成率98.6%: a clause too long to name the
            // rate names it by what its last verb did.
            let long = nounOfClauseBefore(at: figures[f].leadStart, longest: 48)
            var object = long
            while case let next = namer.object(of: object), next.count < object.count { object = next }
            if object.count < long.count, object.count >= 2, object.count <= 16, !object.contains(where: isDigit) {
                clause = object
            }
        }
        guard let digit = clause.firstIndex(where: isDigit) else { return clause }
        return digit >= 2 ? Array(clause[..<digit]) : []
    }

    /// The noun phrase of the clause before the one holding the figure that starts at
    /// `leadStart`, when it is no longer than `longest`. (Read by a static function, handed what
    /// it reads: a method of the reader called from a naming pass, which changes the reader, had
    /// the whole reader copied for each call.)
    @inline(__always)
    func nounOfClauseBefore(at leadStart: Int, longest: Int = 16) -> [Unicode.Scalar] {
        Self.nounOfClause(before: leadStart, in: s, made: made, facts: facts, longest: longest)
    }

    static func nounOfClause(
        before leadStart: Int, in s: [Unicode.Scalar], made: [Candidate], facts: DocumentFacts, longest: Int
    ) -> [Unicode.Scalar] {
        let namer = facts.namer
        var clauseEnd = leadStart
        while clauseEnd > 0 && !isClauseMark(s[clauseEnd - 1]) { clauseEnd -= 1 }
        guard clauseEnd > 0 else { return [] }
        var clauseStart = clauseEnd - 1
        while clauseStart > 0 && !isClauseMark(s[clauseStart - 1]) && s[clauseStart - 1] != "。" {
            clauseStart -= 1
        }
        // (Cleaned to `longest` where that is more than a name's length: cut to a name's, a long
        // clause lost its front.)
        var clause = namer.clean(s, in: clauseStart..<(clauseEnd - 1), longest: max(24, longest))
        if clause.starts(with: Self.adjusted) || isBreakdownLead(clause) {
            // 扣除价格因素影响，实际增长5.5%: the real growth of the amount stated last, even in the
            // sentence before; so are the parts of a breakdown (分季度看，一季度增长6.8%).
            guard let whole = made.last(where: { !$0.isRate }) else { return [] }
            return namer.subject(of: facts.names.scalars(of: whole.name))
        }
        // (The verbs are looked for one by one only in a clause holding a scalar one starts with.)
        if namer.mayHoldClauseVerb(clause) {
            for verb in facts.lexicon.clauseVerbs {
                if let r = clause.firstRange(of: verb), r.lowerBound >= 2 {
                    clause = Array(clause[..<r.lowerBound])
                }
            }
        }
        return clause.count <= longest ? clause : []
    }

    /// 分季度看, 从环比看: a clause that announces a breakdown of the amount stated before.
    private static func isBreakdownLead(_ clause: [Unicode.Scalar]) -> Bool {
        clause.count >= 3 && clause.count <= 8 && (clause.first == "分" || clause.first == "从") && clause.last == "看"
    }

    private static let commaOnly: ScalarSet = "、"

    /// Each of the comma-separated `alternatives` of a listed pair (城镇,农村; empty ones left
    /// out) written in place of `subject[pair]`, between the subject's head and tail.
    /// (One walk over the alternatives' scalars, each item written once into room reserved for
    /// it: splitting them into slices, then joining each slice to copies of the head and tail,
    /// went through generic calls for every piece, and the pieces were first counted in a walk
    /// of their own.)
    private static func items(
        _ alternatives: String, replacing pair: Range<Int>, in subject: [Unicode.Scalar], reserving count: Int
    ) -> [[Unicode.Scalar]] {
        precondition(pair.lowerBound >= 0 && pair.upperBound <= subject.count)
        var items: [[Unicode.Scalar]] = []
        items.reserveCapacity(count)
        subject.withUnsafeBufferPointer { subject in
            let head = UnsafeBufferPointer(rebasing: subject[..<pair.lowerBound])
            let tail = UnsafeBufferPointer(rebasing: subject[pair.upperBound...])
            var item: [Unicode.Scalar] = []
            var inPiece = false
            for c in alternatives.unicodeScalars {
                if c == "," {
                    if inPiece {
                        item.append(contentsOf: tail)
                        items.append(item)
                        inPiece = false
                    }
                    continue
                }
                if !inPiece {
                    item = []
                    item.reserveCapacity(head.count + pair.count + 4 + tail.count)
                    item.append(contentsOf: head)
                    inPiece = true
                }
                item.append(c)
            }
            if inPiece {
                item.append(contentsOf: tail)
                items.append(item)
            }
        }
        return items
    }

    /// The items a 分别 subject names: a listed pair (城乡 → 城镇, 农村), or parts split at 、
    /// and 和; the whole subject for each value when they do not match the count.
    func items(of subject: [Unicode.Scalar], count: Int) -> [[Unicode.Scalar]] {
        let pairs = facts.lexicon.splitPairs
        for i in subject.indices {
            // Each alternative between the subject's head and tail, when there are as many as
            // values.
            if let m = pairs.longest(in: subject, at: i),
                case let items = Self.items(m.value, replacing: i..<(i + m.length), in: subject, reserving: count),
                items.count == count
            {
                return items
            }
        }
        // (及以上 and 及以下 bound a grade or an age, 60岁及以上人口: they join no items. When
        // 、 alone makes as many items as values, 和 is inside one: 教育、卫生健康、社会保障和就业支出.)
        let commas = subject.reduce(1) { $1 == "、" ? $0 + 1 : $0 }
        let separators = commas == count ? Self.commaOnly : itemSeparators
        var parts: [[Unicode.Scalar]] = []
        var start = 0
        for i in subject.indices where separators.contains(subject[i]) {
            if subject[i] == "及", i + 2 < subject.count, subject[i + 1] == "以",
                subject[i + 2] == "上" || subject[i + 2] == "下"
            {
                continue
            }
            parts.append(Array(subject[start..<i]))
            start = i + 1
        }
        parts.append(Array(subject[start...]))
        parts.removeAll { $0.isEmpty }
        guard parts.count == count, let last = parts.last else { return Array(repeating: subject, count: count) }
        // 0-17岁、18-34岁、60岁及以上人口: an age band shares what the last band counts.
        if let age = last.firstIndex(of: "岁"), parts.dropLast().contains(where: { $0.last == "岁" }) {
            var tail = age + 1
            if let bound = facts.lexicon.ageBounds.longest(in: last, at: tail) { tail += bound.length }
            if last.count - tail >= 2 {
                return parts.map { $0.last == "岁" && $0 != last ? $0 + last[tail...] : $0 }
            }
        }
        // 牛肉、羊肉、猪肉产量: a short item that ends as the last item's head does (肉) shares
        // its tail (产量). (教育、卫生健康支出 does not rhyme so: see the shared tails below.)
        // 第二、第三产业比重: an ordinal differs from the last item's start only in its numeral
        // and shares the rest too.
        let shares = parts.map { item in
            item.count >= 2 && item.count < last.count - 1
                && (last[item.count - 1] == item.last
                    || isChineseNumeral(item[item.count - 1]) && isChineseNumeral(last[item.count - 1])
                        && item.dropLast().elementsEqual(last[..<(item.count - 1)]))
        }
        // 一、二、三产增加值, 第一、二、三产业增加值: ordinals written as bare numerals (after a
        // first with 第) before a last item that opens with one share the rest of it (一产增加值;
        // 第二产业增加值, 第三产业增加值).
        if last.count >= 3, isChineseNumeral(last[0]),
            parts.dropLast().allSatisfy({
                $0.count == 1 && isChineseNumeral($0[0]) || $0.count == 2 && $0[0] == "第" && isChineseNumeral($0[1])
            })
        {
            let ordinal: [Unicode.Scalar] = parts[0][0] == "第" ? ["第"] : []
            return parts.map { ($0.count == 1 || $0 == last ? ordinal + $0.prefix(1) : $0) + last.dropFirst() }
        }
        // 小学、初中、中等职业学校和特殊教育学校在校生: once an item shows where the last one's
        // tail begins (学校 → 在校生), every item takes that tail.
        let tails = Set(zip(parts, shares).filter { $0.1 && $0.0 != last }.map { Array(last[$0.0.count...]) })
        if tails.count == 1, let tail = tails.first {
            return parts.map { $0 == last || $0.count < 2 || $0.count >= last.count - 1 ? $0 : $0 + tail }
        }
        // 小学、初中巩固率: items that each name a part (school level, town or country, sex),
        // before a last one that opens with a part too, share what follows that part.
        let lexicon = facts.lexicon
        if tails.isEmpty, let opening = lexicon.partWords.longest(in: last, at: 0), last.count - opening.length >= 2,
            parts.dropLast().allSatisfy({ lexicon.partWords.longest(in: $0, at: 0)?.length == $0.count })
        {
            return parts.map { $0 == last ? $0 : $0 + last[opening.length...] }
        }
        // 道路交通事故起数、死亡人数: short counts after a first item that names what they count
        // (its head, before its own two-character count) are of that too.
        if let firstItem = parts.first, firstItem.count >= 6, firstItem.last == "数",
            parts.dropFirst().allSatisfy({ $0.count >= 2 && $0.count <= 4 && $0.last == "数" })
        {
            let head = firstItem.dropLast(2)
            return [firstItem] + parts.dropFirst().map { head + $0 }
        }
        // 基本养老、失业、工伤保险参保人数: short items before a last one whose tail starts with
        // a word lists share (保险) take that tail; an item that is an action of its own (新建
        // 幼儿园和托育机构) does not.
        if tails.isEmpty, last.count >= 4,
            parts.dropLast().allSatisfy({
                $0.count >= 2 && $0.count <= 8 && lexicon.contentVerbs.longest(in: $0, at: 0) == nil
            }),
            let start = (2..<(last.count - 1)).first(where: { lexicon.sharedTails.longest(in: last, at: $0) != nil })
        {
            // (养老机构、托育机构: an item that already ends as the last does is whole; so is a
            // rate, a measure of its own: 破案率和抓获犯罪嫌疑人数.)
            return parts.map { $0 == last || $0.last == last.last || $0.last == "率" ? $0 : $0 + last[start...] }
        }
        // 孕产妇和0-6岁儿童健康管理率: short items of people before a last one that names its people
        // (0-6岁儿童, 新生儿) and then a rate of them share that rate.
        if tails.isEmpty, last.count >= 4, last.last == "率",
            parts.dropLast().allSatisfy({ $0.count >= 2 && $0.count <= 6 && !$0.contains("率") }),
            let people = (0..<(last.count - 2)).lazy.compactMap({ i in
                lexicon.peopleNouns.longest(in: last, at: i).map { i + $0.length }
            }).first,
            last.count - people >= 2
        {
            return parts.map { $0 == last ? $0 : $0 + last[people...] }
        }
        return zip(parts, shares).map { item, shared in shared ? item + last[item.count...] : item }
    }
}

extension Array where Element == Unicode.Scalar {
    func firstRange(of pattern: [Unicode.Scalar]) -> Range<Int>? {
        guard !pattern.isEmpty, pattern.count <= count else { return nil }
        for i in 0...(count - pattern.count) where self[i] == pattern[0] {
            var k = 1
            while k < pattern.count && self[i + k] == pattern[k] { k += 1 }
            if k == pattern.count { return i..<(i + pattern.count) }
        }
        return nil
    }
}

private let clauseMarks: ScalarSet = "，,；;：:"
/// Whether `c` is one of `clauseMarks`: they are all before U+3003 or among the full-width forms
/// from U+FF00, so a Han character is told at once (clauses are walked back scalar by scalar).
@inline(__always)
func isClauseMark(_ c: Unicode.Scalar) -> Bool {
    if c.value >= 0x3003 && c.value < 0xFF00 { return false }
    return clauseMarks.contains(c)
}
/// What separates the items of a list a subject names (小学、初中和高中).
let itemSeparators: ScalarSet = "、和及与與"
