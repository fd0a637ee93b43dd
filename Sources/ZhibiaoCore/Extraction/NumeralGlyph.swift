/// What one scalar can contribute to a written number. Computed by a `switch` on the scalar
/// value so that the scanner skips ordinary text without table look-ups or string copies.
enum NumeralGlyph: Equatable, Sendable {
    case other
    /// 0–9.
    case arabic(UInt8)
    /// 零〇一二三四五六七八九 and 两; `isLiang` because 两 never appears in digit-by-digit runs.
    case chinese(UInt8, isLiang: Bool)
    /// 壹贰叁肆伍陆柒捌玖: also ordinary words (队伍, 陆续), so they need a numeral neighbour.
    case financial(UInt8)
    /// 十百千万亿 (and 拾佰仟萬億) as a power of ten.
    case unit(Int, isFinancial: Bool)
    /// 点, the Chinese decimal point.
    case point
    /// 余 or 多 written between digits and a magnitude word (10余万, 两千多万).
    case approximate

    @inline(__always)
    init(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x80 {
            self = v >= 0x30 && v <= 0x39 ? .arabic(UInt8(v - 0x30)) : .other
            return
        }
        switch v {
        case 0x96F6, 0x3007: self = .chinese(0, isLiang: false)  // 零 〇
        case 0x4E00: self = .chinese(1, isLiang: false)  // 一
        case 0x4E8C: self = .chinese(2, isLiang: false)  // 二
        case 0x4E24: self = .chinese(2, isLiang: true)  // 两
        case 0x4E09: self = .chinese(3, isLiang: false)  // 三
        case 0x56DB: self = .chinese(4, isLiang: false)  // 四
        case 0x4E94: self = .chinese(5, isLiang: false)  // 五
        case 0x516D: self = .chinese(6, isLiang: false)  // 六
        case 0x4E03: self = .chinese(7, isLiang: false)  // 七
        case 0x516B: self = .chinese(8, isLiang: false)  // 八
        case 0x4E5D: self = .chinese(9, isLiang: false)  // 九
        case 0x58F9: self = .financial(1)  // 壹
        case 0x8D30: self = .financial(2)  // 贰
        case 0x53C1: self = .financial(3)  // 叁
        case 0x8086: self = .financial(4)  // 肆
        case 0x4F0D: self = .financial(5)  // 伍
        case 0x9646: self = .financial(6)  // 陆
        case 0x67D2: self = .financial(7)  // 柒
        case 0x634C: self = .financial(8)  // 捌
        case 0x7396: self = .financial(9)  // 玖
        case 0x5341: self = .unit(1, isFinancial: false)  // 十
        case 0x767E: self = .unit(2, isFinancial: false)  // 百
        case 0x5343: self = .unit(3, isFinancial: false)  // 千
        case 0x4E07, 0x842C: self = .unit(4, isFinancial: false)  // 万 萬
        case 0x4EBF, 0x5104: self = .unit(8, isFinancial: false)  // 亿 億
        case 0x62FE: self = .unit(1, isFinancial: true)  // 拾
        case 0x4F70: self = .unit(2, isFinancial: true)  // 佰
        case 0x4EDF: self = .unit(3, isFinancial: true)  // 仟
        case 0x70B9: self = .point  // 点
        case 0x4F59, 0x591A: self = .approximate  // 余 多
        default: self = .other
        }
    }

    /// The scalars that can start a number (digits, Chinese and financial numerals, magnitude
    /// words) as bits: the scanner passes over every other scalar without the `switch`.
    static let starters: ScalarBits = {
        var bits = ScalarBits()
        for c in "0123456789零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十百千万萬亿億拾佰仟".unicodeScalars { bits.insert(c) }
        return bits
    }()

    var unitPower: Int? {
        if case .unit(let power, _) = self { power } else { nil }
    }

    /// Whether this character can be part of a Chinese numeral (used to tell 伍佰 from 队伍).
    var isChineseNumeral: Bool {
        switch self {
        case .chinese, .financial, .unit, .point: true
        default: false
        }
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    /// % or the full-width ％ (the decoder folds the latter, but callers may pass raw text).
    @inline(__always) static func isPercentSign(_ s: Unicode.Scalar) -> Bool { s.value == 0x25 || s.value == 0xFF05 }
    /// , or ，between thousands groups.
    @inline(__always) static func isGroupSeparator(_ s: Unicode.Scalar) -> Bool { s.value == 0x2C || s.value == 0xFF0C }
}
