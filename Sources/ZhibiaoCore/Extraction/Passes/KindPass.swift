/// What decided a figure's kind, and where the words that decided it stand: in its name or in
/// its sentence. Kept as ranges: the words are made into text only when `explain` asks.
struct KindDecision {
    var kind: Kind
    var rule: ExtractionRule
    var inName = false
    var words: Range<Int>?

    /// The words, read from the figure's name or sentence.
    func text(name: [Unicode.Scalar], sentence: [Unicode.Scalar]) -> String {
        guard let words else { return "" }
        return String(scalars: (inName ? name : sentence)[words])
    }
}

extension DocumentFacts {
    /// What a figure states (`Kind`), decided by the first of these that holds:
    /// 1. completion — a % whose name holds a target (完成全年目标的112%, 占全年计划的110%) or
    ///    ends in 完成率 or 进度: a share of a target reached;
    /// 2. target — a target word (`target` in phrases.tsv: 力争, 确保, 预期, 计划, 明年 …) in the
    ///    figure's clause before it, or before a colon that opens the sentence's list (预期目标
    ///    是：…) or a list the sentence goes on (`listed`: 计划目标为：…。…, in one paragraph, unless
    ///    the sentence says before the figure that it is done), unless an achievement just
    ///    before it makes it one reached (超额完成目标); a
    ///    growth set as a target (力争增长6%) is a target; so is a figure of a year after the one
    ///    the article was written in (明年…, 到2027年…): what is to come is planned, not reached
    ///    (unless it names months of that year, which may have passed: 截至2026年2月底); so is a
    ///    figure inside a quotation put on a list of tasks (将“新建老年助餐点1200个…”列入…民生实事项目);
    /// 3. change — a figure whose name ends in a change (增长5.1%, 提高0.8个百分点, 增加3.2万人),
    ///    but for places or things upgraded (规范化提升35家);
    /// 4. actual otherwise.
    /// Runs as a candidate is made, on its final name: the naming passes have named it.
    /// `name` is the number of `metric` among the document's names, which keep where it says it
    /// is a share of a target; `targets` are the sentence's target words not reached
    /// (`targetWords(in:)`), `quotations` its quotation layer; `year` and `period` are the
    /// figure's; `changeLength` is `namer.changeLength(metric)`, known for the name.
    func kind(
        of metric: [Unicode.Scalar], name: Int32, figure: Figure, in s: [Unicode.Scalar], targets: [Range<Int>],
        listed: Bool, quotations: QuotationMentions, year: Int?, period: String?, changeLength: Int?
    ) -> KindDecision {
        if figure.unit.isPercentSign, let words = names.completionWords(of: name, metric) {
            // (A change after the target word is the target's growth, not a share of it reached:
            // 收入预期目标为16亿元，增长4% — a target too.)
            if let change = changeLength, metric.count - change >= words.upperBound {
                return KindDecision(kind: .target, rule: .kindTarget, inName: true, words: words)
            }
            // (So is a name that ends in its target word, with no progress before it and no 的
            // after: 城镇登记失业率预期目标为5%以内 sets the level, where 完成年度目标的112% and
            // 占全年计划的98% reach a share of it.)
            if words.upperBound == metric.count, words.count == 2, isTargetWord(metric, at: words.lowerBound),
                figure.leadStart > 0, s[figure.leadStart - 1] != "的",
                !Self.namesProgress(metric[..<words.lowerBound])
            {
                return KindDecision(kind: .target, rule: .kindTarget, inName: true, words: words)
            }
            return KindDecision(kind: .completion, rule: .kindCompletion, inName: true, words: words)
        }
        if !targets.isEmpty, let words = targetWord(before: figure.leadStart, in: s, targets: targets) {
            return KindDecision(kind: .target, rule: .kindTarget, words: words)
        }
        if listed, !saysDone(before: figure.leadStart, in: s) {
            return KindDecision(kind: .target, rule: .kindTargetList)
        }
        if !quotations.mentions.isEmpty, let words = quotedIntoList(figure, in: s, quotations: quotations) {
            return KindDecision(kind: .target, rule: .kindQuotedTask, words: words)
        }
        // A plan (工作要点) sets what it states of its year, unless a clause says it is done.
        if let planned = plannedYear, year == planned, !saysDone(before: figure.leadStart, in: s) {
            return KindDecision(kind: .target, rule: .kindPlanDocument)
        }
        // Against the year the article reports on: a report written in January on the year
        // before plans the year it is written in (今年…).
        if let year, let now = self.year ?? periods.currentYear, year > now,
            period.map({ !$0.utf8.contains(UInt8(ascii: "-")) && !$0.utf8.contains(UInt8(ascii: "Q")) }) ?? true
        {
            return KindDecision(kind: .target, rule: .kindFutureYear)
        }
        // 是1978年的倍数: a multiple of a base's level is a change against it.
        if figure.unit == .multiple, metric.count > 3, metric.suffix(3).elementsEqual(MetricNamer.multipleEnd) {
            return KindDecision(
                kind: .change, rule: .kindChange, inName: true, words: (metric.count - 3)..<metric.count)
        }
        if let change = changeLength,
            !Self.countsUpgraded(metric, change: change, family: lexicon.familyName(figure.family))
        {
            return KindDecision(
                kind: .change, rule: .kindChange, inName: true, words: (metric.count - change)..<metric.count)
        }
        return KindDecision(kind: .actual, rule: .kindActual)
    }

    /// Whether a name that ends in 提升 or 改善 with no baseline counts the places or things
    /// upgraded (养老机构规范化提升35家, 诊疗设备的提升12处) rather than a rise.
    private static func countsUpgraded(
        _ metric: [Unicode.Scalar], change: Int, family: @autoclosure () -> String
    ) -> Bool {
        guard change == 2, metric.count > 2 else { return false }
        let (a, b) = (metric[metric.count - 2], metric[metric.count - 1])
        guard a == "提" && b == "升" || a == "改" && b == "善" else { return false }
        let counted = family()
        return counted == "places" || counted == "things"
    }

    /// Where a name says it is a share of a target: a target word in it, or 完成率, 进度 or 完成
    /// at its end.
    /// A longer word that `targets` (`target` in phrases.tsv) marks as none (目标人群, a
    /// screening's target population; 计划生育) is no target word.
    /// (Worked out once for a name, by the document's names: `MetricNames.completionWords`.)
    static func completionWords(_ metric: [Unicode.Scalar], targets: PhraseMatcher<String>?) -> Range<Int>? {
        // The name is walked on its buffer, and a pair is read only where a target word may
        // start: asked of every % figure, reading each pair of the name cost some 160
        // instructions a figure.
        let target = metric.withUnsafeBufferPointer { m -> Int? in
            var i = 0
            while i + 1 < m.count {
                let c = m[i]
                if (c == "目" || c == "任" || c == "计") && isTargetWord(metric, at: i) {
                    guard let targets, let word = targets.longestIndex(in: metric, at: i),
                        targets.value(at: word.index) == "no"
                    else { return i }
                    i += word.length
                    continue
                }
                i += 1
            }
            return nil
        }
        if let target { return target..<(target + 2) }
        let n = metric.count
        // (完成预算, 完成年初预算: progress against a budget, `SentenceReader.progress`.)
        if n >= 4, isBudgetWord(metric, at: n - 2),
            let done = (max(0, n - 6)...(n - 4)).last(where: { MetricNamer.startsWithProgress(metric[$0...]) })
        {
            return done..<n
        }
        if n >= 3, metric[n - 3] == "完", metric[n - 2] == "成", metric[n - 1] == "率" { return (n - 3)..<n }
        // (A share of the figure before, named by 完成 alone: 新增城镇就业4230人，完成112.4%.)
        if n >= 4, metric[n - 2] == "完", metric[n - 1] == "成" { return (n - 2)..<n }
        if n >= 2, metric[n - 2] == "进", metric[n - 1] == "度" { return (n - 2)..<n }
        return nil
    }

    /// Where 列入 or 纳入 (`listed-into` in phrases.tsv) stands right after the quotation (“…”,
    /// within 81 scalars of the figure on either side) that holds the figure: the quotation
    /// names a task set (将“新建老年助餐点1200个…”列入…民生实事项目), not a result. Nil when the
    /// figure is in no such quotation, or the quotation is not so put.
    private func quotedIntoList(
        _ figure: Figure, in s: [Unicode.Scalar], quotations: QuotationMentions
    ) -> Range<Int>? {
        guard let quotation = quotations.holding(figure.leadStart..<figure.end, openedBy: "“"),
            figure.leadStart - quotation.open <= 81, quotation.close - figure.end <= 81, quotation.close < s.count,
            let word = lexicon.listedInto.longest(in: s, at: quotation.close + 1)
        else { return nil }
        return (quotation.close + 1)..<(quotation.close + 1 + word.length)
    }

    /// The target words of a sentence that are not ones reached (超额完成目标), read once for all
    /// its figures: most sentences have none, and their figures then ask nothing more. Only
    /// words starting before `limit`, where the sentence's last figure begins, are read: a
    /// figure asks only for words that end before it (`targetWord(before:in:targets:)`).
    func targetWords(in s: [Unicode.Scalar], before limit: Int) -> [Range<Int>] {
        // Read match by match: a list of the matches with their values, filtered and mapped,
        // was made for every sentence with figures, and most have no target word. The matches
        // are those of the whole sentence up to `limit`: each is the longest at its start, and
        // the next is looked for after it, so what follows `limit` changes none of them.
        var words: [Range<Int>] = []
        var i = 0
        while i < limit {
            // (The matcher is read from the lexicon at each use: held in a variable, it was
            // retained and released for every sentence, most of which hold no target word.)
            // Every other scalar tested (the list holds no one-scalar word), up to the one after
            // `limit`, so that a word starting just before it is found.
            i = lexicon.targetWords.nextPossibleStart(in: s, from: i, to: min(limit + 1, s.count))
            guard i < limit else { break }
            guard let m = lexicon.targetWords.longestIndex(in: s, at: i) else {
                i += 1
                continue
            }
            let range = i..<(i + m.length)
            if lexicon.targetWords.value(at: m.index) != "no" && !isReached(s, before: range.lowerBound)
                && !Self.isComparedWith(s, before: range.lowerBound)
            {
                words.append(range)
            }
            i += m.length
        }
        return words
    }

    /// A target word before `end` in its clause, or before the colon that opens the sentence's
    /// list, or one that opens the sentence before any figure of it (下一步，全市将力争…，…，…)
    /// and says a target is set, not names one, unless the figure's clause says it is done or so
    /// now (`done-now` in phrases.tsv: 已, 目前, 实际, 完成, 截至); nil when there is none.
    private func targetWord(before end: Int, in s: [Unicode.Scalar], targets: [Range<Int>]) -> Range<Int>? {
        var clause = end
        while clause > 0, !Self.clauseMarks.contains(s[clause - 1]) { clause -= 1 }
        if let word = targets.first(where: { $0.lowerBound >= clause && $0.upperBound <= end }) { return word }
        // (A target noun before 是 or 为 opens the list after it as a colon does: 主要预期目标是
        // 地区生产总值增长7.5%以上，一般公共预算收入增长8%左右，…; nor does it reach past a clause
        // that says what was done: 目标为5000人，实际完成5600人.)
        if let word = targets.first(where: { $0.upperBound < clause && isListedByCopula(s, after: $0) }),
            !lexicon.doneNowWords.occurs(in: s, within: word.upperBound..<end)
        {
            return word
        }
        // (A list after a colon with no target word before it opens as a sentence does: 将着力做好
        // 以下工作：力争…，….)
        var start = 0
        if let colon = s[..<clause].lastIndex(where: { $0 == "：" || $0 == ":" }) {
            if let word = targets.first(where: { $0.upperBound <= colon }) { return word }
            start = colon + 1
        }
        // (The first word that sets targets: 紧盯全年目标，确保…，… names a goal before it.)
        guard let opening = targets.first(where: { $0.lowerBound >= start && !isNounLike(s, at: $0) }),
            opening.upperBound <= clause, Self.namesNoFigure(s[start..<opening.lowerBound]),
            !lexicon.doneNowWords.occurs(in: s, within: clause..<end)
        else { return nil }
        // (Nor past a clause that says what was done: 计划新建老年助餐点150个，已建成162个，…，
        // 累计服务老年人68.4万人次 tells what the points did. 完成 is asked of the figure's own
        // clause only: after 力争, 完成适老化改造2000户 is one of the targets.)
        if opening.upperBound < clause,
            lexicon.doneNowWords.anyMatch(in: s, within: opening.upperBound..<clause, where: { $0 != "own-clause" })
        {
            return nil
        }
        return opening
    }

    /// Whether a name's words before its target word say how far the target was reached
    /// (完成, 实现, 占, 达).
    private static func namesProgress(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        words.contains { $0 == "占" || $0 == "达" }
            || words.indices.dropLast().contains {
                MetricNamer.startsWithProgress(words[$0...])
            }
    }

    /// Whether the sentence before `end` says what it counts is done or stands so now
    /// (`done-now` in phrases.tsv: 已, 目前, 实际, 完成, 截至; 实际完成情况如下：…).
    private func saysDone(before end: Int, in s: [Unicode.Scalar]) -> Bool {
        lexicon.doneNowWords.occurs(in: s, within: 0..<end)
    }

    /// Whether sentence `s` opens a list of targets that may go on into the sentences after it
    /// in its paragraph: target words (`target` in phrases.tsv, not one marked "no") right
    /// before its last colon, or before 为 or 是 and it (计划目标为：, 主要预期目标是：), and
    /// nothing after the colon that says it is done.
    func opensTargetList(_ s: [Unicode.Scalar]) -> Bool {
        guard let colon = s.lastIndex(where: { $0 == "：" || $0 == ":" }), colon >= 2, colon + 1 < s.count else {
            return false
        }
        var end = colon
        if s[end - 1] == "为" || s[end - 1] == "是" { end -= 1 }
        guard let word = lexicon.targetWords.longestEnding(in: s, before: end), word.value != "no" else {
            return false
        }
        return !lexicon.doneNowWords.occurs(in: s, within: (colon + 1)..<s.count)
    }

    /// Whether a heading is a plan's title: it ends with a word of `plan-title` in phrases.tsv
    /// (工作要点, 实施方案), before its closing marks, and holds none of that list's words of
    /// a title telling what was done (工作总结, 执行情况的报告).
    func titlesPlan(_ text: [Unicode.Scalar]) -> Bool {
        var end = text.count
        while end > 0, Self.closingMarks.contains(text[end - 1]) || text[end - 1] == "》" || text[end - 1] == "”" {
            end -= 1
        }
        guard let word = lexicon.planTitleWords.longestEnding(in: text, before: end), word.value != "no" else {
            return false
        }
        return !lexicon.planTitleWords.anyMatch(in: text, within: 0..<end) { $0 == "no" }
    }

    /// Whether a block that states no figure heads a list of targets (1.主要目标指标。, （二）发展
    /// 目标, 主要预期目标): after its item number, and before its closing mark, it is a short
    /// phrase with no digit that ends in a target word (`target` in phrases.tsv, not one marked
    /// "no"), or in one and 指标 or 任务, and says nothing is done (目标完成情况 is a review).
    func headsTargetList(_ text: [Unicode.Scalar]) -> Bool {
        // (Most blocks asked are longer than any such heading: told before any word is looked for.)
        guard text.count <= 28 else { return false }
        var end = text.count
        while end > 0, Self.closingMarks.contains(text[end - 1]) { end -= 1 }
        // (It ends as a target word, 指标 or 任务 does: 标, 划, 期, 务.)
        guard end > 0, Self.targetEnds.contains(text[end - 1]) else { return false }
        let start = Segmenter.sectionNumberLength(text)
        guard end > start, (2...16).contains(end - start), !text[start..<end].contains(where: isDigit) else {
            return false
        }
        let before = end
        if end - start > 2, case let tail = text[(end - 2)..<end],
            tail.elementsEqual("指标".unicodeScalars) || tail.elementsEqual("任务".unicodeScalars)
        {
            end -= 2
        }
        guard let word = lexicon.targetWords.longestEnding(in: text, before: end), word.value != "no",
            end - word.length >= start
        else { return false }
        return !lexicon.doneNowWords.occurs(in: text, within: start..<before) && !Self.saysHowItWent(text[start..<before])
    }

    /// Whether a heading's words tell how something went (完成情况, 执行情况).
    private static func saysHowItWent(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        words.count >= 2 && zip(words, words.dropFirst()).contains { $0 == "情" && $1 == "况" }
    }

    private static let closingMarks: ScalarSet = "。：:；;，, 　"
    private static let targetEnds: ScalarSet = "标划期务"

    /// Whether the target word at `range` may name a goal rather than say one is set (锚定…目标，
    /// …; `noun` in phrases.tsv): such a word covers its own clause alone. Opening the sentence
    /// (after a time at most: 年初, 今年) before a content verb (计划新建…中小学12所，新增学位9600个)
    /// it is a verb, and sets the targets of the clauses after.
    private func isNounLike(_ s: [Unicode.Scalar], at range: Range<Int>) -> Bool {
        guard let m = lexicon.targetWords.longestIndex(in: s, at: range.lowerBound) else { return false }
        return m.length == range.count && lexicon.targetWords.value(at: m.index) == "noun"
            && !(Self.opensSentence(s, at: range.lowerBound)
                && lexicon.contentVerbs.longest(in: s, at: range.upperBound) != nil)
    }

    /// Whether the target noun at `word` (目标, 预期) is followed by 是 or 为 and then the words
    /// of a list rather than the end of its clause (预期目标是地区生产总值增长7.5%以上，…).
    private func isListedByCopula(_ s: [Unicode.Scalar], after word: Range<Int>) -> Bool {
        guard word.upperBound + 1 < s.count, s[word.upperBound] == "是" || s[word.upperBound] == "为" else {
            return false
        }
        return !Self.clauseMarks.contains(s[word.upperBound + 1]) && isNounLike(s, at: word)
    }

    /// Whether position `i` opens its sentence, after a time at most (年初, 今年, 年度, 2025年).
    private static func opensSentence(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i == 0 || i <= 6 && (s[i - 1] == "年" || s[i - 1] == "初" || s[i - 1] == "度")
    }

    /// Whether text before a target word holds no number but a year's or a date's (2026年，全市将…;
    /// 据1月26日召开的会议消息，今年…将…).
    private static func namesNoFigure(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = text.startIndex
        while i < text.endIndex {
            guard isDigit(text[i]) else {
                i += 1
                continue
            }
            var j = i
            while j < text.endIndex, isDigit(text[j]) { j += 1 }
            // (A year, or a day of a date: 据1月26日召开的…会议消息，今年…将确保….)
            guard j < text.endIndex,
                j - i == 4 && text[j] == "年" || j - i <= 2 && (text[j] == "月" || text[j] == "日" || text[j] == "号")
            else { return false }
            i = j
        }
        return true
    }

    /// Whether a target word at `i` is what a figure is compared with (比年度计划高8.5个百分点,
    /// 较计划): 比 or 较 within the three scalars before it, in its clause.
    private static func isComparedWith(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, k >= i - 3, !clauseMarks.contains(s[k]) {
            if s[k] == "比" || s[k] == "较" { return true }
            k -= 1
        }
        return false
    }

    /// Whether an achievement (完成, 超额, 实现) ends within the two scalars before `i`.
    private func isReached(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        for end in max(0, i - 2)...i where lexicon.achievedWords.longestEnding(in: s, before: end) != nil {
            return true
        }
        return false
    }

    private static let clauseMarks: ScalarSet = "，,；;：:。"
}
