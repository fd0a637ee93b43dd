/// What a document says about itself as a whole: the year it reports on and the place it is
/// about (我市, 全市 and 本市 mean that place).
struct DocumentContext {
    var year: Int?
    var region: String?

    /// The year: the most frequent stated year (2025年, 2025, 长治…), leaving out start dates
    /// (2024年以来) and class years (2025届); failing that the most frequent year-like number
    /// anywhere (dates such as 2024-11-15, campaign names such as 整治2023行动); failing that the
    /// earliest class of graduates named (2025届).
    /// The year an article reports on and, when it differs, the year it was written in: a
    /// report dated early in a year (2025年1月8日, 2025-01-15) that names no year of results and
    /// looks back on 过去一年 reports on the year before, while its 今年 is the year of its date.
    /// `years` is the document's year layer (`YearMentions`).
    /// `quoted` is a year the text names only inside quotation marks or a title's marks (荣获
    /// “2022年度…示范单位”称号, 《…规划(2021—2035年)》): a title's year, which dates the article
    /// only when its file name does not either.
    static func inferYears(
        _ blocks: [Block], years: YearMentions, lexicon: Lexicon
    ) -> (reported: Int?, current: Int?, quoted: Int?) {
        var quoted = (counts: YearCounts(), order: [Int]())
        let year = inferYear(blocks, years: years, lexicon: lexicon, quoted: &quoted)
        // (Of titles' years, the one named most, a tie going to the first named.)
        guard year != nil else { return (nil, nil, quoted.counts.most(firstOf: quoted.order)) }
        let (reported, current) = inferYears(year, blocks)
        return (reported, current, nil)
    }

    private static func inferYears(
        _ year: (
            year: Int, lookingBack: Bool, dateline: (year: Int, month: Int)?, namesOnlyItsDate: Bool,
            addressDate: (year: Int, month: Int)?
        )?,
        _ blocks: [Block]
    ) -> (reported: Int?, current: Int?) {
        // Dated later in a year than the year it names (发布时间：2025-10-28 … 2024年全年, …), an
        // article that speaks of 今年 (今年前三季度) reports on the year of its date: the year it
        // names is one it compares with. Its date may be its address's (…/202011/t20201127_…)
        // here alone: a page reposted months later has a later address, so an address's date
        // that is early in a year tells no more than that.
        if let year, !year.lookingBack, let date = year.dateline ?? year.addressDate, date.month >= 4,
            date.year > year.year,
            blocks.contains(where: { saysThisYear($0.text) })
        {
            return (date.year, nil)
        }
        // Dated early in the year after the one it names most (——2025年1月16日 … 2024年), it was
        // written in the year of its date, and its 今年 is that year. (Both rules read the date
        // at the head, a dateline or a session's date: a deadline at the end, 截止时间为2025年1月5日,
        // is not when it was written.)
        if let year, !year.lookingBack, let date = year.dateline, date.year == year.year + 1, date.month <= 3 {
            return (year.year, date.year)
        }
        // Dated early in a year and naming no year but its date's (时间 : 2024-01-16 … 城镇新增就业
        // 5.6万人), an article that does not speak of 今年 reports on the year before: the results
        // of a year are told in the first months of the next.
        if let year, !year.lookingBack, year.namesOnlyItsDate, let date = year.dateline, date.year == year.year,
            date.month <= 3, !blocks.contains(where: { saysThisYear($0.text) })
        {
            return (date.year - 1, date.year)
        }
        guard let year, year.lookingBack else { return (year?.year, nil) }
        return (year.year - 1, year.year)
    }

    /// The year a file's name holds: a run of four digits (2024) or a date of eight (20240115),
    /// between 1990 and 2099, that no other digit touches; nil when there is none or more than
    /// one year.
    static func yearOfFileName(_ name: String) -> Int? {
        let scalars = Array(name.unicodeScalars)
        var years: Set<Int> = []
        var i = 0
        while i < scalars.count {
            guard isDigit(scalars[i]) else {
                i += 1
                continue
            }
            var j = i
            while j < scalars.count && isDigit(scalars[j]) { j += 1 }
            if j - i == 4 || j - i == 8, let year = decimalValue(scalars[i..<(i + 4)]), (1990...2099).contains(year),
                j - i == 4 || (1...12).contains(decimalValue(scalars[(i + 4)..<(i + 6)]) ?? 0)
            {
                years.insert(year)
            }
            i = j
        }
        return years.count == 1 ? years.first : nil
    }

    /// Whether a text says 今年.
    private static func saysThisYear(_ s: [Unicode.Scalar]) -> Bool {
        s.indices.dropLast().contains { s[$0] == "今" && s[$0 + 1] == "年" }
    }

    /// The year named most, whether the article looks back on the year before it, and the year
    /// and month of its dateline: the first full date in its first three blocks.
    private static func inferYear(
        _ blocks: [Block], years: YearMentions, lexicon: Lexicon, quoted: inout (counts: YearCounts, order: [Int])
    ) -> (
        year: Int, lookingBack: Bool, dateline: (year: Int, month: Int)?, namesOnlyItsDate: Bool,
        addressDate: (year: Int, month: Int)?
    )? {
        var strong = YearCounts()
        var weak = YearCounts()
        // Classes of graduates (2025届): the year they leave school, counted apart.
        var cohorts = YearCounts()
        var earlyDate: Int?
        var dateline: (year: Int, month: Int)?
        // The years in the order they are first named.
        var named: [Int] = []
        var reportYear: Int?
        for index in blocks.indices {
            let s = blocks[index].text
            // Asked once a sentence: asking at every year made a long paragraph quadratic.
            var plans: (sentence: Range<Int>, plans: Bool)?
            for k in years.indices(ofBlock: index) where years[k].isYearLike {
                let mention = years[k]
                let (i, j, year) = (mention.start, mention.end, mention.value)
                if !named.contains(year) { named.append(year) }
                if earlyDate == nil || dateline == nil && index < 3,
                    let month = monthOfDate(s, after: j)
                {
                    if dateline == nil, index < 3 { dateline = (year, month) }
                    if earlyDate == nil, (1...3).contains(month) { earlyDate = year }
                }
                // “2022年度…示范单位”, 《…(2021—2035年)》: a title's year, counted apart.
                if isQuoted(s, at: i) {
                    if mention.tail != .since {
                        quoted.counts.add(year)
                        if !quoted.order.contains(year) { quoted.order.append(year) }
                    }
                    continue
                }
                if mention.isWrittenYear {
                    if mention.tail == .since { continue }
                    // 2024年政府工作报告: a report given early in the year it names.
                    if namesWorkReport(s, from: j + 1) { reportYear = year }
                    // 比2019年, 与2019年相比: a baseline is a year before the one reported on, and
                    // does not date the article at all; nor does a starting level (由2020年的78.1岁
                    // 提高到…) or a year's level a figure is a multiple of (是2015年的2倍).
                    switch mention.lead {
                    case .baseline, .from: continue
                    case .copula where mention.tail == .of: continue
                    default: break
                    }
                    // A full date (2024年1月15日) dates the text; a year of targets (2024年主要目标)
                    // looks ahead: both say less about the year reported on. Targets are looked
                    // for in the year's own sentence: a review's paragraph that opens with its
                    // year (2020年，我区…) may well end 完成了…目标任务.
                    let full = isFullDate(s, after: j + 1)
                    if !full && !(plans?.sentence.contains(i) ?? false) {
                        let sentence = sentenceAround(s, at: i)
                        plans = (sentence, mentionsPlans(s, within: sentence, lexicon: lexicon))
                    }
                    if full || plans?.plans == true {
                        weak.add(year)
                        continue
                    }
                    strong.add(year)
                } else if j < s.count && (s[j] == "," || s[j] == "，") && blocks[index].kind == .heading {
                    strong.add(year)
                } else if mention.tail == .classOf {
                    cohorts.add(year)
                } else if looksLikeBareYear(s, after: j, units: lexicon.units) {
                    weak.add(year)
                }
            }
        }
        // A tie goes to the year named first: a review opens with the year it looks back on and
        // ends with the next one's plans (2025年安平县将再实施…).
        // (Among weaker mentions, the later year: a dateline early in the year after the one
        // reported on, a year of plans after both.)
        // Searched for only here, in the few articles that could need it.
        let looksBack = {
            blocks.contains { block in lexicon.pastYearWords.occurs(in: block.text) }
        }
        // (A text dated early in the year it names most, as a work report of that year is, and
        // looking back on 过去一年 reports on the year before: 发布时间:2023/3/10 … 2023年春天 … 过去一年，….)
        if let year = strong.most(firstOf: named) {
            return (
                year, (year == reportYear || year == earlyDate) && looksBack(), dateline, false,
                addressDate(blocks.prefix(3))
            )
        }
        // A class of graduates dates an article only when no other year does, and then the
        // earliest class named: the one leaving in the year written in, where a later class is
        // one still to come (全县2024届高校毕业生…，下一步，将围绕2025届毕业生).
        guard let year = weak.mostLatest() ?? cohorts.earliest() else { return nil }
        return (
            year, (earlyDate == year || reportYear == year) && looksBack(), dateline, named == [year],
            addressDate(blocks.prefix(3))
        )
    }

    /// Whether position `i` of `s` lies inside quotation marks or a title's marks (“…”, 《…》)
    /// opened in its sentence.
    private static func isQuoted(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i - 1
        while k >= 0 {
            switch s[k] {
            case "“", "《": return true
            case "”", "》", "。", "！", "？", "；", "\n": return false
            default: k -= 1
            }
        }
        return false
    }

    /// Whether four digits ending before `j` with no 年 may still be a year (2024-01-15,
    /// 2024.1.8, 2025届, 整治2023行动), not an amount before a magnitude, a unit or 余 (1993万元,
    /// 2000余件, 2000.5万元, 1995%).
    private static func looksLikeBareYear(_ s: [Unicode.Scalar], after j: Int, units: PhraseMatcher<UnitInfo>) -> Bool {
        guard j < s.count else { return true }
        let c = s[j]
        if c == "." {
            // 2024.1.8 is a date; 2000.5万元 is an amount.
            var k = j + 1
            while k < s.count && isDigit(s[k]) { k += 1 }
            return k > j + 1 && k - j <= 3 && k < s.count && s[k] == "."
        }
        if amountMarks.contains(c) { return false }
        // A unit makes it an amount (2070起, 2064名); a classifier that is never one (届) does not.
        guard let unit = units.longest(in: s, at: j) else { return true }
        return unit.value.family == "skip"
    }

    /// What follows a number that counts something besides units: magnitudes, 余/多, percent.
    private static let amountMarks: Set<Unicode.Scalar> = Set("万亿千百余多%％‰".unicodeScalars)

    /// The month of a full date whose year ends just before `j`: 2025年1月8日, 2025-01-15, or a
    /// page address's date (…/art/2024/2/9/…, …/2022-07/14/content_…), the day the page was put up.
    private static func monthOfDate(_ s: [Unicode.Scalar], after j: Int) -> Int? {
        guard j < s.count else { return nil }
        if s[j] == "年" {
            guard isFullDate(s, after: j + 1) else { return nil }
            var k = j + 1
            while isDigit(s[k]) { k += 1 }
            return decimalValue(s[(j + 1)..<k])
        }
        guard s[j] == "-" || s[j] == "/" || s[j] == "." else { return nil }
        // A month and a day of one or two digits each, the day after the month's mark or, in an
        // address, after a slash.
        var k = j + 1
        while k < s.count, k - j <= 2, isDigit(s[k]) { k += 1 }
        guard k > j + 1, k < s.count, s[k] == s[j] || s[k] == "/", k + 1 < s.count, isDigit(s[k + 1]),
            let month = decimalValue(s[(j + 1)..<k]), (1...12).contains(month)
        else { return nil }
        var d = k + 1
        while d < s.count, d - k <= 3, isDigit(s[d]) { d += 1 }
        guard d - k <= 3, let day = decimalValue(s[(k + 1)..<d]), (1...31).contains(day) else { return nil }
        return month
    }

    /// The year and month of the date a page's address holds in one of the forms content
    /// systems write it, past its host: eight digits of a day (…/t20201127_8504118.html,
    /// …/20210128/…, …/20241230A06MRR00), six of a month before a slash (…/202011/…), or a
    /// year's four, a slash and a day's four (…/n2/2024/0124/c3497…). (Dates written with marks,
    /// …/art/2024/2/9/… and …/2022-07/14/…, are read with the text's years, `monthOfDate`.)
    static func addressDate(_ blocks: ArraySlice<Block>) -> (year: Int, month: Int)? {
        for block in blocks {
            let s = block.text
            guard
                let scheme = s.indices.first(where: {
                    s[$0] == ":" && $0 + 2 < s.count && s[$0 + 1] == "/" && s[$0 + 2] == "/"
                })
            else { continue }
            // Past the host, whose digits (an address by number, a port) date nothing.
            var i = scheme + 3
            while i < s.count, s[i] != "/", !Segmenter.isSpace(s[i]) { i += 1 }
            while i < s.count, !Segmenter.isSpace(s[i]) {
                guard isDigit(s[i]) else {
                    i += 1
                    continue
                }
                var j = i
                while j < s.count, isDigit(s[j]) { j += 1 }
                let next: Unicode.Scalar? = j < s.count ? s[j] : nil
                let digits = s[i..<j]
                func date(
                    _ year: ArraySlice<Unicode.Scalar>, _ month: ArraySlice<Unicode.Scalar>,
                    _ day: ArraySlice<Unicode.Scalar>?
                )
                    -> (year: Int, month: Int)?
                {
                    guard let y = decimalValue(year), (1990...2099).contains(y), let m = decimalValue(month),
                        (1...12).contains(m)
                    else { return nil }
                    if let day { guard let d = decimalValue(day), (1...31).contains(d) else { return nil } }
                    return (y, m)
                }
                let start = digits.startIndex
                switch digits.count {
                case 8:
                    if let found = date(digits.prefix(4), s[(start + 4)..<(start + 6)], s[(start + 6)..<j]) {
                        return found
                    }
                case 6 where next == "/":
                    if let found = date(digits.prefix(4), s[(start + 4)..<j], nil) { return found }
                case 4
                where next == "/" && j + 5 < s.count && s[j + 5] == "/" && s[(j + 1)..<(j + 5)].allSatisfy(isDigit):
                    if let found = date(digits, s[(j + 1)..<(j + 3)], s[(j + 3)..<(j + 5)]) { return found }
                default: break
                }
                i = j
            }
        }
        return nil
    }

    /// 政府工作报告: after a year, a report given early in that year on the one before.
    static let workReport = Array("政府工作报告".unicodeScalars)

    /// Whether 政府工作报告 follows at `i`, or after the name of the place whose report it is
    /// (2025年青山县政府工作报告): up to eight Han characters ending as a place's name does.
    /// (Asked at every written year: only where 政 stands within the nine scalars after it is
    /// the report's name compared.)
    static func namesWorkReport(_ s: [Unicode.Scalar], from i: Int) -> Bool {
        var k = i
        while k < s.count, k - i <= 8 {
            if s[k] == "政" {
                return (k == i || placeEnds.contains(s[k - 1])) && holdsWorkReport(s, at: k)
            }
            guard Segmenter.isHan(s[k]) else { return false }
            k += 1
        }
        return false
    }

    private static func holdsWorkReport(_ s: [Unicode.Scalar], at k: Int) -> Bool {
        guard k + workReport.count <= s.count else { return false }
        for (n, c) in workReport.enumerated() where s[k + n] != c { return false }
        return true
    }

    /// What a place's name ends with, before its 政府工作报告.
    private static let placeEnds: ScalarSet = "省市县区旗州盟镇乡"

    /// Whether a year's 年 is followed by a month and a day: a date, not a year of report.
    static func isFullDate(_ s: [Unicode.Scalar], after start: Int) -> Bool {
        var k = start
        while k < s.count && isDigit(s[k]) { k += 1 }
        guard k > start, k < s.count, s[k] == "月" else { return false }
        var m = k + 1
        while m < s.count && isDigit(s[m]) { m += 1 }
        return m > k + 1 && m < s.count && (s[m] == "日" || s[m] == "号")
    }

    /// The sentence holding position `i`: from just after the previous 。！？；or line break to
    /// just after the next.
    static func sentenceAround(_ s: [Unicode.Scalar], at i: Int) -> Range<Int> {
        // On the buffer: a year's sentence is read to both ends, scalar by scalar.
        s.withUnsafeBufferPointer { p in
            var a = i
            while a > 0 && !endsSentence(p[a &- 1]) { a &-= 1 }
            var b = i
            while b < p.count && !endsSentence(p[b]) { b &+= 1 }
            return a..<min(b &+ 1, p.count)
        }
    }

    /// 。！？；!?; or a line break. Compared directly: a `Set` hashes every scalar it is asked
    /// about, and a paragraph is read scalar by scalar to its end.
    private static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "！", "？", "；", "!", "?", ";", "\n": true
        default: false
        }
    }

    /// Whether a block speaks of plans and targets rather than results: it holds a word that
    /// `plan` in phrases.tsv lists, and not only inside a longer word marked `no` there (预期寿命,
    /// life expectancy, is a result).
    static func mentionsPlans(_ s: [Unicode.Scalar], lexicon: Lexicon) -> Bool {
        mentionsPlans(s, within: 0..<s.count, lexicon: lexicon)
    }

    /// `mentionsPlans` of the text in `range` of `s`, read in place.
    static func mentionsPlans(_ s: [Unicode.Scalar], within range: Range<Int>, lexicon: Lexicon) -> Bool {
        lexicon.planWords.anyMatch(in: s, within: range) { $0 != "no" }
    }

    /// Whether the text after a year's 年 says "since": 以来, or a month/day then 以来.
    static func startsSince(_ s: [Unicode.Scalar], after start: Int) -> Bool {
        var k = start
        for unit in ["月", "日"] as [Unicode.Scalar] {
            var m = k
            while m < s.count && isDigit(s[m]) { m += 1 }
            if m > k && m < s.count && s[m] == unit { k = m + 1 }
        }
        return k + 1 < s.count && s[k] == "以" && s[k + 1] == "来"
    }
}

/// How often an article names each year one way (as a year of results, or less surely), by
/// year: a table of the years the year layer holds, 1990 to 2099, where a dictionary hashed
/// the year at every mention.
private struct YearCounts {
    private var counts = [Int](repeating: 0, count: 2100 - 1990)

    mutating func add(_ year: Int) { counts[year - 1990] += 1 }

    /// The year counted most, a tie going to the one first in `order` (which lists every year
    /// counted); nil when none is.
    func most(firstOf order: [Int]) -> Int? {
        var best: Int?
        var bestCount = 0
        for year in order where counts[year - 1990] > bestCount {
            best = year
            bestCount = counts[year - 1990]
        }
        return best
    }

    /// The earliest year counted; nil when none is.
    func earliest() -> Int? {
        counts.firstIndex { $0 > 0 }.map { 1990 + $0 }
    }

    /// The year counted most, a tie going to the later year; nil when none is.
    func mostLatest() -> Int? {
        var best: Int?
        var bestCount = 0
        for k in counts.indices where counts[k] > 0 && counts[k] >= bestCount {
            best = 1990 + k
            bestCount = counts[k]
        }
        return best
    }
}
