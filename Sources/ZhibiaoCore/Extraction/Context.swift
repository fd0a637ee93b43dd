/// What a document says about itself as a whole: the year it reports on and the place it is
/// about (我市, 全市 and 本市 mean that place).
struct DocumentContext {
    var year: Int?
    var region: String?

    /// The year: the most frequent stated year (2025年, 2025, 长治…), leaving out start dates
    /// (2024年以来) and class years (2025届); failing that the most frequent year-like number
    /// anywhere (dates such as 2024-11-15, campaign names such as 整治2023行动).
    static func inferYear(_ blocks: [Block]) -> Int? {
        var strong: [Int: Int] = [:]
        var weak: [Int: Int] = [:]
        for block in blocks {
            let s = block.text
            var i = 0
            while i < s.count {
                guard isDigit(s[i]), i == 0 || !isDigit(s[i - 1]) && !isLatin(s[i - 1]) else {
                    i += 1
                    continue
                }
                var j = i
                while j < s.count && isDigit(s[j]) { j += 1 }
                defer { i = j }
                guard j - i == 4, let year = Int(String(scalars: s[i..<j])), (1990...2099).contains(year)
                else { continue }
                if j < s.count && isLatin(s[j]) { continue }
                if j < s.count && s[j] == "年" {
                    if startsSince(s, after: j + 1) { continue }
                    strong[year, default: 0] += 1
                } else if j < s.count && (s[j] == "," || s[j] == "，") && block.kind == .heading {
                    strong[year, default: 0] += 1
                } else {
                    weak[year, default: 0] += 1
                }
            }
        }
        let pick = { (counts: [Int: Int]) -> Int? in
            counts.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }?.key
        }
        return pick(strong) ?? pick(weak)
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

    /// The place: the region of the lexicon named most often; else the most frequent
    /// "XX市/XX省" whose short name recurs in the text.
    static func inferRegion(_ blocks: [Block], lexicon: Lexicon) -> String? {
        var counts: [Int: Int] = [:]
        for block in blocks {
            for match in lexicon.regionNames.matches(in: block.text) {
                let region = lexicon.regions[match.value]
                if region.kind != "district" { counts[match.value, default: 0] += 1 }
            }
        }
        if let best = counts.max(by: { $0.value < $1.value }), best.value >= 2 {
            return lexicon.regions[best.key].name
        }
        // Unknown places: "XY市" or "XY省", counted more where the article opens; a name must be
        // seen twice (or once near the top) to be taken.
        var named: [String: Double] = [:]
        let excluded: Set<Unicode.Scalar> = Set("我全本该城各省县地州超门上同街下都副市区镇乡村与和及等的在对于低高至到为".unicodeScalars)
        for (index, block) in blocks.enumerated() {
            let s = block.text
            let weight = index * 4 < blocks.count ? 2.0 : 1.0
            for i in 2..<max(2, s.count) where s[i] == "市" || s[i] == "省" {
                let a = s[i - 2], b = s[i - 1]
                guard Segmenter.isHan(a), Segmenter.isHan(b), !excluded.contains(a), !excluded.contains(b) else { continue }
                named[String(String.UnicodeScalarView([a, b, s[i]])), default: 0] += weight
            }
        }
        return named.filter { $0.value >= 2 }.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }
}

/// Period and year phrases inside a sentence: 1-11月, 前三季度, 2024年以来, 2023年.
struct PeriodReader {
    let lexicon: Lexicon

    /// The last period phrase and the last stated year before `end` in `s`.
    func read(_ s: [Unicode.Scalar], before end: Int, year: Int?) -> (period: String?, year: Int?) {
        var period: String?
        var statedYear: Int?
        var i = 0
        while i < end {
            if isDigit(s[i]) && (i == 0 || !isDigit(s[i - 1])) {
                var j = i
                while j < s.count && isDigit(s[j]) { j += 1 }
                let number = Int(String(scalars: s[i..<j]))
                if let n = number, j - i == 4, j < s.count, s[j] == "年", (1990...2099).contains(n) {
                    if DocumentContext.startsSince(s, after: j + 1) {
                        period = "since \(n)"
                    } else if j + 1 < s.count, s[j + 1] != "届" {
                        statedYear = n
                        if let phrase = lexicon.periods.longest(in: s, at: j + 1) {
                            period = expand(phrase.value, year: n)
                        }
                    }
                    i = j + 1
                    continue
                }
                if let first = number, (1...12).contains(first), j < s.count, "-—~～至到".unicodeScalars.contains(s[j]) {
                    var k = j + 1
                    while k < s.count && isDigit(s[k]) { k += 1 }
                    if k > j + 1, k < s.count, s[k] == "月", let last = Int(String(String.UnicodeScalarView(s[(j + 1)..<k]))),
                        (first...12).contains(last)
                    {
                        let y = statedYear ?? year
                        period = y.map { "\($0)-\(pad(first))..\($0)-\(pad(last))" } ?? "\(first)-\(last)月"
                        i = k + 1
                        continue
                    }
                }
                i = j
                continue
            }
            if let phrase = lexicon.periods.longest(in: s, at: i, end: end) {
                period = expand(phrase.value, year: statedYear ?? year)
                i += phrase.length
                continue
            }
            i += 1
        }
        return (period, statedYear)
    }

    func expand(_ pattern: String, year: Int?) -> String {
        guard let year else { return pattern.replacingAll("{Y-1}", "?").replacingAll("{Y}", "?") }
        return pattern.replacingAll("{Y-1}", String(year - 1)).replacingAll("{Y}", String(year))
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
func isLatin(_ c: Unicode.Scalar) -> Bool { (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    fileprivate func range(of target: String) -> Range<Substring.Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) { return i..<index(i, offsetBy: target.count) }
            i = index(after: i)
        }
        return nil
    }
}
