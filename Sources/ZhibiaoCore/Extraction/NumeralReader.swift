/// Reads one number at a given offset with the grammar that Arabic, Chinese and mixed forms
/// share: digit groups closed by 十百千 inside a 万 section, sections closed by 万 and 亿.
struct NumeralReader {
    let scalars: [Unicode.Scalar]

    /// One number as read, before the scanner adds a percent sign or prefix.
    struct Reading {
        var value: ExactDecimal
        var end: Int
        var isChinese: Bool
        /// log₁₀ of NumberToken.multiplier.
        var multiplierPower: Int
        var approximateInside: Bool
    }

    private enum Last: Equatable {
        case start, digit, zero
        case small(Int)
        case big
    }

    /// The longest well-formed number starting at `start`, or nil when nothing there is one.
    /// `leadingHundred` lets a bare 百 open the number, as in 百分之百.
    /// (`@inline(always)`: the compiler's cost model overruled `@inline(__always)`, a hint
    /// only, and kept this a call for every number; copies inlined where Chinese numerals are
    /// read are seldom run.)
    @inline(always)
    func read(from start: Int, leadingHundred: Bool = false) -> Reading? {
        if start < scalars.count, NumeralGlyph.isDigit(scalars[start]) {
            // Most numbers are Arabic digits that nothing after them continues (2024年, 12.5%):
            // read as the grammar would read them, without its state (inlined where numbers are
            // scanned, apart from the grammar's larger function).
            let group = arabicGroup(from: start)
            if endsArabicNumber(at: group.end) {
                return Reading(
                    value: group.value, end: group.end, isChinese: false, multiplierPower: 0, approximateInside: false)
            }
            // 4.82万人, 1.2亿元: one magnitude word that nothing after it continues, read as the
            // grammar reads it (the group scaled by the word's power, which is the multiplier).
            if let power = closingMagnitude(at: group.end) {
                return Reading(
                    value: group.value.scaled(byPowerOfTen: power), end: group.end + 1, isChinese: false,
                    multiplierPower: power, approximateInside: false)
            }
        } else if start < scalars.count, case .chinese(let digit, _) = NumeralGlyph(scalars[start]),
            start + 1 == scalars.count || NumeralGlyph(scalars[start + 1]) == .other
        {
            // 一个, 两项, 三年: most numerals in words are one digit before a word, which the
            // grammar reads as that digit alone.
            return Reading(
                value: ExactDecimal(significand: UInt64(digit)), end: start + 1, isChinese: true, multiplierPower: 0,
                approximateInside: false)
        }
        return readByGrammar(from: start, leadingHundred: leadingHundred)
    }

    /// The power of 万 or 亿 at `q` when what follows it cannot go on with the number (a word,
    /// a sign, a space or the end): after a group of Arabic digits the grammar closes the
    /// number with it. Nil for anything else, which the grammar reads. (Left a hint: the cost
    /// model keeps this and `endsArabicNumber` calls once `read` is inlined where numbers are
    /// scanned, and forcing them inline with `@inline(always)` measured more instructions, not
    /// fewer: 2.5 M more on the 2 MB sample for the two, 2.2 M for `endsArabicNumber` alone.)
    @inline(__always)
    private func closingMagnitude(at q: Int) -> Int? {
        guard q < scalars.count, case .unit(let power, isFinancial: false) = NumeralGlyph(scalars[q]), power >= 4
        else { return nil }
        guard q + 1 == scalars.count || NumeralGlyph(scalars[q + 1]) == .other else { return nil }
        return power
    }

    /// `read` for a number that the grammar of digit groups, sections and magnitude words reads.
    @inline(never)
    private func readByGrammar(from start: Int, leadingHundred: Bool) -> Reading? {
        let n = scalars.count
        var p = start
        var end = start
        var high = ExactDecimal.zero  // closed by 亿
        var middle = ExactDecimal.zero  // closed by 万 since the last 亿
        var section = ExactDecimal.zero  // 千百十 parts since the last 万 or 亿
        var pending: ExactDecimal? = nil  // the last digit group, not yet multiplied
        var pendingIsArabic = false
        var smallestUnit = Int.max  // 千 before 百 before 十 within a section
        var usedWan = false
        var usedYi = false
        var last = Last.start
        var lastUnitPower = 0
        var multiplierPower = 0
        var isChinese = false
        var approximate = false
        var approximatePending = false

        scanning: while p < n {
            // 8.35 万: pages captured from the web often set a space before the magnitude word,
            // or before the 多 or 余 that goes before it (3000 多万元).
            if last == .digit, pendingIsArabic, p + 1 < n, Segmenter.isSpace(scalars[p]) {
                switch NumeralGlyph(scalars[p + 1]) {
                case .unit(let power, _) where power >= 4: p += 1
                case .approximate where p + 2 < n && (NumeralGlyph(scalars[p + 2]).unitPower ?? 0) >= 4: p += 1
                default: break
                }
            }
            switch NumeralGlyph(scalars[p]) {
            case .arabic:
                guard pending == nil, last != .zero else { break scanning }
                let group = arabicGroup(from: p)
                // After a magnitude word an Arabic group continues the number only with its own
                // magnitude word (3亿13万); in 5万2025年 the year is a number of its own.
                if last != .start && arabicMultiplier(at: group.end) == nil { break scanning }
                pending = group.value
                pendingIsArabic = true
                p = group.end
                end = p
                last = .digit
                multiplierPower = 0

            case .chinese(let digit, _), .financial(let digit):
                guard pending == nil else { break scanning }
                if digit == 0 && last != .start {
                    // 零 marks a skipped place (两千零五); a trailing 零 stays outside the number.
                    guard last != .zero else { break scanning }
                    last = .zero
                    p += 1
                    continue
                }
                var value = ExactDecimal(significand: UInt64(digit))
                var q = p + 1
                let fractionEnd = chineseFraction(at: q, into: &value)
                if let fractionEnd { q = fractionEnd }
                isChinese = true
                let nextIsUnit = q < n && NumeralGlyph(scalars[q]).unitPower != nil
                if fractionEnd == nil && !nextIsUnit && lastUnitPower >= 2 && last != .zero && last != .start {
                    // Colloquial: 三万五 is 三万五千, 一千二 is 一千二百.
                    pending = value.scaled(byPowerOfTen: lastUnitPower - 1)
                    end = q
                    multiplierPower = 0
                    break scanning
                }
                pending = value
                pendingIsArabic = false
                p = q
                end = q
                last = .digit
                multiplierPower = 0

            case .unit(let power, _) where power <= 3:
                if let value = pending {
                    // Only 千 and 百 attach to Arabic digits, and not in 5千米 or 3.5百分点.
                    if pendingIsArabic && arabicMultiplier(at: p) == nil { break scanning }
                    guard power < smallestUnit else { break scanning }
                    section = section + value.scaled(byPowerOfTen: power)
                } else {
                    // 十 needs no digit at the start, after 零 (一千零十) or after 百 (一百十五).
                    let bareTen = power == 1 && (last == .start || last == .zero || last == .small(2))
                    let bareHundred = power == 2 && last == .start && leadingHundred
                    guard bareTen || bareHundred, power < smallestUnit else { break scanning }
                    section = section + ExactDecimal(significand: 1, exponent: power)
                    isChinese = true
                }
                pending = nil
                smallestUnit = power
                last = .small(power)
                lastUnitPower = power
                multiplierPower = power
                p += 1
                end = p

            case .unit(4, _):
                guard !usedWan, pending != nil || smallestUnit != .max else { break scanning }
                middle = (section + (pending ?? .zero)).scaled(byPowerOfTen: 4)
                section = .zero
                pending = nil
                smallestUnit = .max
                usedWan = true
                last = .big
                lastUnitPower = 4
                multiplierPower = 4
                approximate = approximate || approximatePending
                approximatePending = false
                p += 1
                end = p

            case .unit(_, _):  // 亿
                guard !usedYi, pending != nil || smallestUnit != .max || usedWan else { break scanning }
                // 万亿 and 1万多亿 multiply the 万 already applied.
                let afterWan = last == .big && lastUnitPower == 4
                high = (middle + section + (pending ?? .zero)).scaled(byPowerOfTen: 8)
                middle = .zero
                section = .zero
                pending = nil
                smallestUnit = .max
                usedWan = false
                usedYi = true
                last = .big
                multiplierPower = afterWan ? 12 : 8
                lastUnitPower = multiplierPower
                approximate = approximate || approximatePending
                approximatePending = false
                p += 1
                end = p

            case .point:
                // 十点五, 二十点五: the decimal part of a bare 十.
                guard last == .small(1), pending == nil else { break scanning }
                var value = ExactDecimal.zero
                guard let q = chineseFraction(at: p, into: &value) else { break scanning }
                pending = value
                pendingIsArabic = false
                p = q
                end = q
                last = .digit
                multiplierPower = 0

            case .approximate:
                // 余/多 belongs to the number only before a 万 or 亿 (10余万, 两千多万); in 5万余 and
                // 一千多 it is a trailing qualifier for the extractor.
                guard last != .start, last != .zero, !approximatePending, p + 1 < n,
                    let power = NumeralGlyph(scalars[p + 1]).unitPower, power >= 4
                else { break scanning }
                approximatePending = true
                p += 1

            case .other:
                break scanning
            }
        }
        guard end > start else { return nil }
        return Reading(
            value: high + middle + section + (pending ?? .zero), end: end, isChinese: isChinese,
            multiplierPower: multiplierPower, approximateInside: approximate)
    }

    /// Whether the scalar at `q`, after a first group of Arabic digits, ends the number in
    /// `read`: anything but a magnitude word, 余 or 多, or a space (before 万 or 亿).
    @inline(__always)
    private func endsArabicNumber(at q: Int) -> Bool {
        guard q < scalars.count else { return true }
        switch NumeralGlyph(scalars[q]) {
        case .unit, .approximate: return false
        case .other: return !Segmenter.isSpace(scalars[q])
        case .arabic, .chinese, .financial, .point: return true
        }
    }

    /// Arabic digits from `start`: integer part, thousands groups when every group after the
    /// first has exactly three digits and the first one to three, then a decimal part.
    /// (Read on the buffer: every number written in digits is read here, and each look at a
    /// scalar of the array was a bounds check; every index below is tested against `n` first.)
    func arabicGroup(from start: Int) -> (value: ExactDecimal, end: Int) {
        scalars.withUnsafeBufferPointer { s in
            let n = s.count
            var value = ExactDecimal.zero
            var q = start
            // The first eighteen digits fit in 64 bits whatever they are, and are read without
            // `appendIntegerDigit`'s test for overflow (a year, an amount: nearly every number).
            let unchecked = min(n, start + Self.digitsThatFit)
            while q < unchecked, NumeralGlyph.isDigit(s[q]) {
                value.significand = value.significand &* 10 &+ UInt64(Self.digit(s[q]))
                q += 1
            }
            while q < n, NumeralGlyph.isDigit(s[q]) {
                value.appendIntegerDigit(Self.digit(s[q]))
                q += 1
            }
            if q - start <= 3 {
                while q + 3 < n, NumeralGlyph.isGroupSeparator(s[q]), NumeralGlyph.isDigit(s[q + 1]),
                    NumeralGlyph.isDigit(s[q + 2]), NumeralGlyph.isDigit(s[q + 3]),
                    q + 4 == n || !NumeralGlyph.isDigit(s[q + 4])
                {
                    for k in 1...3 { value.appendIntegerDigit(Self.digit(s[q + k])) }
                    q += 4
                }
            }
            // 14 .52万人: text taken from a PDF may set a space before the point.
            if q + 2 < n, s[q] == " ", s[q + 1] == ".", NumeralGlyph.isDigit(s[q + 2]) { q += 1 }
            // "1." is 1: a point that no digit follows ends the sentence or a list item.
            if q + 1 < n, s[q] == ".", NumeralGlyph.isDigit(s[q + 1]) {
                q += 1
                while q < n, NumeralGlyph.isDigit(s[q]) {
                    value.appendFractionDigit(Self.digit(s[q]))
                    q += 1
                }
            }
            return (value, q)
        }
    }

    /// How many digits read into a significand of zero always fit in it: eighteen make at
    /// most 10¹⁸ − 1, below UInt64's 1.8 × 10¹⁹.
    private static let digitsThatFit = 18

    /// The value of the ASCII digit `c`.
    @inline(__always)
    private static func digit(_ c: Unicode.Scalar) -> UInt8 { UInt8(truncatingIfNeeded: c.value &- 0x30) }

    /// The power of the magnitude word at `q` if it may follow Arabic digits: 万 and 亿 always,
    /// 千 and 百 only when attached and not the start of a unit (千米, 千克, 千瓦, 百分点).
    func arabicMultiplier(at q: Int) -> Int? {
        guard q < scalars.count, case .unit(let power, false) = NumeralGlyph(scalars[q]) else { return nil }
        let next = q + 1 < scalars.count ? scalars[q + 1] : " "
        switch power {
        case 1: return nil
        case 2: return next == "分" ? nil : power
        case 3: return "米克瓦伏帕卡焦赫".unicodeScalars.contains(next) ? nil : power
        default: return power
        }
    }

    /// Appends the digits after a 点 at `q` (四点八, 六十二点九) and returns where they end; nil
    /// when no digit follows (下午三点).
    func chineseFraction(at q: Int, into value: inout ExactDecimal) -> Int? {
        let n = scalars.count
        guard q + 1 < n, NumeralGlyph(scalars[q]) == .point else { return nil }
        var r = q + 1
        while r < n, case .chinese(let digit, isLiang: false) = NumeralGlyph(scalars[r]) {
            value.appendFractionDigit(digit)
            r += 1
        }
        return r > q + 1 ? r : nil
    }

    /// A run of bare Chinese digits read digit by digit, as years and codes are written
    /// (二〇二五, 一九九八): three or more digits, or two with a 〇/零, and no magnitude word after.
    /// Shorter runs such as 七八 (seven or eight) are left to split into single digits.
    func digitByDigit(from start: Int) -> (value: ExactDecimal, end: Int)? {
        let n = scalars.count
        var value = ExactDecimal.zero
        var hasZero = false
        var q = start
        while q < n, case .chinese(let digit, isLiang: false) = NumeralGlyph(scalars[q]) {
            value.appendIntegerDigit(digit)
            hasZero = hasZero || digit == 0
            q += 1
        }
        let count = q - start
        guard count >= 3 || (count == 2 && hasZero) else { return nil }
        if q < n {
            switch NumeralGlyph(scalars[q]) {
            case .unit, .point, .chinese: return nil
            default: break
            }
        }
        return (value, q)
    }
}
