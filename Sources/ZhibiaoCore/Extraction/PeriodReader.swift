/// How far the periods of a sentence have been read, and what was found: the last period
/// phrase and the last stated year. The sentence itself is handed to each `advance`: held here
/// too, it was retained and released once more for each sentence and each figure.
struct PeriodScan {
    /// The year a period without one of its own is in.
    let year: Int?
    fileprivate(set) var period: String?
    fileprivate(set) var statedYear: Int?
    fileprivate var position = 0
    fileprivate var end = 0

    init(year: Int?) {
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
        var scan = PeriodScan(year: year)
        advance(&scan, in: s, to: end)
        return (scan.period, scan.statedYear)
    }

    /// What, before a period phrase, makes it a baseline or an old level (比上年, 由上年的).
    private static let baselineMarks: ScalarSet = "比较与于由从"

    /// Whether 同期 or 水平 starts at `i`: after a year, the level of that year a figure is
    /// compared with (恢复至2019年同期水平的81%).
    private static func namesLevel(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < s.count else { return false }
        return s[i] == "同" && s[i + 1] == "期" || s[i] == "水" && s[i + 1] == "平"
    }

    /// Reads on in `s` from where `scan` stopped to `end`: the figures of a sentence ask in turn,
    /// and the sentence is read once for all of them.
    func advance(_ scan: inout PeriodScan, in s: [Unicode.Scalar], to end: Int) {
        if end < scan.end { scan = PeriodScan(year: scan.year) }
        scan.end = end
        let year = scan.year
        var period = scan.period
        var statedYear = scan.statedYear
        var i = scan.position
        defer {
            scan.period = period
            scan.statedYear = statedYear
            scan.position = i
        }
        let phrases = lexicon.periods
        while i < end {
            i = Self.nextStart(in: s, from: i, to: end, phrases: phrases)
            guard i < end else { break }
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
            if let phrase = phrases.longest(in: s, at: i, end: end) {
                // 全年目标, 年度任务: the year's target, not a period.
                let next = i + phrase.length
                let isTarget = isTargetWord(s, at: next)
                // 较去年增加960人, 比一季度提高, 与上年相比 and 上年同期 name a baseline, and 由上年的
                // 62% an old level: not the figure's period.
                let isBaseline = i > 0 && Self.baselineMarks.contains(s[i - 1]) || Self.namesLevel(s, at: next)
                if !isTarget && !isBaseline {
                    let expanded = expand(phrase.value, year: statedYear ?? year)
                    if expanded.utf8.count == 4, DocumentContext.startsSince(s, after: next) {
                        // 去年10月以来 (as 2023年10月以来): a span up to now, of the year in force.
                        period = "since " + expanded
                        i = next
                        while i < s.count && s[i] != "来" { i += 1 }
                        i += 1
                        continue
                    }
                    period = expanded
                    // 今年, 去年, 上年: a year named, as 2024年 is, for the months after it (今年1-9月).
                    if expanded.utf8.count == 4, let named = Int(expanded) { statedYear = named }
                }
                i += phrase.length
                continue
            }
            i += 1
        }
    }

    /// The first position from `i` (before `end`) where a digit, 截 or a period phrase may
    /// start, or `end`. Most scalars of a sentence start none: a loop of its own over the
    /// buffer passes over them without the checks of the scan, which read each scalar again.
    @inline(__always)
    private static func nextStart(
        in s: [Unicode.Scalar], from i: Int, to end: Int, phrases: PhraseMatcher<String>
    ) -> Int {
        s.withUnsafeBufferPointer { buffer in
            let stop = min(end, buffer.count)
            var k = i
            while k < stop, !isDigit(buffer[k]), buffer[k] != "截", !phrases.mayStart(buffer[k]) { k += 1 }
            return k == stop ? end : k
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
        if let named = WrittenYear.value(in: s, at: start) {
            year = named
            isStated = true
            start += WrittenYear.length
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
    /// looks back on an earlier one) and {T+1} the year after it, or "?" when the year is unknown. Written out by hand: the standard
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
                } else if Self.holds(bytes, "{T+1}", at: i) {
                    // 明年: the year after the one written in.
                    (5, (currentYear ?? year).map { $0 + 1 })
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

/// A year written out in digits (2023年): four digits, then 年. The rules that read such a year
/// where they stand (a heading's year, 截至2023年底, 比2019年, 由2019年的…, 五莲县2012年) read
/// it here, so that what counts as one is said once. (`PeriodReader` reads the years of a
/// sentence's periods in its own scan, with ranges such as 2021—2024年.)
enum WrittenYear {
    /// The scalars a written year takes: four digits and 年.
    static let length = 5

    /// The year whose four digits start at `i` of `s` with 年 right after them, or nil.
    static func value(in s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i >= 0, i + 4 < s.count, s[i + 4] == "年" else { return nil }
        return decimalValue(s[i..<(i + 4)])
    }

    /// As `value(in:at:)`, when no digit comes right before (1234年 in 12345年 is no year).
    static func starting(in s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i == 0 || i > 0 && i <= s.count && !isDigit(s[i - 1]) else { return nil }
        return value(in: s, at: i)
    }
}

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
