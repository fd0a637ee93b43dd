/// What a document says about itself as a whole: the year it reports on and the place it is
/// about (我市, 全市 and 本市 mean that place).
struct DocumentContext {
    var year: Int?
    var region: String?

    /// The year: the most frequent stated year (2025年, 2025, 长治…), leaving out start dates
    /// (2024年以来) and class years (2025届); failing that the most frequent year-like number
    /// anywhere (dates such as 2024-11-15, campaign names such as 整治2023行动).
    /// The year an article reports on and, when it differs, the year it was written in: a
    /// report dated early in a year (2025年1月8日, 2025-01-15) that names no year of results and
    /// looks back on 过去一年 reports on the year before, while its 今年 is the year of its date.
    static func inferYears(_ blocks: [Block], units: PhraseMatcher<UnitInfo>) -> (reported: Int?, current: Int?) {
        let year = inferYear(blocks, units: units)
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

    private static func inferYear(_ blocks: [Block], units: PhraseMatcher<UnitInfo>) -> (year: Int, lookingBack: Bool)?
    {
        var strong: [Int: Int] = [:]
        var weak: [Int: Int] = [:]
        var earlyDate: Int?
        // The years in the order they are first named.
        var named: [Int] = []
        var reportYear: Int?
        for block in blocks {
            let s = block.text
            // Asked once a block: asking at every year made a long paragraph quadratic.
            var plans: Bool?
            var i = 0
            while i < s.count {
                guard isDigit(s[i]), i == 0 || !isDigit(s[i - 1]) && !isLatin(s[i - 1]) else {
                    i += 1
                    continue
                }
                var j = i
                while j < s.count && isDigit(s[j]) { j += 1 }
                defer { i = j }
                guard j - i == 4, let year = decimalValue(s[i..<j]), (1990...2099).contains(year)
                else { continue }
                if j < s.count && isLatin(s[j]) { continue }
                if !named.contains(year) { named.append(year) }
                if earlyDate == nil, let month = monthOfDate(s, after: j), (1...3).contains(month) { earlyDate = year }
                if j < s.count && s[j] == "年" {
                    if startsSince(s, after: j + 1) { continue }
                    // 2024年政府工作报告: a report given early in the year it names.
                    if s[(j + 1)...].starts(with: workReport) { reportYear = year }
                    // 比2019年, 与2019年相比: a baseline is a year before the one reported on, and
                    // does not date the article at all; nor does a starting level (由2020年的78.1岁
                    // 提高到…) or a year's level a figure is a multiple of (是2015年的2倍).
                    if i > 0,
                        isBaselineMark(s[i - 1]) && yearBaseline(s, at: i - 1) != nil
                            || s[i - 1] == "由" || s[i - 1] == "从"
                            || (s[i - 1] == "是" || s[i - 1] == "于") && j + 1 < s.count && s[j + 1] == "的"
                    {
                        continue
                    }
                    // A full date (2024年1月15日) dates the text; a year of targets (2024年主要目标)
                    // looks ahead: both say less about the year reported on.
                    if plans == nil && !isFullDate(s, after: j + 1) { plans = mentionsPlans(s) }
                    if isFullDate(s, after: j + 1) || plans == true {
                        weak[year, default: 0] += 1
                        continue
                    }
                    strong[year, default: 0] += 1
                } else if j < s.count && (s[j] == "," || s[j] == "，") && block.kind == .heading {
                    strong[year, default: 0] += 1
                } else if looksLikeBareYear(s, after: j, units: units) {
                    weak[year, default: 0] += 1
                }
            }
        }
        // A tie goes to the year named first: a review opens with the year it looks back on and
        // ends with the next one's plans (2025年安平县将再实施…).
        // (Among weaker mentions, the later year: a dateline early in the year after the one
        // reported on, a year of plans after both.)
        let pick = { (counts: [Int: Int], firstNamed: Bool) -> Int? in
            counts.max { a, b in
                if a.value != b.value { return a.value < b.value }
                return firstNamed
                    ? (named.firstIndex(of: a.key) ?? 0) > (named.firstIndex(of: b.key) ?? 0) : a.key < b.key
            }?.key
        }
        // Searched for only here, in the few articles that could need it.
        let looksBack = {
            blocks.contains { block in pastYearWords.contains { block.text.firstRange(of: $0) != nil } }
        }
        if let year = pick(strong, true) { return (year, year == reportYear && looksBack()) }
        guard let year = pick(weak, false) else { return nil }
        return (year, (earlyDate == year || reportYear == year) && looksBack())
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

    /// The month of a full date whose year ends just before `j`: 2025年1月8日 or 2025-01-15.
    private static func monthOfDate(_ s: [Unicode.Scalar], after j: Int) -> Int? {
        guard j < s.count else { return nil }
        if s[j] == "年" {
            guard isFullDate(s, after: j + 1) else { return nil }
            var k = j + 1
            while isDigit(s[k]) { k += 1 }
            return decimalValue(s[(j + 1)..<k])
        }
        guard s[j] == "-" || s[j] == "/" || s[j] == ".", j + 5 < s.count, isDigit(s[j + 1]), isDigit(s[j + 2]),
            s[j + 3] == s[j], isDigit(s[j + 4]), isDigit(s[j + 5])
        else { return nil }
        return decimalValue(s[(j + 1)...(j + 2)])
    }

    /// 政府工作报告: after a year, a report given early in that year on the one before.
    static let workReport = Array("政府工作报告".unicodeScalars)
    private static let pastYearWords = ["过去一年", "过去的一年"].map { Array($0.unicodeScalars) }

    /// Whether a year's 年 is followed by a month and a day: a date, not a year of report.
    static func isFullDate(_ s: [Unicode.Scalar], after start: Int) -> Bool {
        var k = start
        while k < s.count && isDigit(s[k]) { k += 1 }
        guard k > start, k < s.count, s[k] == "月" else { return false }
        var m = k + 1
        while m < s.count && isDigit(s[m]) { m += 1 }
        return m > k + 1 && m < s.count && (s[m] == "日" || s[m] == "号")
    }

    /// Whether a block speaks of plans and targets rather than results.
    static func mentionsPlans(_ s: [Unicode.Scalar]) -> Bool {
        if planWords.contains(where: { s.firstRange(of: $0) != nil }) { return true }
        // 预期目标, 预期性指标; not 预期寿命, life expectancy, a result.
        for i in 0..<max(0, s.count - 1) where s[i] == "预" && s[i + 1] == "期" {
            if !(i + 3 < s.count && s[i + 2] == "寿" && s[i + 3] == "命") { return true }
        }
        return false
    }

    private static let planWords: [[Unicode.Scalar]] = ["目标", "计划", "展望", "安排"].map { Array($0.unicodeScalars) }

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

    /// The place: the region of the lexicon named most often; else the most frequent
    /// "XX市/XX省" whose short name recurs in the text.
    static func inferRegion(_ blocks: [Block], lexicon: Lexicon) -> String? {
        // Known places: a name counts twice in the first quarter of the article (its title and
        // opening), once after; it must reach two.
        var counts: [Int: Double] = [:]
        for (index, block) in blocks.enumerated() {
            let weight = index * 4 < blocks.count ? 2.0 : 1.0
            for match in lexicon.regionNames.matches(in: block.text)
            where lexicon.regions[match.value].kind != "district" {
                counts[match.value, default: 0] += weight
            }
        }
        if let best = counts.max(by: { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }),
            best.value >= 2
        {
            return lexicon.regions[best.key].name
        }
        // Unknown places: "XY市", "XY省", or a county's or district's "XY县", "XY区", counted more
        // where the article opens; a name must be seen twice (or once near the top) to be
        // taken. A county or district is the article's place only when the article speaks of
        // itself as one (全县, 我区 more often than 全市, 我市), and then when named more often
        // than any city or province: a city's review names its districts, and a county's report
        // its city, now and then.
        var selfReferences = (city: 0, county: 0)
        var named: [String: (count: Double, isCounty: Bool)] = [:]
        for (index, block) in blocks.enumerated() {
            let s = block.text
            let weight = index * 4 < blocks.count ? 2.0 : 1.0
            for i in 1..<max(1, s.count) {
                let mark = s[i]
                let isCounty = mark == "县" || mark == "区"
                guard mark == "市" || mark == "省" || isCounty else { continue }
                if s[i - 1] == "全" || s[i - 1] == "我" || s[i - 1] == "本" {
                    if mark == "市" { selfReferences.city += 1 } else if isCounty { selfReferences.county += 1 }
                    continue
                }
                guard i >= 2 else { continue }
                // 市场 (零工市场), 省级 (第四批省级), 县域 and 区域 are words, not places.
                if i + 1 < s.count && (mark == "市" ? s[i + 1] == "场" : s[i + 1] == "级") { continue }
                if isCounty && i + 1 < s.count && notAfterCountyMark.contains(s[i + 1]) { continue }
                let a = s[i - 2]
                let b = s[i - 1]
                guard Segmenter.isHan(a), Segmenter.isHan(b), !notInPlaceNames.contains(a), !notInPlaceNames.contains(b)
                else {
                    continue
                }
                // 开发区, 示范区, 贫困县, 试点县: kinds of area, not names.
                if isCounty && notBeforeCountyMark.contains(b) { continue }
                // 格尔木市, 石家庄市: a third character before counts when a boundary (punctuation, 从,
                // 在) stands before it; in 江苏苏州市 the name is 苏州市.
                var name = [a, b, mark]
                if i >= 3, case let c = s[i - 3], Segmenter.isHan(c), !notInPlaceNames.contains(c),
                    i == 3 || !Segmenter.isHan(s[i - 4]) || notInPlaceNames.contains(s[i - 4])
                {
                    name.insert(c, at: 0)
                }
                named[String(String.UnicodeScalarView(name)), default: (0, isCounty)].count += weight
            }
        }
        // (An article that names no city or province often enough, nor itself, is of the county
        // or district it names: 长乐区2024年十大民生实事完成情况.)
        let countyLevel =
            selfReferences.county > selfReferences.city
            || selfReferences.city == 0 && !named.values.contains { $0.count >= 2 && !$0.isCounty }
        return named.filter { $0.value.count >= 2 && (countyLevel || !$0.value.isCounty) }.max { a, b in
            if a.value.count != b.value.count { return a.value.count < b.value.count }
            if a.value.isCounty != b.value.isCounty { return a.value.isCounty }
            return a.key > b.key
        }?.key
    }
}

/// How far the periods of a sentence have been read, and what was found: the last period
/// phrase and the last stated year.
struct PeriodScan {
    let sentence: [Unicode.Scalar]
    /// The year a period without one of its own is in.
    let year: Int?
    fileprivate(set) var period: String?
    fileprivate(set) var statedYear: Int?
    fileprivate var position = 0
    fileprivate var end = 0

    init(sentence: [Unicode.Scalar], year: Int?) {
        self.sentence = sentence
        self.year = year
    }
}

/// Period and year phrases inside a sentence: 1-11月, 前三季度, 2024年以来, 2023年.
struct PeriodReader {
    let lexicon: Lexicon
    /// The year the article was written in when it reports on an earlier one (see
    /// `DocumentContext.inferYears`): what 今年 means.
    var currentYear: Int? = nil

    /// The last period phrase and the last stated year before `end` in `s`.
    func read(_ s: [Unicode.Scalar], before end: Int, year: Int?) -> (period: String?, year: Int?) {
        var scan = PeriodScan(sentence: s, year: year)
        advance(&scan, to: end)
        return (scan.period, scan.statedYear)
    }

    /// Whether 同期 or 水平 starts at `i`: after a year, the level of that year a figure is
    /// compared with (恢复至2019年同期水平的81%).
    private static func namesLevel(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < s.count else { return false }
        return s[i] == "同" && s[i + 1] == "期" || s[i] == "水" && s[i + 1] == "平"
    }

    /// Reads on from where `scan` stopped to `end`: the figures of a sentence ask in turn, and
    /// the sentence is read once for all of them.
    func advance(_ scan: inout PeriodScan, to end: Int) {
        if end < scan.end { scan = PeriodScan(sentence: scan.sentence, year: scan.year) }
        scan.end = end
        let s = scan.sentence
        let year = scan.year
        var period = scan.period
        var statedYear = scan.statedYear
        var i = scan.position
        defer {
            scan.period = period
            scan.statedYear = statedYear
            scan.position = i
        }
        while i < end {
            if isDigit(s[i]) && (i == 0 || !isDigit(s[i - 1])) {
                var j = i
                while j < s.count && isDigit(s[j]) { j += 1 }
                let number = decimalValue(s[i..<j])
                // 2021—2024年, 2021至2024年: the years from one to the other.
                if let n = number, j - i == 4, (1990...2099).contains(n), j + 5 < s.count,
                    monthRangeMarks.contains(s[j]), s[j + 5] == "年",
                    let last = decimalValue(s[(j + 1)...(j + 4)]), last > n, last <= 2099
                {
                    period = "\(n)..\(last)"
                    statedYear = last
                    i = j + 6
                    continue
                }
                if let n = number, j - i == 4, j < s.count, s[j] == "年", (1990...2099).contains(n) {
                    if DocumentContext.startsSince(s, after: j + 1) {
                        period = "since \(n)"
                    } else if j + 1 < s.count, s[j + 1] != "届", s[j + 1] != "的",
                        i == 0 || !isBaselineMark(s[i - 1]) || yearBaseline(s, at: i - 1) == nil,
                        !Self.namesLevel(s, at: j + 1)
                    {
                        // 是2020年的1.3倍, 比2023年多 and 恢复至2019年同期水平 name a baseline, not
                        // the year of the figure.
                        statedYear = n
                        if let phrase = lexicon.periods.longest(in: s, at: j + 1) {
                            period = expand(phrase.value, year: n)
                        }
                    }
                    i = j + 1
                    continue
                }
                // 1-11月, 1至11月, 1月至11月, 1月份—11月份.
                var mark = j
                if mark < s.count, s[mark] == "月", let first = number, first <= 12 {
                    mark += 1
                    if mark < s.count, s[mark] == "份" { mark += 1 }
                }
                if let first = number, (1...12).contains(first), mark < s.count, monthRangeMarks.contains(s[mark]) {
                    var k = mark + 1
                    while k < s.count && isDigit(s[k]) { k += 1 }
                    if k > mark + 1, k < s.count, s[k] == "月",
                        let last = decimalValue(s[(mark + 1)..<k]),
                        (first...12).contains(last)
                    {
                        let y = yearText(statedYear ?? year)
                        period = "\(y)-\(pad(first))..\(y)-\(pad(last))"
                        i = k + 1
                        continue
                    }
                }
                // 9月份，城镇调查失业率为5.1%: one month (not 比8月份, a baseline, nor a date).
                if let month = number, (1...12).contains(month), j + 1 < s.count, s[j] == "月",
                    s[j + 1] == "份" || s[j + 1] == "，", i == 0 || (s[i - 1] != "比" && s[i - 1] != "较")
                {
                    period = "\(yearText(statedYear ?? year))-\(pad(month))"
                    i = j + 1
                    continue
                }
                i = j
                continue
            }
            if s[i] == "截", let through = throughMonth(s, at: i) {
                let y = through.year ?? statedYear ?? year
                period = "\(yearText(y))-01..\(yearText(y))-\(pad(through.month))"
                if through.isStated { statedYear = y }
                i += through.length
                continue
            }
            if let phrase = lexicon.periods.longest(in: s, at: i, end: end) {
                // 全年目标, 年度任务: the year's target, not a period.
                let next = i + phrase.length
                let isTarget = isTargetWord(s, at: next)
                // 较去年增加960人 and 比一季度提高 name a baseline, not the figure's period.
                let isBaseline = i > 0 && (s[i - 1] == "比" || s[i - 1] == "较")
                if !isTarget && !isBaseline { period = expand(phrase.value, year: statedYear ?? year) }
                i += phrase.length
                continue
            }
            i += 1
        }
    }

    /// 截至11月底 / 截至2024年11月末 / 截至今年10月份 / 截至9月: from January through that month,
    /// of the year named (stated, when written out in digits) or of this year.
    private func throughMonth(
        _ s: [Unicode.Scalar], at i: Int
    ) -> (month: Int, year: Int?, isStated: Bool, length: Int)? {
        guard i + 2 < s.count, s[i] == "截", s[i + 1] == "至" else { return nil }
        var start = i + 2
        var year: Int?
        var isStated = false
        if start + 4 < s.count, s[start + 4] == "年", let named = decimalValue(s[start..<(start + 4)]) {
            year = named
            isStated = true
            start += 5
        } else if start + 2 < s.count, s[start] == "今", s[start + 1] == "年" {
            year = currentYear
            start += 2
        }
        var k = start
        while k < s.count && isDigit(s[k]) { k += 1 }
        guard k > start, k < s.count, s[k] == "月", let month = decimalValue(s[start..<k]), (1...12).contains(month)
        else { return nil }
        k += 1
        if k < s.count, s[k] == "底" || s[k] == "末" || s[k] == "份" { k += 1 }
        return (month, year, isStated, k - i)
    }

    /// The period a pattern of periods.tsv names in `year`: {Y} and {Y-1} (to {Y-9}) become the
    /// year and the one (to nine) before, {T} the year written in (the same unless the article
    /// looks back on an earlier one), or "?" when the year is unknown. Written out by hand: the standard
    /// library's `replacing` costs thousands of instructions a call, and figures ask often.
    func expand(_ pattern: String, year: Int?) -> String {
        // Read on the UTF-8 bytes: the placeholders are ASCII, and matching them on a Substring
        // cost some 1,500 instructions a pattern.
        let bytes = Array(pattern.utf8)
        guard bytes.contains(UInt8(ascii: "{")) else { return pattern }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "{") else {
                result.append(bytes[i])
                i += 1
                continue
            }
            let placeholder: (length: Int, year: Int?)? =
                if Self.holds(bytes, "{T}", at: i) {
                    (3, currentYear ?? year)
                } else if Self.holds(bytes, "{Y-", at: i), i + 4 < bytes.count, bytes[i + 4] == UInt8(ascii: "}"),
                    case let n = Int(bytes[i + 3]) - Int(UInt8(ascii: "0")), (1...9).contains(n)
                {
                    // {Y-1} … {Y-9}: so many years before.
                    (5, year.map { $0 - n })
                } else if Self.holds(bytes, "{Y}", at: i) {
                    (3, year)
                } else {
                    nil
                }
            guard let placeholder else {
                result.append(bytes[i])
                i += 1
                continue
            }
            result.append(contentsOf: placeholder.year.map { String($0).utf8 } ?? "?".utf8)
            i += placeholder.length
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func holds(_ bytes: [UInt8], _ placeholder: StaticString, at i: Int) -> Bool {
        let count = placeholder.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let p = placeholder.utf8Start
        for k in 0..<count where bytes[i + k] != p[k] { return false }
        return true
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// A year in a period, "?" when it is not known (?-01..?-11, as 上半年 gives ?-01..?-06).
    private func yearText(_ year: Int?) -> String { year.map { String($0) } ?? "?" }
}

func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

/// The value of a run of ASCII digits, as `Int(String(digits))` reads it (nil when empty, not
/// all digits, or too large) without making a string.
func decimalValue(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
    guard !digits.isEmpty else { return nil }
    var value = 0
    for c in digits {
        guard isDigit(c) else { return nil }
        let (times, o1) = value.multipliedReportingOverflow(by: 10)
        let (sum, o2) = times.addingReportingOverflow(Int(c.value - 0x30))
        if o1 || o2 { return nil }
        value = sum
    }
    return value
}
func isLatin(_ c: Unicode.Scalar) -> Bool { (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }

let monthRangeMarks: ScalarSet = "-—~～至到"
/// Characters that end a kind of area before 县 or 区 rather than a name (开发区, 示范区, 社区,
/// 景区, 园区, 棚户区, 自治区, 大湾区, 贫困县, 试点县, 百强县).
private let notBeforeCountyMark: Set<Unicode.Scalar> = Set(
    ("社景园小片辖山库矿林牧灾发范贸税验点业游护风街新学校考战疫控防作济带港营困强郊老心"
        + "治湾厂垦展赛专禁警选病院能活宅住中聚行务进标大置流储态假险冲领导接户").unicodeScalars)
/// Characters that make 县 or 区 part of a word (县域, 县城, 县委, 区域, 区划, 区间, 区别).
private let notAfterCountyMark: Set<Unicode.Scalar> = Set("域城委政级划间别分块长".unicodeScalars)
/// Characters that make "XY市" a phrase rather than a place (全市, 我市, 城区, 低于…, 2024年X市,
/// 记者从市人社局获悉).
private let notInPlaceNames: Set<Unicode.Scalar> = Set("我全本该城各省县地州超门上街下都副市区镇乡村与和及等的在对于低高至到为年月日从向据经由被将把者".unicodeScalars)
