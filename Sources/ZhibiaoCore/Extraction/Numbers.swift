/// A number written in article text, with its multiplier applied.
public struct NumberToken: Equatable, Sendable {
    /// The value: 4.82万 → 48200, 3亿5千万 → 350000000, 62.9% → 62.9 (percent is NOT divided by 100).
    public var value: Double
    /// Scalar offsets (into the array given to `scan`) covering the whole written number:
    /// digits, decimal point, thousands separators, 万/亿/千/百 multipliers, a trailing % or ％,
    /// a leading 百分之, or a leading minus sign.
    public var range: Range<Int>
    /// Written with a trailing % or ％ or a leading 百分之. 个百分点 is a unit, not part of the token;
    /// ‰ and 千分之 are not consumed either (the value stays the written per-mille figure).
    public var isPercent: Bool
    /// Written at least partly in Chinese numerals (十五, 两千, 四点八亿); false for 4.8亿.
    public var isChinese: Bool
    /// The trailing magnitude word that was applied last (1 if none): 4.82万 → 10_000,
    /// 1.2万亿 → 1e12, 3亿5千万 → 1e4, 两千 → 1e3. A token ending in a digit (一百二十三,
    /// colloquial 三万五) has 1.
    public var multiplier: Double
    /// 余/多 written between the digits and the multiplier (10余万, 两千多万): the value is approximate.
    public var approximateInside: Bool
}

/// Finds numbers in article text: Arabic, Chinese and mixed forms, magnitude words and percents.
///
/// Choices where text is ambiguous:
/// - A minus sign counts only right after a word that states a value (为-3.19‰, 增长-0.86%,
///   增速-2.1%) or a comma, colon or bracket: in 1-11, 16-24 and 1月-11月 the hyphen is not
///   part of either number.
/// - "1." is 1 (the point is not covered); in ".5" the point is skipped and 5 is read.
/// - Dotted runs (2025.12.31, 3.2.1) are separate integers, not a decimal and a stray number.
/// - Thousands separators (, or ，) only between groups of exactly three digits after a first
///   group of one to three, so 34267元,15100元 and 12,3456 are two numbers each.
/// - Chinese numerals need a digit or a leading 十: lone 千 百 万 亿 (千家万户, 百姓) are words,
///   and so is a lone 零 or 〇 (零工, 零售) and a financial digit without a numeral beside it
///   (队伍, 陆续). Right after a hedge, or right before 余 or 多, a lone magnitude is a round
///   number (近万人, 逾千家, 超百亿元, 千余人, 百余场).
/// - Ill-formed Chinese sequences split greedily into well-formed numbers: 十四五 → 14 and 5,
///   七八个 → 7 and 8, 三四十万 → 3 and 400000. Runs of three or more bare digits, or two with
///   a 〇/零, are read digit by digit: 二〇二五 → 2025, 一二三 → 123.
/// - Values too large for a Double clamp to `Double.greatestFiniteMagnitude`.
public enum Numbers {
    /// Every number in `scalars`, left to right, non-overlapping.
    public static func scan(_ scalars: [Unicode.Scalar]) -> [NumberToken] {
        var tokens = NumberList()
        defer { tokens.free() }
        var opening = 0
        scan(scalars, into: &tokens, firstOpening: &opening)
        return tokens.array
    }

    /// Every number in `scalars`, as `scan(_:)` gives them, in `tokens` (emptied first, its room
    /// kept, so that a caller reading sentence after sentence allocates it once), and
    /// `firstOpening` set to the first position whose scalar may open a quotation
    /// (`QuotationMentions.mayOpen`), or `scalars.count` when none does: the figure finder asks whether
    /// a sentence holds one before its last number, and this scan, which passes over every
    /// scalar anyway, stops at the few there are, where a pass of its own read most of the
    /// sentence again.
    static func scan(_ scalars: [Unicode.Scalar], into tokens: inout NumberList, firstOpening: inout Int) {
        tokens.removeAll()
        let reader = NumeralReader(scalars: scalars)
        let n = scalars.count
        let stops = Self.stops
        firstOpening = n
        var i = 0
        while i < n {
            i = nextStop(scalars, from: i, stops)
            guard i < n else { break }
            let v = scalars[i].value
            let glyph: NumeralGlyph
            if v &- 0x30 < 10 {
                // Most stops are Arabic digits: told by their range here, where the glyph's
                // `switch` was a call for each.
                glyph = .arabic(UInt8(truncatingIfNeeded: v &- 0x30))
            } else if QuotationMentions.mayOpen(v) {
                // A mark that may open a quotation starts no number: noted, and passed over. (No
                // number read holds one, so every mark outside the numbers is stopped at.)
                if firstOpening == n { firstOpening = i }
                i += 1
                continue
            } else {
                glyph = NumeralGlyph(scalars[i])
            }
            var reading: NumeralReader.Reading?
            var percentPrefix = false
            switch glyph {
            case .other, .point, .approximate:
                i += 1
                continue
            case .arabic:
                reading = reader.read(from: i)
                // A dotted run (2025.12.31) reads as a decimal that a point and a digit follow:
                // only such a number is looked at again, where every number was looked at
                // twice, once for a run and once read.
                if let end = reading?.end, end + 1 < n, scalars[end] == ".", NumeralGlyph.isDigit(scalars[end + 1]),
                    isDottedRun(scalars, at: i), appendDottedRun(reader, from: i, to: &tokens, end: &i)
                {
                    continue
                }
            case .chinese(let digit, _):
                if let run = reader.digitByDigit(from: i) {
                    tokens.append(
                        NumberToken(
                            value: run.value.doubleValue, range: i..<run.end, isPercent: false, isChinese: true,
                            multiplier: 1, approximateInside: false))
                    i = run.end
                    continue
                }
                var ignored = ExactDecimal.zero
                if digit == 0 && reader.chineseFraction(at: i + 1, into: &ignored) == nil {
                    i += 1
                    continue
                }
                reading = reader.read(from: i)
            case .financial, .unit(1, isFinancial: true):
                if i + 1 < n && NumeralGlyph(scalars[i + 1]).isChineseNumeral { reading = reader.read(from: i) }
            case .unit(1, isFinancial: false):
                reading = reader.read(from: i)
            case .unit(2, isFinancial: false) where i + 3 < n && scalars[i + 1] == "分" && scalars[i + 2] == "之":
                reading = reader.read(from: i + 3, leadingHundred: true)
                percentPrefix = true
            case .unit(_, isFinancial: false):
                if let hedged = roundMagnitude(scalars, at: i) {
                    tokens.append(hedged)
                    i = hedged.range.upperBound
                    continue
                }
            case .unit:
                break
            }
            guard let reading else {
                i += 1
                continue
            }
            var start = i
            var value = reading.value.doubleValue
            if !reading.isChinese, !percentPrefix, isSigned(scalars, at: i) {
                start = i - 1
                value = -value
            }
            var end = reading.end
            // 10.8 %: pages captured from the web often set a space before the sign.
            let spaced = end + 1 < n && Segmenter.isSpace(scalars[end]) ? 1 : 0
            let percentSuffix = !percentPrefix && end + spaced < n && NumeralGlyph.isPercentSign(scalars[end + spaced])
            if percentSuffix { end += spaced + 1 }
            tokens.append(
                NumberToken(
                    value: value, range: start..<end, isPercent: percentPrefix || percentSuffix,
                    isChinese: reading.isChinese, multiplier: Self.multiplier(power: reading.multiplierPower),
                    approximateInside: reading.approximateInside))
            i = end
        }
    }

    /// Where the scan stops: the scalars that can start a number (`NumeralGlyph.starters`) and
    /// the marks that may open a quotation (`QuotationMentions.mayOpen`).
    private static let stops: ScalarBits = {
        var bits = NumeralGlyph.starters
        bits.insert(Unicode.Scalar(QuotationMentions.quoteMark)!)
        for v in QuotationMentions.curlyMarks { bits.insert(Unicode.Scalar(v)!) }
        for v in QuotationMentions.bracketMarks { bits.insert(Unicode.Scalar(v)!) }
        return bits
    }()

    /// 10 to the `power`: 1 for most numbers without a look at the table.
    @inline(__always)
    private static func multiplier(power: Int) -> Double {
        power == 0 ? 1 : ExactDecimal.powerOfTen(power)
    }

    /// The first position from `i` on whose scalar is in `stops` (`scalars.count` if none).
    /// Most text holds none: `ScalarBits.firstMember` passes over it four scalars a turn, where
    /// the scanner's loop stored `i` each time.
    @inline(__always)
    private static func nextStop(_ scalars: [Unicode.Scalar], from i: Int, _ stops: ScalarBits) -> Int {
        scalars.withUnsafeBufferPointer { stops.firstMember(in: $0, from: i, to: $0.count) }
    }

    /// 近万人, 逾千家, 超百亿元, 千余人, 百余场, 万余人次: a magnitude alone, right after a hedge or
    /// right before 余 or 多, is a round number of that size; elsewhere a lone 千, 万 or 亿 is a
    /// word (千家万户).
    @inline(__always)
    private static func roundMagnitude(_ scalars: [Unicode.Scalar], at i: Int) -> NumberToken? {
        let hedged = i > 0 && (scalars[i - 1] == "近" || scalars[i - 1] == "逾" || scalars[i - 1] == "超")
        var power = 0
        var end = i
        while end < scalars.count, case .unit(let p, isFinancial: false) = NumeralGlyph(scalars[end]), p >= 2 {
            power += p
            end += 1
        }
        let roundedUp = end < scalars.count && (scalars[end] == "余" || scalars[end] == "多")
        guard hedged || roundedUp else { return nil }
        // (近亿亿亿人 is no number: a power of ten past 10²² is not exact in a Double, and the
        // scanner stopped there.)
        guard power <= 22 else { return nil }
        // (近百分之九十九点五 is a percentage, read as one.)
        guard end > i, end < scalars.count, scalars[end] != "分" else { return nil }
        switch NumeralGlyph(scalars[end]) {
        case .other: break
        case .approximate where roundedUp: break
        default: return nil
        }
        let value = ExactDecimal.powerOfTen(power)
        return NumberToken(
            value: value, range: i..<end, isPercent: false, isChinese: true, multiplier: value, approximateInside: false
        )
    }

    /// Whether a minus sign stands right before the number at `i`, after a word that states a
    /// value or after punctuation (人口自然增长率为-3.19‰, 增长-0.86%), not between two figures.
    @inline(__always)
    private static func isSigned(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i > 0, case let sign = scalars[i - 1], sign == "-" || sign == "－" || sign == "−" else { return false }
        return i == 1 || signLeads.contains(scalars[i - 2])
    }

    /// What a negative value is written after: 为, 增长, 增速, 增幅, 比, 是, 达, 到, 至 and punctuation (为,
    /// 长 and 达 in traditional script too).
    private static let signLeads: ScalarSet = "为长速幅比是达到至率：:，,（( 為長達"

    /// The value of `text` when the whole string is one number ("4.82万", "百分之六十二点九",
    /// "3亿5千万", "1,234.5", "十五", "62.9%"); nil otherwise, including surrounding spaces.
    public static func parse(_ text: some StringProtocol) -> Double? {
        let scalars = Array(text.unicodeScalars)
        let tokens = scan(scalars)
        guard tokens.count == 1, tokens[0].range == 0..<scalars.count else { return nil }
        return tokens[0].value
    }

    /// Whether the digits from `i` are followed by two points, each followed by digits, as a
    /// dotted run is (2025.12.31): most numbers have no point after them and most that have one
    /// are decimals (12.5), and the run is read only when it is one, rather than by a call for
    /// every number or every decimal.
    @inline(__always)
    private static func isDottedRun(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        scalars.withUnsafeBufferPointer { s in
            var q = i
            for _ in 0..<2 {
                while q < s.count && NumeralGlyph.isDigit(s[q]) { q += 1 }
                guard q + 1 < s.count && s[q] == "." && NumeralGlyph.isDigit(s[q + 1]) else { return false }
                q += 1
            }
            return true
        }
    }

    /// Reads 2025.12.31 or 3.2.1 (two or more points, each between digits) as separate integers;
    /// false, touching nothing, for anything else.
    private static func appendDottedRun(
        _ reader: NumeralReader, from start: Int, to tokens: inout NumberList, end: inout Int
    ) -> Bool {
        let scalars = reader.scalars
        let n = scalars.count
        // Most numbers hold one point or none: the groups are counted before any is kept.
        func groupEnd(from q: Int) -> Int {
            var q = q
            while q < n, NumeralGlyph.isDigit(scalars[q]) { q += 1 }
            return q
        }
        func continues(after q: Int) -> Bool {
            q + 1 < n && scalars[q] == "." && NumeralGlyph.isDigit(scalars[q + 1])
        }
        var q = groupEnd(from: start)
        guard continues(after: q) else { return false }
        q = groupEnd(from: q + 1)
        guard continues(after: q) else { return false }
        var groupStart = start
        while true {
            let groupStop = groupEnd(from: groupStart)
            var value = ExactDecimal.zero
            for k in groupStart..<groupStop { value.appendIntegerDigit(UInt8(scalars[k].value - 0x30)) }
            tokens.append(
                NumberToken(
                    value: value.doubleValue, range: groupStart..<groupStop, isPercent: false, isChinese: false,
                    multiplier: 1, approximateInside: false))
            guard continues(after: groupStop) else {
                end = groupStop
                return true
            }
            groupStart = groupStop + 1
        }
    }
}

/// The numbers of a sentence as the scan finds them, in room that its owner keeps from sentence
/// to sentence and frees (`free()`). Not an array: an array passed in and out was checked for
/// being shared before each number was appended and again as each was removed for the next
/// sentence. A token holds no references: the room is only allocated and freed.
struct NumberList {
    private var base: UnsafeMutablePointer<NumberToken>
    private var capacity: Int
    private(set) var count = 0

    /// Room for the numbers of most sentences.
    init(capacity: Int = 8) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    /// Frees the room; the list and its copies are not used after.
    func free() {
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// The tokens as an array of their own.
    var array: [NumberToken] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The token at `index`, which must be below `count` (checked, as an array's would be).
    subscript(index: Int) -> NumberToken {
        precondition(UInt(bitPattern: index) < UInt(count), "a number past the sentence's")
        return base[index]
    }

    mutating func append(_ token: NumberToken) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    mutating func removeAll() {
        count = 0
    }

    /// Twice the room, the tokens moved there.
    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<NumberToken>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
