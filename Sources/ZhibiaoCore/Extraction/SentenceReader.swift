/// Turns the figures of one sentence into candidates: names each figure's metric, distributes
/// 分别 lists over the items they name, gives bare rates (覆盖率, 增幅) their subject, and
/// links growth rates to their base figure.
struct SentenceReader {
    let facts: DocumentFacts
    let context: SentenceContext
    let figures: [Figure]
    /// The document's candidates while the sentence is read; this sentence's are those from
    /// `first` on. Indexes into it (growth links, 分别 groups) are the document's.
    var made: [Candidate] = []
    var first = 0
    /// Indexes in `made` of the last 分别 group.
    var lastGroup: [Int] = []
    /// Indexes in `made` of figures read inside brackets (…62.3万人（其中城镇28.1万人）).
    var bracketed: [Int] = []
    /// The whole a 其中 breakdown is of, and its unit, while its parts are read.
    var partsOf: (whole: [Unicode.Scalar], unit: String)?
    var floor = 0
    /// The index in `figures` of the figure `readSingle` reads.
    var current = 0
    /// Where the last figure read ended (-1 before the first).
    var lastFigureEnd = -1
    /// The sentence's periods, read as far as the last figure made into a candidate.
    var periodScan: PeriodScan
    /// The sentence's place names, read as far as the last figure made into a candidate.
    var placeScan = PlaceScan()
    var utf8Cursor = UTF8Cursor()
    var madeAny = false
    /// The period the sentence names before its first candidate's figure (上半年，…), read as
    /// that figure is: what its clauses after a semicolon are of.
    private(set) var openingPeriod: String?

    init(facts: DocumentFacts, context: SentenceContext, figures: [Figure]) {
        self.facts = facts
        self.context = context
        self.figures = figures
        periodScan = PeriodScan(sentence: context.sentence, year: context.blockYear ?? facts.year)
    }

    var s: [Unicode.Scalar] { context.sentence }
    /// The last candidate of this sentence.
    var lastMade: Candidate? { made.count > first ? made.last : nil }
    var namer: MetricNamer { facts.namer }

    /// A candidate for `figure` named `metric` by the rules of `trail`.
    mutating func candidate(metric: [Unicode.Scalar], figure: Figure, trail: RuleTrail) -> Candidate {
        let made = facts.candidate(
            metric: metric, figure: figure, context: context, scan: &periodScan, places: &placeScan,
            utf8: &utf8Cursor)
        facts.log?.note(made.mention, metric: metric, trail: trail)
        if !madeAny {
            madeAny = true
            openingPeriod = periodScan.period
        }
        return made
    }

    /// Reads the sentence, appending its candidates to the document's.
    mutating func read(appendingTo candidates: inout [Candidate]) {
        swap(&made, &candidates)
        defer { swap(&made, &candidates) }
        first = made.count
        var k = 0
        while k < figures.count {
            let figure = figures[k]
            // The phrase before the figure is read in place; it is copied only for a list.
            let phrase = namer.phraseBefore(s, figure: figure, floor: floor)
            if let list = list(at: k, phrase: phrase) {
                distribute(list.group, subject: list.subject, verb: list.verb, named: list.named)
                floor = figures[list.group.last!].end
                k = list.group.last! + 1
                continue
            }
            if k + 1 < figures.count, let change = fromTo(phrase, figures[k], figures[k + 1]) {
                // 由780元提高到820元: the new level is the figure; the old one is its baseline.
                var metric = namer.clean(change.subject, in: change.subject.indices)
                if change.subject.isEmpty, case let clause = nounOfClauseBefore(figures[k]), clause.count >= 2,
                    !clause.contains(where: isDigit)
                {
                    // 住院分娩率，由1990年的36.4%提高到…: of what the clause before names.
                    metric = clause
                }
                if metric.count >= 2, let oldYear = change.oldYear {
                    var read = candidate(metric: metric, figure: figures[k], trail: RuleTrail(.fromTo))
                    read.year = oldYear
                    read.period = String(oldYear)
                    facts.log?.note(read.mention, "year", .yearOldLevel)
                    made.append(read)
                } else if metric.count >= 2, change.oldIsYearBefore {
                    var read = candidate(metric: metric, figure: figures[k], trail: RuleTrail(.fromTo))
                    if let year = change.year ?? read.year { read.year = year - 1 }
                    read.period = read.year.map { String($0) }
                    facts.log?.note(read.mention, "year", .yearOldLevel)
                    made.append(read)
                }
                if metric.count >= 2 {
                    var read = candidate(metric: metric, figure: figures[k + 1], trail: RuleTrail(.fromTo))
                    if let year = change.year {
                        read.year = year
                    }
                    made.append(read)
                }
                floor = figures[k + 1].end
                lastFigureEnd = figures[k + 1].end
                k += 2
                continue
            }
            current = k
            if k + 1 < figures.count {
                readSingle(figure, phrase: phrase, limit: figures[k + 1].leadStart, nextEnd: figures[k + 1].end)
            } else {
                readSingle(figure, phrase: phrase, limit: s.count, nextEnd: nil)
            }
            k += 1
        }
    }

    /// Reads one figure; the next figure, if any, starts at `limit` and ends at `nextEnd`: its
    /// first name, then the naming passes in their order, then the candidate.
    private mutating func readSingle(_ figure: Figure, phrase: Range<Int>, limit: Int, nextEnd: Int?) {
        defer { lastFigureEnd = figure.end }
        guard var naming = firstName(figure, phrase: phrase, limit: limit, nextEnd: nextEnd) else { return }
        for pass in NamingPass.order {
            switch apply(pass, to: &naming) {
            case .next: continue
            case .drop, .done: return
            }
        }
        let named = naming.metric
        guard named.count >= 2, !Self.isTargetOnly(named) else { return }
        var read = candidate(metric: named, figure: figure, trail: naming.trail)
        read.isPart = naming.isPart
        if figure.family == "rate", namer.endsWithChange(named),
            let base = made[first...].lastIndex(where: { !$0.isRate && namer.isChange(named, of: $0.metric) })
        {
            read.growthOf = base
            facts.log?.note(read.mention, "growth", .growthBase, String(scalars: made[base].metric))
        }
        if let open = phrase.first, s[open] == "（" || s[open] == "(" { bracketed.append(made.count) }
        made.append(read)
    }

    /// Whether a name is only a target (（全年任务62%）, 目标任务): the level set, not reached.
    private static func isTargetOnly(_ metric: [Unicode.Scalar]) -> Bool {
        guard metric.count == 2 || metric.count == 4 else { return false }
        return stride(from: 0, to: metric.count, by: 2).allSatisfy { isTargetWord(metric, at: $0) }
    }

    /// Whether the phrase before a figure opens with 其中, or follows it (其中，公立医院…).
    static func opensPart(_ s: [Unicode.Scalar], _ phrase: Range<Int>) -> Bool {
        var i = phrase.lowerBound
        if i < phrase.upperBound, s[i] == "（" || s[i] == "(" { i += 1 }
        if i + 1 < phrase.upperBound, s[i] == "其", s[i + 1] == "中" { return true }
        if i > 0, s[i - 1] == "，" || s[i - 1] == "：" { i -= 1 }
        return i >= 2 && s[i - 2] == "其" && s[i - 1] == "中"
    }

    /// For 标准由X提高到Y, the subject before 由 (or 从), and the year the new level is of when
    /// one is named before it (由2022年的4.8万人增加到2024年的5.6万人); nil when the two figures
    /// are not a change from one level to another.
    private func fromTo(_ phrase: Range<Int>, _ old: Figure, _ new: Figure) -> LevelChange? {
        guard old.unit == new.unit, let from = s[phrase].lastIndex(where: { $0 == "由" || $0 == "从" }) else {
            return nil
        }
        // The verb between the levels, without the new level's year (2024年的).
        var end = new.leadStart
        if end - old.end > 1, s[end - 1] == "的" { end -= 1 }
        var year: Int?
        if end - old.end > 5, s[end - 1] == "年", let named = decimalValue(s[(end - 5)..<(end - 1)]) {
            year = named
            end -= 5
        }
        let gap = end - old.end
        guard gap >= 1, gap <= 3, facts.lexicon.toLevelVerbs.contains(String(scalars: s[old.end..<end])) else {
            return nil
        }
        // 由2019年的3.2万元: the old level's own year, when named.
        var oldYear: Int?
        let named = old.leadStart - from  // 6 for 由2019年, 7 for 由2019年的
        if named == 6 || named == 7 && s[from + 6] == "的", s[from + 5] == "年",
            let year = decimalValue(s[(from + 1)...(from + 4)]), (1949...2099).contains(year)
        {
            oldYear = year
        }
        // 由上年的62%, 从去年的: the old level is of the year before.
        let yearBefore =
            (named == 3 || named == 4 && s[from + 3] == "的") && (s[from + 1] == "上" || s[from + 1] == "去")
            && s[from + 2] == "年"
        return LevelChange(
            subject: Array(s[phrase.lowerBound..<from]), year: year, oldYear: oldYear, oldIsYearBefore: yearBefore)
    }

    /// What 由X提高到Y says of its new level: what it is of, and the year it is of if named.
    private struct LevelChange {
        var subject: [Unicode.Scalar]
        var year: Int?
        /// The year of the old level, when named (由2019年的…): then it is a figure of that year.
        var oldYear: Int?
        /// Whether the old level is named as the year before's (由上年的…).
        var oldIsYearBefore: Bool
    }

    private static let respectively = Array("分别".unicodeScalars)
    static let share: [Unicode.Scalar] = ["占"]
    /// 扣除价格因素, 扣除物价因素: what a real (price-adjusted) change is said after.
    private static let adjusted = Array("扣除".unicodeScalars)

    /// The subject a bare rate takes: the metric of the figure before it in the sentence, or
    /// the noun phrase of the clause before it.
    func subjectForBareRate(of rate: [Unicode.Scalar], figure: Figure) -> [Unicode.Scalar] {
        // A share (占…比重) and progress (完成…目标, 实现…目标) are of the last amount before them, verb and
        // all (新增城镇就业), not of a rate between (民生支出286.5亿元，同比增长6.2%，占…81.3%: of
        // 民生支出).
        // A figure inside brackets is a part of the whole, not the whole (老年人口62.3万人（其中
        // 城镇28.1万人），占总人口的21.5%).
        if rate.first == "占" || MetricNamer.startsWithProgress(rate),
            let whole = made.indices[first...].last(where: { !made[$0].isRate && !bracketed.contains($0) })
        {
            return namer.withoutChange(made[whole].metric)
        }
        // A rate (覆盖率) belongs to the thing counted before it (新建…站点 → 站点); a change in
        // people or money to the amount before, not to a rate between (城镇新增就业3.86万人，完成
        // 全年目标任务的96.5%，同比增加0.21万人).
        // A figure in brackets closed before this one is a part (税收总额86.2亿元（含代征税12.4
        // 亿元），增长7.3%): the change is the whole's.
        let closed =
            !bracketed.isEmpty && lastFigureEnd >= 0
            && s[lastFigureEnd..<figure.leadStart].contains { $0 == "）" || $0 == ")" }
        let amount =
            figure.family == "rate" && (figure.unit.utf8.count != 1 || !namer.endsWithChange(rate))
            ? nil : made.indices[first...].last(where: { !made[$0].isRate && !(closed && bracketed.contains($0)) })
        if let k = amount ?? (made.count > first ? made.count - 1 : nil) {
            if namer.endsWithChange(rate) { return namer.withoutChange(made[k].metric) }
            var before = namer.subject(of: made[k].metric)
            // 学生体质健康优秀率达16.87%，优良率达53.96%，合格率达96.25%: a rate after other rates
            // is of what the first of them was of, not of a rate (a rate's own name taken as its
            // last three characters, as most are named).
            var j = k
            while rate.last == "率", before.last == "率", !namer.endsWithChange(before) {
                if before.count >= 5 { return Array(before.dropLast(3)) }
                j -= 1
                guard j >= first else { return [] }
                before = namer.subject(of: made[j].metric)
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
        let clause = nounOfClauseBefore(figure)
        guard let digit = clause.firstIndex(where: isDigit) else { return clause }
        return digit >= 2 ? Array(clause[..<digit]) : []
    }

    /// The noun phrase of the clause before the one holding `figure`, when it is no longer than
    /// `longest`.
    func nounOfClauseBefore(_ figure: Figure, longest: Int = 16) -> [Unicode.Scalar] {
        var clauseEnd = figure.leadStart
        while clauseEnd > 0 && !clauseMarks.contains(s[clauseEnd - 1]) { clauseEnd -= 1 }
        guard clauseEnd > 0 else { return [] }
        var clauseStart = clauseEnd - 1
        while clauseStart > 0 && !clauseMarks.contains(s[clauseStart - 1]) && s[clauseStart - 1] != "。" {
            clauseStart -= 1
        }
        var clause = namer.clean(s, in: clauseStart..<(clauseEnd - 1))
        if clause.starts(with: Self.adjusted) || isBreakdownLead(clause) {
            // 扣除价格因素影响，实际增长5.5%: the real growth of the amount stated last, even in the
            // sentence before; so are the parts of a breakdown (分季度看，一季度增长6.8%).
            guard let whole = made.last(where: { !$0.isRate }) else { return [] }
            return namer.subject(of: whole.metric)
        }
        for verb in facts.lexicon.clauseVerbs {
            if let r = clause.firstRange(of: verb), r.lowerBound >= 2 {
                clause = Array(clause[..<r.lowerBound])
            }
        }
        return clause.count <= longest ? clause : []
    }

    /// 分季度看, 从环比看: a clause that announces a breakdown of the amount stated before.
    private func isBreakdownLead(_ clause: [Unicode.Scalar]) -> Bool {
        clause.count >= 3 && clause.count <= 8 && (clause.first == "分" || clause.first == "从") && clause.last == "看"
    }

    /// Figures from `start` on that are separated only by 、, spaces or 和/及/与 (and the "per"
    /// of the next value, 每人每年): one list.
    private func groupStarting(at start: Int) -> [Int] {
        var group = [start]
        var k = start + 1
        while k < figures.count {
            var gap = s[figures[k - 1].end..<figures[k].leadStart]
            // 每人每月760元、每人每年6000元: a rate's own "per" before each value belongs to it.
            if let per = gap.firstIndex(of: "每"), gap.endIndex - per <= 4, gap[per...].allSatisfy(Segmenter.isHan) {
                gap = gap[..<per]
            }
            guard gap.allSatisfy(listGaps.contains), gap.count <= 2,
                !gap.contains("，") && !gap.contains(",") || gap.count == 0
            else { break }
            group.append(k)
            k += 1
        }
        return group
    }

    /// 人数分别为城镇549人和农村5819人: after 分别 and its verb, each value named by a short noun
    /// of its own right before it. The figures from `k` so named and their nouns; nil when the
    /// values are not named so.
    private func itemsNamedBefore(_ k: Int, after start: Int) -> (group: [Int], items: [[Unicode.Scalar]])? {
        var first = start
        if let verb = facts.lexicon.lightVerbs.longest(in: s, at: first, end: figures[k].leadStart) {
            first += verb.length
        }
        func noun(_ range: Range<Int>) -> ArraySlice<Unicode.Scalar>? {
            var lo = range.lowerBound
            if lo < range.upperBound, listGaps.contains(s[lo]) { lo += 1 }
            // (每人每月760元、每人每年6000元: what each value is per, not what it is of.)
            guard range.upperBound - lo >= 1, range.upperBound - lo <= 4,
                s[lo..<range.upperBound].allSatisfy({ Segmenter.isHan($0) && $0 != "每" })
            else { return nil }
            // (分别增长5.2%，下降3.1%: changes, not names.)
            let lexicon = facts.lexicon
            guard lexicon.changeWords.longestEnding(in: s, before: range.upperBound, start: lo) == nil,
                lexicon.comparisons.longest(in: s, at: lo, end: range.upperBound) == nil,
                lexicon.contentVerbs.longest(in: s, at: lo, end: range.upperBound) == nil
            else { return nil }
            return s[lo..<range.upperBound]
        }
        guard let head = noun(first..<figures[k].leadStart) else { return nil }
        var group = [k]
        var items = [Array(head)]
        var j = k + 1
        while j < figures.count, figures[j].unit == figures[k].unit,
            let next = noun(figures[j - 1].end..<figures[j].leadStart)
        {
            group.append(j)
            items.append(Array(next))
            j += 1
        }
        return group.count >= 2 ? (group, items) : nil
    }

    /// The list of values starting at figure `k`, with the subject and verb it is distributed
    /// by: one that says 分别 (the phrase split there), or one that goes item by item without
    /// saying so (see `itemByItem`); nil when figure `k` starts no list.
    private func list(
        at k: Int, phrase: Range<Int>
    ) -> (group: [Int], subject: [Unicode.Scalar], verb: [Unicode.Scalar], named: [[Unicode.Scalar]])? {
        if s[phrase].contains("分"), case let raw = Array(s[phrase]), let split = raw.firstRange(of: Self.respectively) {
            let subject = Array(raw[..<split.lowerBound])
            if !subject.isEmpty, let named = itemsNamedBefore(k, after: phrase.lowerBound + split.upperBound) {
                return (named.group, subject, [], named.items)
            }
            return (groupStarting(at: k), subject, Array(raw[split.upperBound...]), [])
        }
        // (Most figures are not followed closely by another: they are not looked at as a list.)
        guard k + 1 < figures.count, figures[k + 1].leadStart - figures[k].end <= 6,
            case let group = groupStarting(at: k), group.count >= 2, let list = itemByItem(phrase, group: group)
        else { return nil }
        return (group, list.subject, list.verb, [])
    }

    /// A list of values that goes item by item without saying 分别: a bare change after as many
    /// figures (…119.4亿元，增长5%、9.7%、1.9%), or a subject naming as many items
    /// (本科上线率和强基上线率同比提升7.12%和13.86%). The subject and verb to distribute by; nil
    /// when the values are not marked off as a list or do not match what they follow.
    private func itemByItem(_ phrase: Range<Int>, group: [Int]) -> (subject: [Unicode.Scalar], verb: [Unicode.Scalar])?
    {
        // 3652户5821人 (no mark between) states one thing twice.
        for (a, b) in zip(group, group.dropFirst()) where figures[a].end == figures[b].leadStart { return nil }
        let cleaned = namer.clean(s, in: phrase)
        if cleaned.isEmpty || namer.isGeneric(cleaned) {
            let previous = figuresBefore(count: group.count)
            guard previous.count == group.count, previous.allSatisfy({ !made[$0].isRate }),
                Set(previous.map { made[$0].metric }).count == group.count
            else { return nil }
            return ([], cleaned)
        }
        let subject = Array(cleaned[..<(namer.changeStart(cleaned) ?? cleaned.count)])
        guard Set(items(of: subject, count: group.count)).count == group.count else { return nil }
        return (subject, Array(cleaned[subject.count...]))
    }

    /// 分别: values over the items of the subject (城乡 → 城镇, 农村; A、B和C), over the items
    /// `named` after it (人数分别为城镇549人和农村5819人), or with no subject over the figures just
    /// before (…分别增长3.6%、5.5%).
    private mutating func distribute(
        _ group: [Int], subject rawSubject: [Unicode.Scalar], verb rawVerb: [Unicode.Scalar],
        named: [[Unicode.Scalar]]
    ) {
        // 2022年、2023年、2024年地区生产总值分别为…: one value for each year named.
        let listed = Self.listedYears(rawSubject)
        let namesYears = listed.years.count == group.count
        var years = namesYears ? listed.years : []
        // The subject names every item (0-17岁、18-34岁、35-59岁和60岁以上人口): each item is
        // held to a name's length, not all of them together.
        var subject = namer.clean(
            rawSubject, in: (namesYears ? listed.end : 0)..<rawSubject.count, longest: 24 * group.count)
        var verb = namer.clean(rawVerb, in: rawVerb.indices)
        if namer.isBaselineOnly(subject) {
            // 同比分别上升28.5%和76.6%: a baseline is not a subject; the change is of the figures before.
            verb = subject + verb
            subject = []
        } else if case let baseline = namer.baselineSuffix(subject), baseline > 0 {
            // 事故起数和死亡人数同比分别下降15.5%和8.3%: the baseline is of every item's change.
            verb = Array(subject.suffix(baseline)) + verb
            subject.removeLast(baseline)
        }
        let keepVerb: [Unicode.Scalar]
        if verb == Self.share {
            // 分别占28.5%和15.2%: each item's share (教育支出占比).
            keepVerb = verb + ["比"]
        } else if namer.endsWithChange(verb) || namer.isGeneric(verb) {
            keepVerb = verb
        } else {
            keepVerb = []
        }
        var names: [[Unicode.Scalar]] = []
        var bases: [Int?] = Array(repeating: nil, count: group.count)
        if !named.isEmpty {
            names = named.map { self.named($0, of: subject) }
        } else if !subject.isEmpty {
            names = items(of: subject, count: group.count).map { $0 + keepVerb }
        } else {
            let previous = figuresBefore(count: group.count)
            if previous.count == group.count {
                names = previous.map { namer.withoutChange(made[$0].metric) + verb }
                bases = previous.map { Optional($0) }
            }
        }
        if names.isEmpty { names = Array(repeating: verb, count: group.count) }
        // A subject not split into items is held to a name's length again.
        for n in names.indices where names[n].count > 24 { names[n] = namer.clean(names[n], in: names[n].indices) }
        var indexes: [Int] = []
        for (n, k) in group.enumerated() where names[n].count >= 2 {
            var read = candidate(metric: names[n], figure: figures[k], trail: RuleTrail(.respectiveList))
            if figures[k].family == "rate", namer.endsWithChange(names[n]), let base = bases[n] {
                read.growthOf = base
                facts.log?.note(read.mention, "growth", .growthBase, String(scalars: made[base].metric))
            }
            if years.isEmpty, let span = Self.yearSpan(read.period), span.count == group.count {
                // 2020—2024年，城镇新增就业分别为…: one value for each year of the span.
                years = Array(span)
            }
            if !years.isEmpty {
                read.year = years[n]
                read.period = String(years[n])
                facts.log?.note(read.mention, "year", .yearListed)
            }
            indexes.append(made.count)
            made.append(read)
        }
        lastGroup = indexes
    }

    /// What an item named after 分别 counts of its subject: 城镇 of 城乡居民…人数 is
    /// 城镇居民…人数 (the pair it is one of, replaced by it); 职工 of 参保人数 is 职工参保人数.
    private func named(_ item: [Unicode.Scalar], of subject: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let pairs = facts.lexicon.splitPairs
        for i in subject.indices {
            guard let m = pairs.longest(in: subject, at: i) else { continue }
            for alternative in m.value.split(separator: ",") where alternative.unicodeScalars.starts(with: item) {
                return Array(subject[..<i]) + alternative.unicodeScalars + subject[(i + m.length)...]
            }
        }
        return item + subject
    }

    /// The years a phrase starts with (2022年、2023年和2024年…, 2023、2024年…) and where they end;
    /// no years when it starts otherwise.
    static func listedYears(_ s: [Unicode.Scalar]) -> (years: [Int], end: Int) {
        var years: [Int] = []
        var i = 0
        var end = 0
        while i + 4 <= s.count, s[i..<(i + 4)].allSatisfy(isDigit), i + 4 == s.count || !isDigit(s[i + 4]),
            let year = decimalValue(s[i..<(i + 4)]), (1990...2099).contains(year)
        {
            years.append(year)
            i += 4
            if i < s.count, s[i] == "年" { i += 1 }
            end = i
            guard i < s.count, s[i] == "、" || s[i] == "和" || s[i] == "与" || s[i] == "及" else { break }
            i += 1
        }
        return years.count >= 2 ? (years, end) : ([], 0)
    }

    /// The years of a period that spans whole years (2020..2024), nil for any other.
    static func yearSpan(_ period: String?) -> ClosedRange<Int>? {
        guard let period, period.utf8.count == 10 else { return nil }
        let parts = period.split(separator: ".", omittingEmptySubsequences: true)
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a < b else { return nil }
        return a...b
    }

    /// What a list of `count` values with no subject is of: the last 分别 group when it has as
    /// many, or else the last `count` candidates of the sentence (fewer when it has fewer).
    private func figuresBefore(count: Int) -> [Int] {
        lastGroup.count == count ? lastGroup : Array(made.indices[first...].suffix(count))
    }

    private static let commaOnly: ScalarSet = "、"

    /// The items a 分别 subject names: a listed pair (城乡 → 城镇, 农村), or parts split at 、
    /// and 和; the whole subject for each value when they do not match the count.
    func items(of subject: [Unicode.Scalar], count: Int) -> [[Unicode.Scalar]] {
        let pairs = facts.lexicon.splitPairs
        for i in subject.indices {
            if let m = pairs.longest(in: subject, at: i) {
                let alternatives = m.value.split(separator: ",").map { Array($0.unicodeScalars) }
                if alternatives.count == count {
                    return alternatives.map { Array(subject[..<i]) + $0 + Array(subject[(i + m.length)...]) }
                }
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
        if let age = last.firstIndex(of: "岁") {
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
            // (养老机构、托育机构: an item that already ends as the last does is whole.)
            return parts.map { $0 == last || $0.last == last.last ? $0 : $0 + last[start...] }
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
/// What may stand between the values of one list: 、, a space, a comma, 和, 及, 与.
private let listGaps: ScalarSet = "、 ，,和及与"
/// What separates the items of a list a subject names (小学、初中和高中).
let itemSeparators: ScalarSet = "、和及与"
