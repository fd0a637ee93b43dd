/// A unit's base as a figure holds it (元 for 万元): its place in the lexicon's table of unit
/// names, spelled by `Lexicon.unitName(_:)`. A figure is copied at every step of reading a
/// sentence; holding no String, it is copied as plain bytes rather than retained and released.
struct UnitID: Equatable, Sendable {
    fileprivate let index: Int32

    /// The units the figure finder writes itself, whatever units.tsv holds: their places are
    /// the first of every table (`UnitTable.init`).
    static let percent = UnitID(index: 0)
    static let perHundredThousand = UnitID(index: 1)
    static let person = UnitID(index: 2)
    static let personTime = UnitID(index: 3)
    static let household = UnitID(index: 4)
    /// The other units a share, a multiple or a change in points is stated in (‰, 倍, 个百分点,
    /// 个千分点) follow, and last the empty unit of a ratio or an index written as a bare number
    /// (城乡居民收入比2.05, 生态质量指数81.4), so that `isRateOrMultiple` is told by the place alone.
    static let ratio = UnitID(index: 9)
    /// 倍, a multiple (是上年的1.5倍).
    static let multiple = UnitID(index: 6)
    /// 个百分点, a change in points.
    static let points = UnitID(index: 7)
    private static let lastRateOrMultiple: Int32 = 9
    /// The place of a unit that no table has named yet (a `UnitInfo` made outside a lexicon).
    static let unnamed = UnitID(index: -1)

    /// Whether the unit is the percent sign, as `String.isPercentSign` says of its name.
    @inline(__always) var isPercentSign: Bool { self == .percent }

    /// Whether the unit states a share, a rate, a multiple, a change in points or a ratio (%, ‰,
    /// 倍, 个百分点, 个千分点, none): the first place and the five after those of the people units.
    @inline(__always) var isRateOrMultiple: Bool {
        index == 0 || index > UnitID.household.index && index <= UnitID.lastRateOrMultiple
    }
}

/// What a figure's unit counts (money, people, rate: units.tsv's family) as its place in the
/// lexicon's table of families, spelled by `Lexicon.familyName(_:)`.
struct UnitFamilyID: Equatable, Sendable {
    fileprivate let index: Int32

    static let rate = UnitFamilyID(index: 0)
    static let people = UnitFamilyID(index: 1)
    static let unnamed = UnitFamilyID(index: -1)
}

/// The distinct unit names and families of a lexicon, each once, in the order first met after
/// those the figure finder writes itself and the other rate units (`UnitID.isRateOrMultiple`).
/// Two figures' units are the same word exactly when their places are the same: names are told
/// apart byte for byte, as `isSameWord` tells them.
struct UnitTable: Sendable {
    private(set) var names: [String] = ["%", "/10万", "人", "人次", "户", "‰", "倍", "个百分点", "个千分点", ""]
    private(set) var families: [String] = ["rate", "people"]
    private var nameIndex: [[UInt8]: Int32] = [:]
    private var familyIndex: [[UInt8]: Int32] = [:]

    init() {
        for (k, name) in names.enumerated() { nameIndex[Array(name.utf8)] = Int32(k) }
        for (k, family) in families.enumerated() { familyIndex[Array(family.utf8)] = Int32(k) }
    }

    /// Gives `unit` the places of its base and family, adding either to the table if new.
    mutating func name(_ unit: inout UnitInfo) {
        unit.baseID = UnitID(index: Self.place(of: unit.base, in: &names, index: &nameIndex))
        unit.familyID = UnitFamilyID(index: Self.place(of: unit.family, in: &families, index: &familyIndex))
    }

    private static func place(of word: String, in words: inout [String], index: inout [[UInt8]: Int32]) -> Int32 {
        let key = Array(word.utf8)
        if let known = index[key] { return known }
        let place = Int32(words.count)
        words.append(word)
        index[key] = place
        return place
    }

    @inline(__always) subscript(unit: UnitID) -> String { names[Int(unit.index)] }
    @inline(__always) subscript(family: UnitFamilyID) -> String { families[Int(family.index)] }
}

extension Lexicon {
    /// The name of a figure's unit: 元, %, 个百分点.
    @inline(__always) func unitName(_ unit: UnitID) -> String { unitTable[unit] }
    /// The name of a figure's family: money, people, rate.
    @inline(__always) func familyName(_ family: UnitFamilyID) -> String { unitTable[family] }
}

extension SentenceReader {
    /// The name of `figure`'s unit.
    @inline(__always) func unit(of figure: Figure) -> String { facts.lexicon.unitName(figure.unit) }
}
