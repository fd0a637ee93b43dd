/// SplitMix64: small, fast and the same on every machine, so a seed names a corpus.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}

/// Writes values in every number form of DESIGN §3: Arabic integers and decimals, thousands
/// separators, 万/亿/千 multipliers, Chinese numerals, mixed forms, percentages and hedges.
struct NumberWriter {
    var random: SplitMix64

    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// A figure for `spec`: the written number with its unit word and any hedge.
    mutating func figure(_ spec: MetricSpec) -> String {
        let value = spec.range.lowerBound + random.unit() * (spec.range.upperBound - spec.range.lowerBound)
        let written: String
        switch spec.kind {
        case .rate:
            written = rate(value, unit: spec.unit)
        case .money:
            written = money(value)
        case .count, .small:
            written = count(value, unit: spec.unit)
        }
        return hedged(written)
    }

    /// A growth rate: 3.6%, 百分之五点五, 1.2个百分点.
    mutating func growth() -> String {
        let value = Double(random.int(1...250)) / 10
        switch random.int(0...9) {
        case 0: return "百分之" + chinese(decimal: value)
        case 1: return decimal(value, places: 1) + "个百分点"
        default: return decimal(value, places: 1) + "%"
        }
    }

    private mutating func hedged(_ written: String) -> String {
        switch random.int(0...15) {
        case 0: return "近" + written
        case 1: return "约" + written
        case 2: return "超过" + written
        case 3: return "突破" + written
        case 4: return written + "以上"
        case 5: return written + "左右"
        default: return written
        }
    }

    private mutating func rate(_ value: Double, unit: String) -> String {
        if unit == "%" {
            if random.chance(0.1) { return "百分之" + chinese(decimal: (value * 10).rounded() / 10) }
            return decimal(value, places: random.int(1...2)) + "%"
        }
        return decimal(value, places: 1) + unit
    }

    private mutating func money(_ value: Double) -> String {
        switch value {
        case 1e8...:
            let yi = value / 1e8
            switch random.int(0...5) {
            case 0 where yi < 100: return chinese(decimal: (yi * 10).rounded() / 10) + "亿元"
            case 1 where yi >= 2 && yi < 10:
                let whole = Int(yi)
                return "\(whole)亿\(Int((yi - Double(whole)) * 10) + 1)千万元"
            case 2 where yi >= 10_000: return decimal(yi / 10_000, places: 2) + "万亿元"
            default: return decimal(yi, places: random.int(0...2)) + "亿元"
            }
        case 1e4...:
            if random.chance(0.2) { return grouped(Int(value)) + "元" }
            return decimal(value / 1e4, places: random.int(1...2)) + "万元"
        default:
            return random.chance(0.2) ? chinese(integer: Int(value)) + "元" : "\(Int(value))元"
        }
    }

    private mutating func count(_ value: Double, unit: String) -> String {
        let n = max(1, Int(value))
        switch random.int(0...9) {
        case 0 where n >= 10 && n < 100_000: return chinese(integer: n) + unit
        case 1 where n >= 10_000: return grouped(n) + unit
        case 2 where n >= 100_000: return "\(n / 10_000)余万" + unit
        case 3 where n >= 20_000: return decimal(Double(n) / 1e4, places: 2) + "万" + unit
        case 4 where n >= 1_000 && n < 10_000: return "\(n / 1_000)千多" + unit
        case 5 where n >= 100: return "\(n)多" + unit
        default:
            if n >= 100_000 && random.chance(0.5) {
                return decimal(Double(n) / 1e4, places: random.int(1...2)) + "万" + unit
            }
            return "\(n)" + unit
        }
    }

    /// 1234.5 with a fixed number of decimals, without Foundation.
    func decimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        guard places > 0 else { return "\(scaled)" }
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        while fraction.count < places { fraction = "0" + fraction }
        return "\(whole).\(fraction)"
    }

    /// 1,234,567.
    func grouped(_ n: Int) -> String {
        var s = String(n)
        var i = s.count - 3
        while i > 0 {
            s.insert(",", at: s.index(s.startIndex, offsetBy: i))
            i -= 3
        }
        return s
    }

    /// 一百二十三, 两千, 三万五千, 十五.
    func chinese(integer n: Int) -> String {
        if n >= 100_000_000 {
            return chinese(integer: n / 100_000_000) + "亿"
                + (n % 100_000_000 == 0 ? "" : chineseBelow(n % 100_000_000, leadingZero: n % 100_000_000 < 10_000_000))
        }
        if n >= 10_000 {
            let rest = n % 10_000
            return chineseBelow10k(n / 10_000) + "万"
                + (rest == 0 ? "" : (rest < 1_000 ? "零" : "") + chineseBelow10k(rest))
        }
        return chineseBelow10k(n)
    }

    private func chineseBelow(_ n: Int, leadingZero: Bool) -> String {
        (leadingZero ? "零" : "") + chinese(integer: n)
    }

    private func chineseBelow10k(_ n: Int) -> String {
        if n < 10 { return Self.digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : Self.digits[n % 10]) }
        var result = ""
        var zero = false
        for (place, word) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = (n / place) % 10
            if d == 0 {
                if !result.isEmpty { zero = true }
                continue
            }
            if zero {
                result += "零"
                zero = false
            }
            result += (d == 2 && place >= 1000 && result.isEmpty ? "两" : Self.digits[d]) + word
        }
        return result
    }

    /// 四点八, 六十二点九.
    func chinese(decimal value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = chinese(integer: tenths / 10)
        return tenths % 10 == 0 ? whole : whole + "点" + Self.digits[tenths % 10]
    }
}
