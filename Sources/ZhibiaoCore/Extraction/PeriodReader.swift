/// How far the periods of a sentence have been read, and what was found: the last period
/// phrase and the last stated year. The sentence itself is handed to each `advance`: held here
/// too, it was retained and released once more for each sentence and each figure.
struct PeriodScan {
    /// The year a period without one of its own is in.
    private(set) var year: Int?
    fileprivate(set) var period: String?
    fileprivate(set) var statedYear: Int?
    fileprivate var position = 0
    fileprivate var end = 0
    /// The sentence's period phrases, as far as they have been recognised; kept when the scan
    /// begins again (a 分别 list reads its figures again).
    fileprivate(set) var mentions = PeriodMentions()
    /// The next of `mentions`' steps to apply.
    fileprivate var step = 0
    /// Whether the scan reads the sentence itself rather than its layer: once a stop fell inside
    /// a phrase, or a jump past 以来 inside a step, the layer's steps are no longer the scan's.
    fileprivate var reading = false
    /// The periods of phrases expanded so far, by phrase and year, kept from sentence to
    /// sentence (a scan is read by one reader): a document names the same few periods (上半年,
    /// 前三季度) again and again, and each expansion wrote a new string, some 500 instructions
    /// with its allocation. Room for the first 32 is kept; the list is searched in order.
    fileprivate var expansions: [(phrase: Int, year: Int?, text: String)] = []

    /// A scan of the sentence at `place`, whose periods without a year of their own are in `year`.
    init(year: Int?, place: SentencePlace) {
        self.year = year
        mentions.place = place
    }

    /// At the start of another sentence, at `place`, whose periods without a year of their own
    /// are in `year`: the room of the steps list is kept for it (a scan made for each sentence
    /// allocated the list again whenever the sentence held a period).
    mutating func begin(year: Int?, place: SentencePlace) {
        // Field by field: a fresh scan assigned whole was built, and the old one destroyed.
        self.year = year
        if period != nil { period = nil }
        statedYear = nil
        position = 0
        end = 0
        if !mentions.steps.isEmpty { mentions.steps.removeAll(keepingCapacity: true) }
        mentions.recognised = 0
        mentions.place = place
        step = 0
        reading = false
    }

    /// Back to the start of the sentence, keeping what was recognised of it.
    fileprivate mutating func restart() {
        var fresh = PeriodScan(year: year, place: mentions.place)
        swap(&fresh.mentions, &mentions)
        swap(&fresh.expansions, &expansions)
        self = fresh
    }
}

/// Period and year phrases inside a sentence: 1-11月, 前三季度, 2024年以来, 2023年.
struct PeriodReader {
    let lexicon: Lexicon
    /// The year the article was written in when it reports on an earlier one (see
    /// `DocumentContext.inferYears`): what 今年 means.
    var currentYear: Int? = nil
    /// The document's year layer: what the words around a written year make of it (比2019年,
    /// 2021年以来, 2025年届), read there once for every reader, is read from it here.
    let years: YearMentions
    /// Where a step of the scan may start: a digit, 截, or the first scalar of a phrase of
    /// periods.tsv. One test a scalar, where the scan passes over most of a sentence.
    private let stepStarts: ScalarBits

    /// A reader of the sentences of a document whose year layer is `years`.
    init(lexicon: Lexicon, currentYear: Int? = nil, years: YearMentions) {
        self.lexicon = lexicon
        self.currentYear = currentYear
        self.years = years
        var starts = lexicon.periods.startBits
        for c in "0123456789截".unicodeScalars { starts.insert(c) }
        stepStarts = starts
    }

    /// The last period phrase and the last stated year before `end` in `s`, which stands at
    /// `place`.
    func read(
        _ s: [Unicode.Scalar], at place: SentencePlace, before end: Int, year: Int?
    ) -> (period: String?, year: Int?) {
        var scan = PeriodScan(year: year, place: place)
        advance(&scan, in: s, to: end)
        return (scan.period, scan.statedYear)
    }

    /// What, before a period phrase, makes it a baseline or an old level (比上年, 由上年的).
    /// (With their traditional forms: 較, 與, 於, 從.)
    private static let baselineMarks: ScalarSet = "比较与于由从較與於從"

    /// Whether 同期 or 水平 starts at `i`: after a year, the level of that year a figure is
    /// compared with (恢复至2019年同期水平的81%).
    static func namesLevel(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < s.count else { return false }
        return s[i] == "同" && s[i + 1] == "期" || s[i] == "水" && s[i + 1] == "平"
    }

    /// Whether the period phrase at `phrase` of `s` is the time of the level a multiple is of
    /// (是上年的1.5倍, 为去年同期的2倍, 相当于上年的): a lead of a multiple (`multiple-lead` in
    /// phrases.tsv) before it and 的 after.
    private func isMultipleBase(_ s: [Unicode.Scalar], _ phrase: Range<Int>) -> Bool {
        guard phrase.upperBound < s.count, s[phrase.upperBound] == "的" else { return false }
        let i = phrase.lowerBound
        return lexicon.multipleLeads.contains { lead in i >= lead.count && s[(i - lead.count)..<i].elementsEqual(lead) }
    }

    /// Every period and year phrase of `s`, which stands at `place`.
    func mentions(in s: [Unicode.Scalar], at place: SentencePlace) -> PeriodMentions {
        var layer = PeriodMentions()
        layer.place = place
        recognise(&layer, in: s, before: s.count)
        return layer
    }

    /// The recogniser: fills `layer` with the steps of `s` that start before `end`, going on
    /// from where it stopped. Phrases are matched whole, whatever `end` is: the layer is the
    /// same however far it is asked at a time.
    private func recognise(_ layer: inout PeriodMentions, in s: [Unicode.Scalar], before end: Int) {
        var i = layer.recognised
        while i < end {
            i = nextStart(in: s, from: i, to: end)
            guard i < end else { break }
            // A figure's number (5.1%, 3652户) is most of the steps taken: passed over here, as
            // `step` would pass it, without the call and the step it builds.
            if let run = Self.digitRun(s, at: i), !run.mayNamePeriod {
                i = run.end
                continue
            }
            // So are the scalars that start phrases of periods.tsv but none here (全国, 上涨, 年均):
            // `step` would find no phrase and pass over the one scalar, after its call and its
            // tests for a number and 截.
            if !isDigit(s[i]) && s[i] != "截" && !lexicon.periods.mayStart(in: s, at: i, limit: s.count) {
                i += 1
                continue
            }
            let step = self.step(in: s, at: i, end: s.count, place: layer.place)
            if step.mark != nil || step.phraseEnd != nil || step.passed != nil { layer.steps.append(step) }
            i = step.next
        }
        layer.recognised = max(i, layer.recognised)
    }

    /// The run of digits that starts at `i` (none when a digit stands before it): where it ends,
    /// and whether it may name a period, as only a number that 年, 月 or a range mark follows
    /// does. Most are a figure's (5.1%, 3652户): `step` passes them over whole, marking
    /// nothing, without reading their value.
    @inline(__always)
    private static func digitRun(_ s: [Unicode.Scalar], at i: Int) -> (end: Int, mayNamePeriod: Bool)? {
        s.withUnsafeBufferPointer { s in
            guard isDigit(s[i]), i == 0 || !isDigit(s[i - 1]) else { return nil }
            var j = i + 1
            while j < s.count && isDigit(s[j]) { j += 1 }
            guard j < s.count else { return (j, false) }
            let c = s[j]
            return (j, c == "年" || c == "月" || isMonthRangeMark(c))
        }
    }

    /// Reads on in `s` from where `scan` stopped to `end`: the figures of a sentence ask in
    /// turn, and each period phrase is recognised once for all of them, into `scan.mentions`.
    /// Inlined where it is asked (for every figure): as a call of its own, each figure paid its
    /// frame and the scan passed by address, for a body that mostly finds nothing to do.
    @inline(__always)
    func advance(_ scan: inout PeriodScan, in s: [Unicode.Scalar], to end: Int) {
        if end < scan.end { scan.restart() }
        guard !scan.reading else { return advanceByReading(&scan, in: s, to: end) }
        scan.end = end
        if scan.mentions.recognised < end { recognise(&scan.mentions, in: s, before: end) }
        // The steps are read where the scan holds them: a copy of the list, made for every
        // figure, was retained and released each time.
        while scan.step < scan.mentions.steps.count && scan.mentions.steps[scan.step].start < end {
            let step = scan.mentions.steps[scan.step]
            // Passed over by a jump past 以来.
            guard step.start >= scan.position else {
                scan.step += 1
                continue
            }
            // A phrase running past the stop: the scan would have matched only what lies before
            // it, and may go on differently from there.
            if let phraseEnd = step.phraseEnd, phraseEnd > end {
                return readOn(&scan, in: s, from: step.start, to: end)
            }
            scan.step += 1
            let next = apply(step, to: &scan)
            scan.position = next
            if next > step.next && straddles(next, scan.mentions.steps[scan.step...]) {
                return readOn(&scan, in: s, from: next, to: end)
            }
        }
    }

    /// Whether one of `steps` starts before `position` and ends after it.
    private func straddles(_ position: Int, _ steps: ArraySlice<PeriodStep>) -> Bool {
        for step in steps {
            if step.start >= position { return false }
            if step.next > position { return true }
        }
        return false
    }

    /// Goes on reading the sentence itself from `i`, for the rest of its figures.
    private func readOn(_ scan: inout PeriodScan, in s: [Unicode.Scalar], from i: Int, to end: Int) {
        scan.reading = true
        scan.position = i
        scan.end = 0
        advanceByReading(&scan, in: s, to: end)
    }

    /// Reads on in `s` from where `scan` stopped to `end`, recognising each phrase where it
    /// stands rather than from the layer: what `advance` does where the layer's steps are not the
    /// scan's, and what it is held to in tests.
    func advanceByReading(_ scan: inout PeriodScan, in s: [Unicode.Scalar], to end: Int) {
        if end < scan.end { scan.restart() }
        scan.end = end
        var i = scan.position
        defer { scan.position = i }
        while i < end {
            i = nextStart(in: s, from: i, to: end)
            guard i < end else { break }
            i = apply(step(in: s, at: i, end: end, place: scan.mentions.place), to: &scan)
        }
    }

    /// What `mark` says, in words, before the year in force is applied (for `explain`).
    func reading(of mark: PeriodMark) -> String {
        switch mark {
        case .years(let first, let last): return "the years \(first) to \(last): \(first)..\(last)"
        case .year(let year, nil): return "the year \(year)"
        case .year(let year, let phrase?):
            return
                "the year \(year), then \(lexicon.periods.value(at: phrase)): \(expand(lexicon.periods.value(at: phrase), year: year))"
        case .sinceYear(let year): return "since \(year)"
        case .months(let first, let last):
            return "months \(first) to \(last) of the year in force: {Y}-\(pad(first))..{Y}-\(pad(last))"
        case .month(let month): return "month \(month) of the year in force: {Y}-\(pad(month))"
        case .through(let month, let year?, _):
            return "January to month \(month) of \(year): \(year)-01..\(year)-\(pad(month))"
        case .through(let month, nil, _):
            return "January to month \(month) of the year in force: {Y}-01..{Y}-\(pad(month))"
        case .phrase(let phrase, let sinceNext):
            let pattern = lexicon.periods.value(at: phrase)
            var said = "periods.tsv: \(pattern)"
            if pattern.contains("{Y") { said += ", {Y} the year in force" }
            if pattern.contains("{T") { said += ", {T} the year written in" }
            return sinceNext == nil ? said : said + "; since then, when that is a year"
        }
    }

    /// What `mark` makes of the scan's period and stated year; where the scan goes on.
    private func apply(_ step: PeriodStep, to scan: inout PeriodScan) -> Int {
        guard let mark = step.mark else { return step.next }
        let inForce = scan.statedYear ?? scan.year
        switch mark {
        case .years(let first, let last):
            scan.period = Self.span((first, nil), to: (last, nil))
            scan.statedYear = last
        case .year(let year, let phrase):
            scan.statedYear = year
            if let phrase { scan.period = expand(phrase: phrase, year: year, keptIn: &scan) }
        case .sinceYear(let year):
            scan.period = "since \(year)"
        case .months(let first, let last):
            scan.period = Self.span((inForce, first), to: (inForce, last))
        case .month(let month):
            scan.period = Self.span((inForce, month))
        case .through(let month, let year, let isStated):
            let y = year ?? inForce
            scan.period = Self.span((y, 1), to: (y, month))
            if isStated { scan.statedYear = y }
        case .phrase(let phrase, let sinceNext):
            let expanded = expand(phrase: phrase, year: inForce, keptIn: &scan)
            if expanded.utf8.count == 4, let sinceNext {
                // 去年10月以来 (as 2023年10月以来): a span up to now, of the year in force.
                scan.period = "since " + expanded
                return sinceNext
            }
            scan.period = expanded
            // 今年, 去年, 上年: a year named, as 2024年 is, for the months after it (今年1-9月).
            if expanded.utf8.count == 4, let named = Int(expanded) { scan.statedYear = named }
        }
        return step.next
    }

    /// The step the scan takes at `i` of `s` (which stands at `place`), where `nextStart`
    /// stopped: a phrase, a number passed over whole, or the one scalar. Phrases of periods.tsv
    /// are matched within `end`.
    private func step(in s: [Unicode.Scalar], at i: Int, end: Int, place: SentencePlace) -> PeriodStep {
        if let run = Self.digitRun(s, at: i) {
            let j = run.end
            guard run.mayNamePeriod else { return PeriodStep(start: i, next: j) }
            let number = decimalValue(s[i..<j])
            // 2021—2024年, 2021至2024年: the years from one to the other.
            if let n = number, j - i == 4, (1990...2099).contains(n), j + 5 < s.count,
                isMonthRangeMark(s[j]), s[j + 5] == "年",
                let last = decimalValue(s[(j + 1)...(j + 4)]), last > n, last <= 2099
            {
                return PeriodStep(start: i, next: j + 6, mark: .years(first: n, last: last))
            }
            if let n = number, j - i == 4, j < s.count, s[j] == "年", (1990...2099).contains(n),
                let year = written(at: i, of: place, value: n)
            {
                if year.tail == .since { return PeriodStep(start: i, next: j + 1, mark: .sinceYear(n)) }
                guard j + 1 < s.count else { return PeriodStep(start: i, next: j + 1) }
                if let passed = Self.passedOver(year) { return PeriodStep(start: i, next: j + 1, passed: passed) }
                return PeriodStep(
                    start: i, next: j + 1,
                    mark: .year(n, phrase: lexicon.periods.longestIndex(in: s, at: j + 1)?.index))
            }
            // 1-11月, 1至11月, 1月至11月, 1月份—11月份.
            var mark = j
            if mark < s.count, s[mark] == "月", let first = number, first <= 12 {
                mark += 1
                if mark < s.count, s[mark] == "份" { mark += 1 }
            }
            if let first = number, (1...12).contains(first), mark < s.count, isMonthRangeMark(s[mark]) {
                var k = mark + 1
                while k < s.count && isDigit(s[k]) { k += 1 }
                if k > mark + 1, k < s.count, s[k] == "月",
                    let last = decimalValue(s[(mark + 1)..<k]),
                    (first...12).contains(last)
                {
                    // (比1-8月提高: the months compared with, not the figure's.)
                    if i > 0, s[i - 1] == "比" || s[i - 1] == "较" {
                        return PeriodStep(start: i, next: k + 1, phraseEnd: k + 1, passed: .baseline)
                    }
                    return PeriodStep(start: i, next: k + 1, mark: .months(first: first, last: last))
                }
            }
            // 9月份，城镇调查失业率为5.1%: one month (not 比8月份, a baseline, nor a date).
            if let month = number, (1...12).contains(month), j + 1 < s.count, s[j] == "月",
                s[j + 1] == "份" || s[j + 1] == "，", i == 0 || (s[i - 1] != "比" && s[i - 1] != "较")
            {
                return PeriodStep(start: i, next: j + 1, mark: .month(month))
            }
            return PeriodStep(start: i, next: j)
        }
        if s[i] == "截", let through = throughMonth(s, at: i, place: place) {
            return PeriodStep(
                start: i, next: i + through.length,
                mark: .through(month: through.month, year: through.year, isStated: through.isStated))
        }
        if let phrase = lexicon.periods.longestIndex(in: s, at: i, end: end) {
            // 全年目标, 年度任务: the year's target, not a period.
            let next = i + phrase.length
            let isTarget = isTargetWord(s, at: next)
            // 较去年增加960人, 比一季度提高, 与上年相比 and 上年同期 name a baseline, and 由上年的
            // 62% an old level: not the figure's period.
            let passed: PassedOver? =
                isTarget
                ? .target
                : i > 0 && Self.baselineMarks.contains(s[i - 1])
                    ? .baseline : Self.namesLevel(s, at: next) || isMultipleBase(s, i..<next) ? .level : nil
            if let passed { return PeriodStep(start: i, next: next, phraseEnd: next, passed: passed) }
            var sinceNext: Int?
            if DocumentContext.startsSince(s, after: next) {
                var k = next
                while k < s.count && s[k] != "来" { k += 1 }
                sinceNext = k + 1
            }
            return PeriodStep(start: i, next: next, mark: .phrase(phrase.index, sinceNext: sinceNext), phraseEnd: next)
        }
        return PeriodStep(start: i, next: i + 1)
    }

    /// The first position from `i` (before `end`) where a digit, 截 or a period phrase may
    /// start, or `end`. Most scalars of a sentence start none: a loop of its own over the
    /// buffer passes over them without the checks of the scan, which read each scalar again.
    /// (A scalar beyond the Basic Multilingual Plane may stop it needlessly, as it may stop a
    /// phrase matcher: the step there is then one scalar, marking nothing.)
    @inline(__always)
    private func nextStart(in s: [Unicode.Scalar], from i: Int, to end: Int) -> Int {
        s.withUnsafeBufferPointer { buffer in
            let stop = min(end, buffer.count)
            let k = stepStarts.firstMember(in: buffer, from: i, to: stop)
            return k == stop ? end : k
        }
    }

    /// Why a written year says nothing of a figure's time, from what the year layer read around
    /// it: 2025年届 is a class; 是2020年的1.3倍 and 恢复至2019年同期水平 name the level of another
    /// time, 比2023年多 a baseline (同2019年同期相比 too: the baseline is asked before 同期).
    private static func passedOver(_ year: YearMentions.Mention) -> PassedOver? {
        switch year.tail {
        case .classOf: return .classYear
        case .of: return .level
        case .level: return year.lead == .baseline ? .baseline : .level
        case .none, .since: return year.lead == .baseline ? .baseline : nil
        }
    }

    /// The year layer's mention of the written year whose digits (`value`) start at `i` of the
    /// sentence at `place`. The layer holds every written year of every block, so it holds this
    /// one: a debug build stops where a reader handed a sentence the wrong place.
    @inline(__always)
    private func written(at i: Int, of place: SentencePlace, value: Int) -> YearMentions.Mention? {
        let year = years.written(inBlock: place.block, at: place.offset + i)
        assert(year?.value == value, "the year layer holds no year \(value) at \(i) of the sentence at \(place)")
        return year
    }

    /// 截至11月底 / 截至2024年11月末 / 截至今年10月份 / 截至9月: from January through that month,
    /// of the year named (stated, when written out in digits) or of this year.
    private func throughMonth(
        _ s: [Unicode.Scalar], at i: Int, place: SentencePlace
    ) -> (month: Int, year: Int?, isStated: Bool, length: Int)? {
        guard i + 2 < s.count, s[i] == "截", s[i + 1] == "至" else { return nil }
        var start = i + 2
        var year: Int?
        var isStated = false
        if start + WrittenYear.length <= s.count,
            let named = years.writtenYear(inBlock: place.block, at: place.offset + start)
        {
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

    /// `expand` of phrase `index` of periods.tsv for `year`, written once for all the sentences
    /// `scan` reads (`PeriodScan.expansions`).
    func expand(phrase index: Int, year: Int?, keptIn scan: inout PeriodScan) -> String {
        var k = 0
        while k < scan.expansions.count {
            if scan.expansions[k].phrase == index && scan.expansions[k].year == year { return scan.expansions[k].text }
            k += 1
        }
        let text = expand(lexicon.periods.value(at: index), year: year)
        if scan.expansions.count < 32 { scan.expansions.append((index, year, text)) }
        return text
    }

    /// The period a pattern of periods.tsv names in `year`: {Y} and {Y-1} (to {Y-9}) become the
    /// year and the one (to nine) before, {T} the year written in (the same unless the article
    /// looks back on an earlier one), {T+1} the year after it and {T-1} the one before, or "?" when the year is
    /// unknown. Written out by hand: the standard library's `replacing` costs thousands of
    /// instructions a call, and figures ask often.
    func expand(_ pattern: String, year: Int?) -> String {
        // Read on the UTF-8 bytes in place: the placeholders are ASCII, and matching them on a
        // Substring cost some 1,500 instructions a pattern. The period is written into scratch
        // room and made a string once: an array of its bytes, grown and then decoded, cost as
        // much again.
        var text = pattern
        let expanded = text.withUTF8 { bytes -> String? in
            var braces = 0
            for byte in bytes where byte == UInt8(ascii: "{") { braces += 1 }
            guard braces > 0 else { return nil }
            // A year is written in at most 20 bytes (Int.min), in place of a placeholder's 3 or 5.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 20 * braces) { out in
                var n = 0
                var i = 0
                while i < bytes.count {
                    let placeholder: (length: Int, year: Int?)? =
                        if bytes[i] != UInt8(ascii: "{") {
                            nil
                        } else if Self.holds(bytes, "{T}", at: i) {
                            (3, currentYear ?? year)
                        } else if Self.holds(bytes, "{T+1}", at: i) {
                            // 明年: the year after the one written in.
                            (5, (currentYear ?? year).map { $0 + 1 })
                        } else if Self.holds(bytes, "{T-1}", at: i) {
                            // 去年: the year before the one written in.
                            (5, (currentYear ?? year).map { $0 - 1 })
                        } else if let before = Self.yearsBefore(bytes, at: i) {
                            (5, year.map { $0 - before })
                        } else if Self.holds(bytes, "{Y}", at: i) {
                            (3, year)
                        } else {
                            nil
                        }
                    guard let placeholder else {
                        out[n] = bytes[i]
                        n += 1
                        i += 1
                        continue
                    }
                    Self.write(placeholder.year, into: out, at: &n)
                    i += placeholder.length
                }
                // Valid UTF-8: the pattern's own, with ASCII put in place of ASCII placeholders.
                let written = UnsafeBufferPointer(rebasing: out[..<n])
                return String(validUTF8: written, isASCII: isAllASCII(written))
            }
        }
        return expanded ?? pattern
    }

    /// {Y-1} … {Y-9} at `i` of `bytes`: so many years before.
    private static func yearsBefore(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard holds(bytes, "{Y-", at: i), i + 4 < bytes.count, bytes[i + 4] == UInt8(ascii: "}") else { return nil }
        let n = Int(bytes[i + 3]) - Int(UInt8(ascii: "0"))
        return (1...9).contains(n) ? n : nil
    }

    /// Writes `year` in decimal digits (as `String(year)` does), or "?" when it is unknown, at
    /// `out[n]`, and moves `n` past it.
    private static func write(_ year: Int?, into out: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
        guard let year else {
            out[n] = UInt8(ascii: "?")
            n += 1
            return
        }
        if year < 0 {
            out[n] = UInt8(ascii: "-")
            n += 1
        }
        let first = n
        var rest = year.magnitude
        repeat {
            out[n] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            n += 1
        } while rest > 0
        var (a, b) = (first, n - 1)
        while a < b {
            out.swapAt(a, b)
            (a, b) = (a + 1, b - 1)
        }
    }

    /// A period of years or months as the export writes it: `from`'s year ("?" when unknown),
    /// then "-" and its month in two digits when it has one; then, for a span, ".." and `to`
    /// written the same way (2024, 2021..2024, 2024-09, ?-01..?-11). Written into scratch room
    /// and made a string once: interpolated, each part was a string of its own, and a span of
    /// months cost some 2,000 instructions.
    private static func span(_ from: (year: Int?, month: Int?), to: (year: Int?, month: Int?)? = nil) -> String {
        // Each year takes at most 20 bytes (Int.min), each month as many and a leading 0.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { out in
            var n = 0
            func write(_ end: (year: Int?, month: Int?)) {
                Self.write(end.year, into: out, at: &n)
                guard let month = end.month else { return }
                out[n] = UInt8(ascii: "-")
                n += 1
                if month < 10 {
                    out[n] = UInt8(ascii: "0")
                    n += 1
                }
                Self.write(month, into: out, at: &n)
            }
            write(from)
            if let to {
                out[n] = UInt8(ascii: ".")
                out[n + 1] = UInt8(ascii: ".")
                n += 2
                write(to)
            }
            return String(validUTF8: UnsafeBufferPointer(rebasing: out[..<n]), isASCII: true)
        }
    }

    private static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ placeholder: StaticString, at i: Int) -> Bool {
        let count = placeholder.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let p = placeholder.utf8Start
        for k in 0..<count where bytes[i + k] != p[k] { return false }
        return true
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
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

/// Whether `c` joins two months or years of a range (1-11月, 1至11月, 2021—2024年): a range
/// mark, or 到. Compared, not looked up in a set: asked after every number a period scan passes.
@inline(__always)
func isMonthRangeMark(_ c: Unicode.Scalar) -> Bool { isRangeMark(c) || c == "到" }
