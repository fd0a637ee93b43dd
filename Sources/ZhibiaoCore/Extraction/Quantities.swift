/// A figure in a sentence: a number with its unit and hedge, e.g. 5万余人次 or 超过90%.
///
/// Plain bytes (the unit and family are places in the lexicon's tables, `Lexicon.unitName(_:)`
/// and `familyName(_:)`): a figure is copied and dropped at every step of reading a sentence,
/// and Strings in it were retained and released each time.
struct Figure {
    var value: Double
    var unit: UnitID
    var family: UnitFamilyID
    var qualifier: Qualifier?
    /// First scalar of the number.
    var start: Int
    /// First scalar of the figure including a hedge before it (近, 超过).
    var leadStart: Int
    /// Just after the unit and any hedge after it (以上, 左右).
    var end: Int
}

/// Finds the figures of a sentence and leaves out numbers that are not indicators: dates and
/// years, ordinals, ranges, times, formulas and names in quotes, Chinese numerals used as words,
/// and locatives (在12个县区).
struct FigureFinder {
    let lexicon: Lexicon
    /// The storage of the last sentence's numbers, read into again for the next sentence: a
    /// list allocated and freed for every sentence was some 8% of finding its figures. (A
    /// finder is used by one document's reading, on one thread.)
    private let numbers = NumberBuffer()

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    func figures(in s: [Unicode.Scalar]) -> [Figure] {
        var result: [Figure] = []
        var quotations = QuotationMentions()
        figures(in: s, into: &result, quotations: &quotations)
        return result
    }

    /// The figures of `s`, in place of what `result` held, and its quotations as far as they
    /// hold its numbers, in place of what `quotations` held: a reader of sentence after sentence
    /// hands the same lists back, and their room is used again rather than allocated for each.
    func figures(in s: [Unicode.Scalar], into result: inout [Figure], quotations masked: inout QuotationMentions) {
        // Emptied figure by figure, keeping the storage: `removeAll(keepingCapacity:)` is a
        // generic call of some 185 instructions, and a sentence holds a figure or two.
        while !result.isEmpty { result.removeLast() }
        var tokens = numbers.take()
        defer { numbers.giveBack(tokens) }
        var firstOpening = 0
        Numbers.scan(s, into: &tokens, firstOpening: &firstOpening)
        guard !tokens.isEmpty else {
            masked.begin(askedUpTo: -1, firstOpening: s.count, count: s.count)
            return
        }
        masked.begin(askedUpTo: tokens[tokens.count - 1].range.lowerBound, firstOpening: firstOpening, count: s.count)
        var skipNext = false
        // (By index: iterating `enumerated()` held a reference of its own to the list.)
        for index in 0..<tokens.count {
            let token = tokens[index]
            if skipNext {
                skipNext = false
                continue
            }
            let a = token.range.lowerBound
            let b = token.range.upperBound
            let before: Unicode.Scalar? = a > 0 ? s[a - 1] : nil
            let after: Unicode.Scalar? = b < s.count ? s[b] : nil
            // Most numbers stand between Chinese characters, where none of these tests applies:
            // each asks for ASCII, 第, ： or a range mark beside the number (`mayMark`), and the
            // two scalars are asked that once.
            if Self.mayMark(before) || Self.mayMark(after) {
                if let after, isRangeMark(after), index + 1 < tokens.count,
                    tokens[index + 1].range.lowerBound == b + 1
                {
                    skipNext = true  // a range such as 1-11月 or 16-24岁 qualifies, it does not count
                    continue
                }
                if let before, before == "第" || isLatin(before) || before == "+" || before == "." { continue }
                if let after, isLatin(after) || after == "+" { continue }
                if let before, before == ":" || before == "：", a >= 2, isDigit(s[a - 2]) { continue }
                if let after, after == ":" || after == "：", b + 1 < s.count, isDigit(s[b + 1]) {
                    // 生师比为17.5:1: a ratio written against one; other times and ratios are none.
                    if let ratio = ratioNamedBefore(token, in: s), !masked.hides(a, in: s) {
                        Self.append(ratio, to: &result, room: tokens.count)
                        skipNext = true
                    }
                    continue
                }
                // 孕产妇死亡率8.2/10万: a rate per 100,000.
                if after == "/", let per = perHundredThousand(token, in: s) {
                    if !masked.hides(a, in: s) { Self.append(per, to: &result, room: tokens.count) }
                    skipNext = true
                    continue
                }
                if let before, isDateSeparator(before), a >= 2, isDigit(s[a - 2]) { continue }
                if let after, isDateSeparator(after), b + 1 < s.count, isDigit(s[b + 1]) { continue }
            }
            if masked.hides(a, in: s) { continue }
            // 省委十二届5次全会: the number of a plenary session, no count.
            if before == "届", after == "次", a >= 2, isChineseNumeral(s[a - 2]) { continue }
            if token.isChinese && !token.isPercent && token.value < 10 && !isCountInPredicate(token, in: s) {
                // 下降三成, 超过四成: tenths, a percentage; a numeral alone is a word (一批, 一个中心).
                if after == "成", let tenths = tenths(token, in: s) {
                    Self.append(tenths, to: &result, room: tokens.count)
                }
                continue
            }
            // 几十名, 数百家, 十几万: a vague count, not a figure (but 天数三百五十三天 is one).
            if token.isChinese, let before, before == "几" || before == "数", vagueMagnitudes.contains(s[a]) { continue }
            if token.isChinese, let after, after == "几" { continue }
            // 在12个县区 is a place; 控制在/稳定在/保持在3.2% is a level, and so is a share
            // after 在 (健康管理率均在90%以上).
            if before == "在", a < 2 || !levelVerbEndings.contains(s[a - 2]), !token.isPercent { continue }
            guard
                let found = unitAndHedges(of: token, in: s) ?? unitShared(with: tokens, after: index, in: s)
                    ?? unitListedBefore(token, after: result.last, in: s)
            else {
                continue
            }
            // 分别提高29.0个、14.5个和16.9个百分点: the list's unit, written once at its end.
            let figure = b < s.count && s[b] == "个" ? withPointsCutShort(found, tokens, at: index, in: s) : found
            let isRate = figure.family == .rate
            if isRate && figure.unit.isPercentSign && figure.value > 10_000 { continue }
            if figure.value == 0 && !token.isPercent { continue }
            // 据全省5‰人口变动抽样调查推算: the size of a sample survey.
            if isRate, Self.phrase(in: s, from: figure.end, within: 7, holds: "抽", "样") { continue }
            // 距离期末4.5个的目标, 低于5.5%的预期控制目标: the level of a target set for it.
            if figure.end < s.count, s[figure.end] == "的",
                Self.phrase(in: s, from: figure.end + 1, within: 5, holds: "目", "标")
            {
                continue
            }
            Self.append(figure, to: &result, room: tokens.count)
        }
    }

    /// Whether `c` may be one of the marks beside a number that make it no figure or a rate per
    /// 100,000 (`figures(in:into:)`): ASCII (Latin letters, +, ., :, /, date separators), 第, ：
    /// or a range mark (`isRangeMark`, which says which).
    @inline(__always)
    private static func mayMark(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.value < 0x80 || c == "第" || c == "：" || isRangeMark(c)
    }

    /// Appends `figure` to `figures`, making room for `room` at the first: a sentence whose
    /// numbers are all dates, ordinals or words then allocates nothing.
    @inline(__always)
    private static func append(_ figure: Figure, to figures: inout [Figure], room: Int) {
        if figures.capacity == 0 { figures.reserveCapacity(room) }
        figures.append(figure)
    }

    /// Whether the two-scalar word `a b` starts within `within` scalars from `start`, in the
    /// same phrase (no delimiter before it).
    private static func phrase(
        in s: [Unicode.Scalar], from start: Int, within: Int, holds a: Unicode.Scalar, _ b: Unicode.Scalar
    ) -> Bool {
        var i = start
        while i + 1 < s.count, i <= start + within, !MetricNamer.isDelimiter(s[i]) {
            if s[i] == a, s[i + 1] == b { return true }
            i += 1
        }
        return false
    }

    /// 分别回落2.16和1.66个百分点, 分别为12.5和13.2亿元: a number joined by 和 (与, 、) to the
    /// next, written with no unit of its own, takes that number's magnitude and unit; so does one
    /// joined to the next by a place it is compared with (高于全国0.7、全省2.3个百分点).
    private func unitShared(with tokens: NumberList, after index: Int, in s: [Unicode.Scalar]) -> Figure? {
        let token = tokens[index]
        let b = token.range.upperBound
        guard !token.isChinese, token.multiplier == 1, index + 1 < tokens.count, b < s.count,
            s[b] == "和" || s[b] == "与" || s[b] == "、", case let next = tokens[index + 1], !next.isChinese
        else { return nil }
        if next.range.lowerBound != b + 1 {
            let place =
                lexicon.leadWords.longest(in: s, at: b + 1)?.length
                ?? lexicon.regionNames.longest(in: s, at: b + 1)?.length
            guard let place, b + 1 + place == next.range.lowerBound else { return nil }
        }
        let unit: UnitInfo
        if next.isPercent {
            unit = Self.percent
        } else {
            guard let match = lexicon.units.longest(in: s, at: next.range.upperBound), match.value.isIndicator else {
                return nil
            }
            unit = match.value
        }
        return hedged(
            token, value: token.value * next.multiplier * unit.factor, unit: unit.baseID, family: unit.familyID,
            end: b, qualifier: nil, in: s)
    }

    /// `figure` in the unit 个百分点 (or 个千分点) of a list such as 29.0个、14.5个和16.9个百分点,
    /// when the number at `index` is one of its items written with 个 alone; else as it is.
    private func withPointsCutShort(
        _ figure: Figure, _ tokens: NumberList, at index: Int, in s: [Unicode.Scalar]
    ) -> Figure {
        var k = index
        while k + 1 < tokens.count {
            let end = tokens[k].range.upperBound
            guard end + 1 < s.count, s[end] == "个", itemSeparators.contains(s[end + 1]),
                tokens[k + 1].range.lowerBound == end + 2
            else { return figure }
            k += 1
            let next = tokens[k].range.upperBound
            if next < s.count, s[next] == "个", let unit = lexicon.units.longest(in: s, at: next), unit.length > 1 {
                guard unit.value.isRate else { return figure }
                var inPoints = figure
                inPoints.unit = unit.value.baseID
                inPoints.family = unit.value.familyID
                return inPoints
            }
        }
        return figure
    }

    /// 8.2/10万 (or /十万): a rate per 100,000, the next number being its base.
    private func perHundredThousand(_ token: NumberToken, in s: [Unicode.Scalar]) -> Figure? {
        let b = token.range.upperBound
        for base in Self.hundredThousand where b + 1 + base.count <= s.count {
            if s[(b + 1)..<(b + 1 + base.count)].elementsEqual(base) {
                let end = b + 1 + base.count
                guard end == s.count || !isDigit(s[end]) else { return nil }
                // (Hedged as any figure is: 控制在10/10万以下.)
                return hedged(
                    token, value: token.value, unit: .perHundredThousand, family: .rate, end: end, qualifier: nil,
                    in: s)
            }
        }
        return nil
    }

    private static let hundredThousand = ["10万", "十万"].map { Array($0.unicodeScalars) }

    /// 三成 as 30%, when 成 ends the phrase (三成员, 一成不变 are words).
    private func tenths(_ token: NumberToken, in s: [Unicode.Scalar]) -> Figure? {
        let end = token.range.upperBound + 1
        if end < s.count && Segmenter.isHan(s[end]) && !Self.afterTenths.contains(s[end]) { return nil }
        return hedged(token, value: token.value * 10, unit: .percent, family: .rate, end: end, qualifier: nil, in: s)
    }

    /// What may follow 成 in tenths: 以上, 左右, 多, 的.
    private static let afterTenths: ScalarSet = "以左多的"

    /// 参保人数达到3万左右, 贫困人口减少1386万: a count whose name says what it counts (人数,
    /// 人次, 户数, 人口, 人员) needs no unit.
    private func countNamedBefore(_ token: NumberToken, in s: [Unicode.Scalar]) -> Figure? {
        let end = token.range.upperBound
        // (A numeral in words counts only when large: 户籍人口约三十六万, not 人口一.)
        guard !token.isChinese || token.value >= 10_000,
            end == s.count || !Segmenter.isHan(s[end]) || s[end] == "左" || s[end] == "以"
        else { return nil }
        var nameEnd = token.range.lowerBound
        if let hedge = lexicon.qualifiersBefore.longestEnding(in: s, before: nameEnd), hedge.value != nil {
            nameEnd -= hedge.length
        }
        if let verb = lexicon.lightVerbs.longestEnding(in: s, before: nameEnd) {
            nameEnd -= verb.length
        } else if let change = lexicon.changeWords.longestEnding(in: s, before: nameEnd) {
            nameEnd -= change.length
        }
        // (参保人数分别为16.07万: the name before 分别.)
        if nameEnd >= 4, s[nameEnd - 2] == "分", s[nameEnd - 1] == "别" || s[nameEnd - 1] == "別" { nameEnd -= 2 }
        guard nameEnd >= 2 else { return nil }
        let unit: UnitID
        switch (s[nameEnd - 2], s[nameEnd - 1]) {
        case ("人", "数"): unit = .person
        case ("人", "次"): unit = .personTime
        case ("户", "数"): unit = .household
        case ("人", "口"), ("人", "员"): unit = .person
        default:
            // 在园幼儿达到25.6万: tens of thousands of the people the name ends with.
            guard token.multiplier >= 10_000, lexicon.peopleNouns.longestEnding(in: s, before: nameEnd) != nil
            else { return nil }
            unit = .person
        }
        return hedged(token, value: token.value, unit: unit, family: .people, end: end, qualifier: nil, in: s)
    }

    /// 城乡居民收入比由2.12缩小到2.05, 生态质量指数为81.4, 生师比为17.5:1: a ratio or an index,
    /// written as a bare number with a decimal point (or against one, :1), in a clause that names
    /// one before it (`ratio-name` in phrases.tsv) is a figure with no unit. The number must end
    /// its phrase or take a hedge (以内, 左右): a bare number before a word is no such figure.
    private func ratioNamedBefore(_ token: NumberToken, in s: [Unicode.Scalar]) -> Figure? {
        guard !token.isChinese, !token.isPercent, token.multiplier == 1, token.value < 1000 else { return nil }
        let a = token.range.lowerBound
        var end = token.range.upperBound
        if end + 1 < s.count, s[end] == ":" || s[end] == "：" {
            // Against one (17.5:1), not one against another (1:14.2) nor a time (8:30).
            guard s[end + 1] == "1", end + 2 == s.count || !isDigit(s[end + 2]) && s[end + 2] != "." else {
                return nil
            }
            end += 2
        } else if !s[token.range].contains(".") {
            return nil
        }
        // (Or a change: the old level of 由2.12缩小到2.05; or the next item of a list, 16.8:1和12.9:1.)
        guard
            end == s.count || !Segmenter.isHan(s[end]) || lexicon.qualifiersAfter.longest(in: s, at: end) != nil
                || lexicon.changeWords.longest(in: s, at: end) != nil
                || (s[end] == "和" || s[end] == "与") && end + 1 < s.count && isDigit(s[end + 1])
        else { return nil }
        // The clause, over the colon of a ratio before (从2.47:1缩小到2.31:1); or the one before
        // when this one opens with a change (…指数为81.4，比上年提高0.6).
        let clause = clauses(before: a, in: s, reach: 32, overRatioColons: true)
        guard lexicon.ratioNames.occurs(in: s, within: (clause.before ?? clause.own)..<a) else { return nil }
        return hedged(token, value: token.value, unit: .ratio, family: .rate, end: end, qualifier: nil, in: s)
    }

    /// Where the clause holding position `a` starts, at most `reach` scalars back (and over the
    /// colons of ratios, 2.47:1, when `overRatioColons`); and where the clause before it starts
    /// when this one opens a change after a comma (…79.3岁，比2020年提高0.8岁, …，增长3%), where
    /// what a bare figure is of is named; nil when it opens none.
    private func clauses(
        before a: Int, in s: [Unicode.Scalar], reach: Int, overRatioColons: Bool = false
    ) -> (own: Int, before: Int?) {
        var own = a
        while own > 0, a - own < reach,
            !MetricNamer.isDelimiter(s[own - 1]) || overRatioColons && Self.isRatioColon(at: own - 1, in: s)
        {
            own -= 1
        }
        guard own > 1, s[own - 1] == "，" || s[own - 1] == ",",
            s[own] == "比" || s[own] == "较" || lexicon.changeWords.longest(in: s, at: own) != nil
        else { return (own, nil) }
        var before = own - 1
        while before > 0, own - before < reach, !MetricNamer.isDelimiter(s[before - 1]) { before -= 1 }
        return (own, before)
    }

    /// Whether `s[i]` is the colon of a ratio written with digits on both sides (2.47:1).
    private static func isRatioColon(at i: Int, in s: [Unicode.Scalar]) -> Bool {
        (s[i] == ":" || s[i] == "：") && i > 0 && i + 1 < s.count && isDigit(s[i - 1]) && isDigit(s[i + 1])
    }

    /// 3.1万新生代农民工参加培训, 近1400万农业转移人口落户: ten thousands of people named right after
    /// the number, with no classifier between. A number without 万 or 亿 is left alone (2024
    /// is a year more often than a head count).
    /// 分别为16.07万、19.64万: tens of thousands listed after a figure counted in people with no
    /// unit of its own are counted in them too.
    private func unitListedBefore(_ token: NumberToken, after previous: Figure?, in s: [Unicode.Scalar]) -> Figure? {
        let a = token.range.lowerBound
        guard let previous, token.multiplier >= 10_000, !token.isPercent, a >= 1, s[a - 1] == "、",
            previous.end == a - 1, previous.family == .people,
            token.range.upperBound == s.count || !Segmenter.isHan(s[token.range.upperBound])
        else { return nil }
        return hedged(
            token, value: token.value, unit: previous.unit, family: .people, end: token.range.upperBound,
            qualifier: nil, in: s)
    }

    private func peopleNamedAfter(_ token: NumberToken, in s: [Unicode.Scalar]) -> Figure? {
        guard token.multiplier >= 10_000, !token.isPercent else { return nil }
        let end = token.range.upperBound
        var i = end
        while i < s.count && i - end < 12 && Segmenter.isHan(s[i]) {
            if lexicon.peopleNouns.longest(in: s, at: i) != nil {
                return hedged(
                    token, value: token.value, unit: .person, family: .people, end: end, qualifier: nil, in: s)
            }
            i += 1
        }
        return nil
    }

    /// A table row or summary line gives the unit in brackets after its label and the number
    /// bare: 城镇新增就业（万人） 4.82, 城镇调查失业率（%）：5.1. The figure starts at the bracket.
    private func figureOfTableRow(_ token: NumberToken, in s: [Unicode.Scalar]) -> Figure? {
        let end = token.range.upperBound
        guard end == s.count || !Segmenter.isHan(s[end]) else { return nil }
        var close = token.range.lowerBound - 1
        if close >= 0, s[close] == " " || s[close] == "：" || s[close] == ":" || s[close] == "\t" { close -= 1 }
        guard close >= 2, s[close] == "）" || s[close] == ")" else { return nil }
        var open = close - 1
        while open > 0 && close - open <= 5 && s[open] != "（" && s[open] != "(" { open -= 1 }
        guard s[open] == "（" || s[open] == "(" else { return nil }
        var p = open + 1
        var power = 0
        switch s[p] {
        case "万": power = 4
        case "亿": power = 8
        case "千": power = 3
        case "百": power = 2
        default: break
        }
        if power > 0 { p += 1 }
        let unit: UnitInfo
        if p + 1 == close, s[p] == "%" || s[p] == "％" {
            unit = Self.percent
        } else if let match = lexicon.units.longest(in: s, at: p), p + match.length == close, match.value.isIndicator {
            unit = match.value
        } else {
            return nil
        }
        // Scaled through the decimal text, so that 4.82 (万人) is 48200 exactly.
        let written = power > 0 ? Double("\(token.value)e\(power)") ?? token.value : token.value
        return Figure(
            value: written * unit.factor, unit: unit.baseID, family: unit.familyID, qualifier: nil,
            start: token.range.lowerBound, leadStart: open, end: end)
    }

    /// Whether a small Chinese numeral (一 to 九) counts in predicate position, after what it
    /// counts and closing its clause with its unit: 新建幼儿园四所，打造示范村一个。 Before a noun
    /// (一个中心, 两个方面, 三项举措) or after 每, 第, 这 (每周一次, 这一批) it is a word.
    private func isCountInPredicate(_ token: NumberToken, in s: [Unicode.Scalar]) -> Bool {
        let a = token.range.lowerBound
        let b = token.range.upperBound
        guard a > 0, b - a == 1, Segmenter.isHan(s[a - 1]), !NumeralGlyph(s[a - 1]).isChineseNumeral,
            !Self.notCountedAfter.contains(s[a - 1]), a < 2 || s[a - 2] != "每",
            let unit = lexicon.units.longest(in: s, at: b), unit.value.family != "skip"
        else { return false }
        let end = b + unit.length
        guard end == s.count || MetricNamer.isDelimiter(s[end]) || "（）()".unicodeScalars.contains(s[end]) else {
            return false
        }
        // 蓝天小区三期, 市立医院总院一期: a project's phase, not a count.
        if s[b] == "期", b + 1 == end { return false }
        // 办一件成一件, 建一个成一个: a slogan says the numeral and unit twice.
        for k in max(0, a - 6)..<(a - 1) where s[k] == s[a] && s[(k + 1)...].starts(with: s[b..<end]) { return false }
        return true
    }

    /// Whether a programme of livelihood projects (民生实事, 为民办实事: `programme` in phrases.tsv)
    /// is named within a few characters after `i` (省市重点民生实事), before any clause mark.
    private func namesProgramme(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        var k = i
        while k < s.count, k - i <= 6, !MetricNamer.isDelimiter(s[k]) {
            if lexicon.programmeWords.longest(in: s, at: k) != nil { return true }
            k += 1
        }
        return false
    }

    /// Whether the clause before `end` issues a policy (出台, 制定, 印发: `policy-verb` in
    /// phrases.tsv).
    private func issuesPolicy(_ s: [Unicode.Scalar], before end: Int) -> Bool {
        var k = end
        while k > 0, end - k < 24, !MetricNamer.isDelimiter(s[k - 1]) || s[k - 1] == " " {
            k -= 1
            if lexicon.policyVerbs.longest(in: s, at: k, end: end) != nil { return true }
        }
        return false
    }

    /// What a small numeral after which is no count: 第一, 每一, 这一, 其一, 之一, 统一, 唯一, a rank
    /// (前两位, 后三名) ….
    /// (One table for all finders, where each finder, one a document, built a `Set` of its own.)
    private static let notCountedAfter = ScalarBits("第每这那哪其之统唯同逐任某另几数初周星礼月年日号前后头末")

    /// The unit of a percentage, made once rather than for each number written with %.
    private static let percent: UnitInfo = {
        var percent = UnitInfo(base: "%", factor: 1, family: "rate")
        percent.baseID = .percent
        percent.familyID = .rate
        return percent
    }()

    /// Whether `unit` counts a policy's articles (23条措施, 27项举措).
    private static func countsArticles(_ unit: borrowing UnitInfo) -> Bool {
        unit.baseScalar == "条" || unit.baseScalar == "项"
    }

    /// Whether `unit` counts a programme's projects (20项重点民生实事).
    private static func countsProjects(_ unit: borrowing UnitInfo) -> Bool {
        unit.baseScalar == "项" || unit.baseScalar == "个" || unit.baseScalar == "件"
    }

    private func unitAndHedges(of token: NumberToken, in s: [Unicode.Scalar]) -> Figure? {
        var qualifier: Qualifier? = token.approximateInside ? .approx : nil
        var i = token.range.upperBound
        if token.isPercent {
            // A percentage is an indicator whose unit no rule of `figure(of:)` asks about: it is
            // hedged straight away, so that `percent` is not read through its lazy initializer
            // for every percentage, and `figure(of:)`, inlined where it is called, is inlined
            // once.
            return hedged(token, value: token.value, unit: .percent, family: .rate, end: i, qualifier: qualifier, in: s)
        } else {
            if let inside = lexicon.qualifiersInside.longest(in: s, at: i) {
                qualifier = inside.value ?? qualifier
                i += inside.length
            }
            // 12.76 万平方米: a space set between the number and its unit (the unit found after
            // the space is the one read). The match is kept as an index: an optional
            // (length, UnitInfo) pair was copied and destroyed through its type's metadata.
            var match: (length: Int, index: Int)?
            if i + 1 < s.count, Segmenter.isSpace(s[i]), let spaced = lexicon.units.longestIndex(in: s, at: i + 1) {
                i += 1
                match = spaced
            } else if i + 2 < s.count, Segmenter.isSpace(s[i]), qualifier == nil,
                let inside = lexicon.qualifiersInside.longest(in: s, at: i + 1),
                let spaced = lexicon.units.longestIndex(in: s, at: i + 1 + inside.length)
            {
                // 350 余人: the hedge after the space, then the unit.
                qualifier = inside.value
                i += 1 + inside.length
                match = spaced
            } else {
                match = lexicon.units.longestIndex(in: s, at: i)
            }
            guard let match else {
                return figureOfTableRow(token, in: s) ?? countNamedBefore(token, in: s)
                    ?? peopleNamedAfter(token, in: s) ?? ratioNamedBefore(token, in: s)
            }
            return figure(
                of: token, in: lexicon.units.value(at: match.index), end: i + match.length, qualifier: qualifier,
                in: s)
        }
    }

    /// The figure of `token` in `unit`, which ends at `i`, unless the unit says it is no figure
    /// here. (Apart from `unitAndHedges`, so that the unit is passed as it is found, borrowed,
    /// rather than copied.) Inlined there by `@inline(always)`: the compiler takes
    /// `@inline(__always)` as a hint its cost model may overrule, and it did (cost 796 against
    /// a benefit of 130 in its optimization record), leaving a call with its frame for every
    /// figure with a unit.
    @inline(always)
    private func figure(
        of token: NumberToken, in unit: borrowing UnitInfo, end i: Int, qualifier: Qualifier?, in s: [Unicode.Scalar]
    ) -> Figure? {
        if !unit.isIndicator {
            // Days and hours are a time span (连续30天) and ages a bound (60岁以上) unless they are
            // what is counted: 优良天数289天, 平均住院日8.2天, 人均预期寿命79.2岁, 平均年龄38.5岁,
            // 工作时间46.8小时 — named in the eight scalars before or anywhere in the clause
            // (人均预期寿命由2018年的77.0岁提高到2019年的77.3岁); an age bound (60岁以上) only in
            // its own clause (人均预期寿命78岁，60岁以上老年人口…). Dates and other words are never
            // counted.
            // What makes each unit a measure is `measure` in phrases.tsv.
            guard let measures = unit.measures else { return nil }
            let counted = lexicon.measureLists[measures]
            let a = token.range.lowerBound
            let clause = clauses(before: a, in: s, reach: 24)
            let isBound = unit.baseScalar == "岁" && lexicon.ageBounds.longest(in: s, at: i) != nil
            // (人均预期寿命达到79.3岁，比2020年提高0.8岁: a change of what the clause before counts.)
            let start = clause.before ?? (isBound ? clause.own : min(clause.own, max(0, a - 8)))
            guard counted.occurs(in: s, within: start..<a) else { return nil }
        }
        // 3人制篮球场, 5人制足球: how many a side, not people counted.
        if unit.isPeople, i < s.count, s[i] == "制" { return nil }
        if unit.isPeople, s[token.range.upperBound] == "位" || s[token.range.upperBound] == "名" {
            // 前移2位, 排名上升3名: places in a ranking, not people.
            let a = token.range.lowerBound
            if lexicon.rankMoves.longestEnding(in: s, before: a) != nil { return nil }
        }
        // 稳就业23条措施, 27项举措: the number names a policy package, not a result.
        if Self.countsArticles(unit), lexicon.policyNouns.longest(in: s, at: i) != nil { return nil }
        // 20项重点民生实事, 10方面35个民生实事事项: the size of the programme a report is about, not a
        // result of it.
        if Self.countsProjects(unit), namesProgramme(s, after: i) { return nil }
        // 出台稳就业23条，: a number of 条 that ends its clause after a policy issued names the
        // package as well; tens of thousands do not (发布岗位信息6.3万条: notices, counted).
        if unit.baseScalar == "条", token.value < 1_000, i == s.count || MetricNamer.isDelimiter(s[i]) || s[i] == "”",
            issuesPolicy(s, before: token.range.lowerBound)
        {
            return nil
        }
        return hedged(
            token, value: token.value * unit.factor, unit: unit.baseID, family: unit.familyID, end: i,
            qualifier: qualifier, in: s)
    }

    /// The figure of `token` read up to `end` (its unit), with the hedges around it: 以上/左右
    /// after (a lone 多/余 only when nothing else hedged the number), 近/超过 before.
    private func hedged(
        _ token: NumberToken, value: Double, unit: UnitID, family: UnitFamilyID, end: Int, qualifier: Qualifier?,
        in s: [Unicode.Scalar]
    ) -> Figure {
        var qualifier = qualifier
        var end = end
        if let hedge = lexicon.qualifiersAfter.longest(in: s, at: end), hedge.length > 1 || qualifier == nil {
            qualifier = hedge.value ?? qualifier
            end += hedge.length
        }
        var leadStart = token.range.lowerBound
        // (A longer word marked "no" that ends as a hedge does is none: 签约1260户, 节约资金.)
        if let hedge = lexicon.qualifiersBefore.longestEnding(in: s, before: leadStart), let value = hedge.value {
            qualifier = value
            leadStart -= hedge.length
        }
        return Figure(
            value: value, unit: unit, family: family, qualifier: qualifier, start: token.range.lowerBound,
            leadStart: leadStart, end: end)
    }
}

/// The room a `FigureFinder` keeps for the numbers of the sentence it reads.
private final class NumberBuffer {
    private var tokens: NumberList? = NumberList()

    deinit {
        tokens?.free()
    }

    /// The room, no longer held here until given back: a reading that began while another was
    /// under way (none does) would make room of its own rather than share it.
    func take() -> NumberList {
        guard let taken = tokens else { return NumberList() }
        tokens = nil
        return taken
    }

    /// Keeps `list` (taken, perhaps grown) for the next sentence.
    func giveBack(_ list: NumberList) {
        tokens?.free()
        tokens = list
    }
}

/// Whether `c` is a mark between the two ends of a range (1-11月, 16~24岁): -, —, ~, ～, 至.
/// Compared, not looked up in a set: asked after every number and at the front of every name.
/// (A period's range also takes 到: `isMonthRangeMark`.)
@inline(__always)
func isRangeMark(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "-", "—", "~", "～", "至": true
    default: false
    }
}
/// The marks between the parts of a date (2025-12-31, 2025/12/31): a comparison, where a set
/// behind a global's lazy initialization was read at every number.
@inline(__always)
private func isDateSeparator(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "/" }
/// What 数 or 几 leaves vague when it comes right before (数百家, 几十名).
private let vagueMagnitudes: ScalarSet = "十百千万亿"
/// 控制在, 稳定在, 保持在: the last scalar before 在 when a level follows.
private let levelVerbEndings: ScalarSet = "制定持固"
