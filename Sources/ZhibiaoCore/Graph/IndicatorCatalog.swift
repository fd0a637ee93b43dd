/// What kind of quantity an indicator is, which says what may be compared with what: a count
/// over a period is not a level at a moment, and neither is a rate.
public enum Quantity: String, CaseIterable, Sendable {
    /// A count or amount over a period (城镇新增就业, cases solved, money paid).
    case count
    /// A stock at a moment (beds, places, insured people).
    case level
    /// A percentage of a whole (失业率, 参保率, a share of spending).
    case rate
    /// An amount per person (人均可支配收入, 低保标准, 人均预期寿命).
    case perCapita = "per-capita"
    /// A ratio per 1,000 or 100,000 people (每千人口托位数, 孕产妇死亡率).
    case per1000 = "per-1000"
    /// A share of a target reached (完成全年目标的108%).
    case share
    /// A growth or fall against a base (增长5.1%).
    case change
}

/// A canonical indicator of the catalog (`Data/indicators.tsv`): many metric phrases that
/// articles write (城镇新增就业, 新增城镇就业, 城镇新增就业人数) align to one.
public struct Indicator: Sendable {
    /// The catalog id (`urban-new-jobs`).
    public var id: String
    /// The usual 中文 name (城镇新增就业).
    public var name: String
    public var sector: Sector
    /// The base unit of its figures; `units` lists every unit accepted, this first.
    public var unit: String { units[0] }
    public var units: [String]
    public var quantity: Quantity
    /// The phrases that name it, as articles write them.
    public var aliases: [String]
}

/// The indicator catalog: looks up which indicator a figure's metric phrase names, and which
/// one a query names by id, 中文 name or alias.
public struct IndicatorCatalog: Sendable {
    public let indicators: [Indicator]
    /// Normalized alias → the indicators it names (an indicator and its `change` twin share
    /// their aliases; the figure's unit tells them apart).
    private let byAlias: [ByteText: [Int]]
    /// Lowercased id and 中文 name → indicator.
    private let byName: [ByteText: Int]
    /// Traditional forms → the simplified characters the aliases write (`traditional.tsv`): a
    /// phrase in traditional script (城鎮新增就業) is looked up as its simplified writing too.
    private let simplified: [Unicode.Scalar: Unicode.Scalar]
    /// The keys of `simplified`: most phrases hold none, and are told so a bit a scalar (every
    /// phrase the catalog does not name asks, at load).
    private let traditionalForms: ScalarBits

    /// Reads catalog rows: id, 中文 name, sector, unit (`家|个` for several), quantity, aliases
    /// joined by `|`. Rows with an unknown sector or quantity, or an id already read, are skipped.
    init(rows: [[String]], simplifying simplified: [Unicode.Scalar: Unicode.Scalar] = [:]) {
        self.simplified = simplified
        traditionalForms = ScalarBits(simplified.keys)
        var indicators: [Indicator] = []
        var byAlias: [ByteText: [Int]] = [:]
        var byName: [ByteText: Int] = [:]
        for row in rows where row.count >= 5 {
            guard byName[ByteText(row[0].lowercased())] == nil, let sector = Sector(name: row[2]),
                let quantity = Quantity(rawValue: row[4])
            else { continue }
            let units = Self.alternatives(row[3])
            guard !units.isEmpty else { continue }
            let aliases = [row[1]] + (row.count > 5 ? Self.alternatives(row[5]) : [])
            let index = indicators.count
            indicators.append(
                Indicator(id: row[0], name: row[1], sector: sector, units: units, quantity: quantity, aliases: aliases))
            byName[ByteText(row[0].lowercased())] = index
            if byName[ByteText(row[1])] == nil { byName[ByteText(row[1])] = index }
            for alias in aliases {
                let key = ByteText(Self.normalized(alias))
                if !(byAlias[key]?.contains(index) ?? false) { byAlias[key, default: []].append(index) }
            }
        }
        self.indicators = indicators
        self.byAlias = byAlias
        self.byName = byName
    }

    /// A cell's alternatives, split at `|` over its bytes (splitting Characters compares each
    /// one as a string: a fifth of start-up).
    private static func alternatives(_ cell: String) -> [String] {
        var cell = cell
        return cell.withUTF8 { bytes in
            var parts: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "|") {
                if i > start {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                }
                start = i + 1
            }
            return parts
        }
    }

    /// The indicator a query names: its id, its 中文 name or one of its aliases.
    public func indicator(named name: String) -> Int? {
        if let index = byName[ByteText(name.lowercased())] { return index }
        if let index = byAlias[ByteText(Self.normalized(name))]?.first { return index }
        guard let written = simplifiedWriting(of: name) else { return nil }
        return indicator(named: written)
    }

    /// `text` with its traditional forms written as simplified characters, or nil when it holds
    /// none.
    private func simplifiedWriting(of text: String) -> String? {
        guard !simplified.isEmpty, text.unicodeScalars.contains(where: traditionalForms.mayContain) else { return nil }
        var written = String.UnicodeScalarView()
        for c in text.unicodeScalars { written.append(simplified[c] ?? c) }
        return String(written)
    }

    /// The indicator a figure's metric phrase names, and the alias it matched. The phrase is
    /// looked up as written, then without words that do not change what is counted (全市, 累计,
    /// 人数), then — for a change or a share of a target — without the words that make it one
    /// (同比增长, 完成全年目标). An indicator matches only a figure of a unit it is stated in:
    /// 城镇居民人均可支配收入 in 元 is the income, in % its growth.
    public func match(metric: String, unit: String, kind: Kind) -> (index: Int, alias: String)? {
        let unit = unit == "名" || unit == "位" ? "人" : unit
        // A reading met before is not looked up again. Readings are few: comparing them in a list
        // costs less than hashing each for a set (through Unicode normalization, for Chinese).
        var tried: [String] = []
        for phrase in Self.readings(of: metric, kind: kind) where !tried.contains(phrase) {
            tried.append(phrase)
            guard let candidates = byAlias[ByteText(phrase)] else { continue }
            // A twin stated in this unit first (the growth in %), then any that accepts the kind.
            let fits = candidates.filter { accepts(indicators[$0], unit: unit, kind: kind) }
            let best =
                fits.first { indicators[$0].quantity == .change && kind == .change }
                ?? fits.first { indicators[$0].quantity != .change }
            if let best { return (twin(of: best, for: kind, unit: unit) ?? best, phrase) }
        }
        // 城鎮新增就業: a phrase in traditional script names what its simplified writing names.
        guard let written = simplifiedWriting(of: metric) else { return nil }
        return match(metric: written, unit: unit, kind: kind)
    }

    /// An indicator with its twins for a change and for a share of its target: what a query
    /// naming it is about (城镇新增就业 brings its 完成率 and its growth too).
    public func family(of index: Int) -> [Int] {
        var id = indicators[index].id
        for suffix in Self.twinSuffixes where id.hasSuffix(suffix) { id = String(id.dropLast(suffix.count)) }
        guard let base = byName[ByteText(id)] else { return [index] }
        return [base] + Self.twinSuffixes.compactMap { byName[ByteText(id + $0)] }
    }

    private static let twinSuffixes = ["-target-share", "-growth", "-change"]

    /// The catalog's twin of an indicator for a change or a share of its target
    /// (`urban-new-jobs-target-share`, `…-growth`, `…-change`), so that a share or a change is
    /// one indicator however it is worded (城镇新增就业完成率 and 新增城镇就业完成全年目标任务).
    private func twin(of index: Int, for kind: Kind, unit: String) -> Int? {
        let indicator = indicators[index]
        let suffixes: [String]
        switch kind {
        case .completion where indicator.quantity != .share: suffixes = ["-target-share"]
        case .change where indicator.quantity != .change: suffixes = ["-growth", "-change"]
        default: return nil
        }
        for suffix in suffixes {
            if let twin = byName[ByteText(indicator.id + suffix)], accepts(indicators[twin], unit: unit, kind: kind) {
                return twin
            }
        }
        return nil
    }

    /// Whether a figure in `unit` of `kind` can be a figure of `indicator`: in one of its units,
    /// or for a change or completion, a percentage (growth, share of target) or points.
    private func accepts(_ indicator: Indicator, unit: String, kind: Kind) -> Bool {
        if indicator.quantity == .change { return kind == .change && (indicator.units.contains(unit) || unit == "%") }
        if indicator.units.contains(unit) { return true }
        switch kind {
        case .change: return unit == "%" || unit == "个百分点" || unit == "个千分点"
        case .completion: return unit == "%"
        case .actual, .target, .derived: return false
        }
    }

    /// The phrases a metric is looked up by, most literal first.
    static func readings(of metric: String, kind: Kind) -> [String] {
        let phrase = CatalogPhrase(normalized(metric))
        var readings = [phrase.text]
        if let bare = withoutSuffix(phrase) { readings.append(bare.text) }
        if kind == .target {
            // 城镇新增就业人数预期目标: the target's own words after what it is a target of.
            for marker in targetMarkers {
                guard let base = phrase.droppingSuffix(marker) else { continue }
                readings.append(base.text)
                if let bare = withoutSuffix(base) { readings.append(bare.text) }
            }
        }
        if kind == .change || kind == .completion {
            for marker in kind == .change ? changeMarkers : completionMarkers {
                guard let base = phrase.before(marker) else { continue }
                readings.append(base.text)
                if let bare = withoutSuffix(base) { readings.append(bare.text) }
            }
        }
        return readings
    }

    /// Words a phrase opens with that do not change what it counts.
    private static let prefixes = [
        "全市", "全县", "全区", "全省", "全州", "全旗", "全镇", "我市", "我县", "我区", "全年", "年末", "年内", "累计", "共计",
        "当年", "今年", "全部",
    ]
    /// Endings that name the count itself (人数, 数量) rather than what is counted.
    private static let suffixes = CatalogWord.list(["总人数", "人数", "总户数", "户数", "总数", "总量", "数量", "规模", "数"])
    /// Where a change is stated after what changed: 城镇居民人均可支配收入同比增长.
    private static let changeMarkers = CatalogWord.list([
        "同比", "环比", "比上年", "较上年", "比去年", "较去年", "比上一年", "比20", "较20", "增长", "下降", "提高", "提升", "增加",
        "减少", "降低", "上升", "净增",
    ])
    /// Words that end a target's name: 城镇新增就业预期目标, 新增托位力争.
    private static let targetMarkers = CatalogWord.list([
        "预期目标", "工作目标", "目标任务", "年度目标", "全年目标", "目标", "任务", "计划", "力争",
    ])
    /// Where a share of a target is stated after what was reached: 城镇新增就业完成全年目标.
    private static let completionMarkers = CatalogWord.list([
        "完成全年", "完成年度", "完成率", "完成进度", "完成目标", "占全年", "占年度", "完成",
    ])

    /// The phrase without spaces, list marks (①, 1.) and opening words that change nothing.
    static func normalized(_ metric: String) -> String {
        // On scalars, not Characters: this runs for every wording of the catalog at start-up
        // and for every new metric phrase at load, and grapheme-walking hasPrefix cost more
        // than the rest of start-up together.
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(metric.utf8.count / 3 + 1)
        var dropped = false
        for scalar in metric.unicodeScalars {
            let value = scalar.value
            // No scalar above U+3000 is white space; below it, ASCII is decided without a table.
            if value < 0x80
                ? value == 0x20 || (0x09...0x0D).contains(value) : value <= 0x3000 && scalar.properties.isWhitespace
            {
                dropped = true
            } else {
                text.append(scalar)
            }
        }
        var start = 0
        while start < text.count, isListMark(text[start]) { start += 1 }
        var changed = true
        while changed {
            changed = false
            for prefix in prefixScalars
            where text.count - start > prefix.count + 1 && text[start..<start + prefix.count].elementsEqual(prefix) {
                start += prefix.count
                changed = true
            }
        }
        if start == 0 && !dropped { return metric }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[start...])
        return String(view)
    }

    private static let prefixScalars = prefixes.map { Array($0.unicodeScalars) }

    private static func withoutSuffix(_ phrase: CatalogPhrase) -> CatalogPhrase? {
        for suffix in suffixes {
            if let bare = phrase.droppingSuffix(suffix) { return bare }
        }
        return nil
    }
}

/// A word a catalog phrase is cut at, with its scalars.
struct CatalogWord {
    let text: String
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
    }

    static func list(_ words: [String]) -> [CatalogWord] { words.map(CatalogWord.init) }
}

/// A phrase read for the catalog. One whose every scalar is a character of its own with no
/// other spelling (printable ASCII, CJK punctuation before its combining tone marks, the unified
/// ideographs, full-width forms: the metric phrases extraction makes) keeps its scalars and is
/// compared scalar by scalar, which is what comparing its characters gives; any other is
/// compared as a `String`. `firstRange(of:)` and `hasSuffix` compare characters through the
/// string-processing library: some 15,000 and 1,300 instructions a call, more than the rest of
/// adding a document's observations to a graph.
struct CatalogPhrase {
    let text: String
    private let scalars: [Unicode.Scalar]?

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.text = text
        self.scalars = scalars.allSatisfy(Self.isPlain) ? scalars : nil
    }

    private init(plain: ArraySlice<Unicode.Scalar>) {
        text = String(scalars: plain)
        scalars = Array(plain)
    }

    /// The phrase without `word` at its end, when it ends with it and is more than one
    /// character longer (`hasSuffix`, then `dropLast`).
    func droppingSuffix(_ word: CatalogWord) -> CatalogPhrase? {
        guard let scalars else {
            guard text.hasSuffix(word.text) && text.count > word.text.count + 1 else { return nil }
            return CatalogPhrase(String(text.dropLast(word.text.count)))
        }
        let tail = word.scalars
        let start = scalars.count - tail.count
        guard start > 1, Self.matches(tail, in: scalars, at: start) else { return nil }
        return CatalogPhrase(plain: scalars[..<start])
    }

    /// The phrase before the first occurrence of `word`, unless that is at its start
    /// (`firstRange(of:)`).
    func before(_ word: CatalogWord) -> CatalogPhrase? {
        guard let scalars else {
            guard let range = text.firstRange(of: word.text), range.lowerBound > text.startIndex else { return nil }
            return CatalogPhrase(String(text[..<range.lowerBound]))
        }
        let wanted = word.scalars
        guard !wanted.isEmpty, wanted.count <= scalars.count else { return nil }
        for start in 0...(scalars.count - wanted.count) where Self.matches(wanted, in: scalars, at: start) {
            return start > 0 ? CatalogPhrase(plain: scalars[..<start]) : nil
        }
        return nil
    }

    /// Whether `word` is at `start` of `scalars` (which holds it whole there), by index.
    private static func matches(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        for k in word.indices where scalars[start + k] != word[k] { return false }
        return true
    }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }
}
