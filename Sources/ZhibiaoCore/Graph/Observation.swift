/// A short id that depends only on the article and the observation's place in it:
/// `kmqxbtea:14` is observation 14 (1-based, in the article's order) of the article whose
/// text hashes to `kmqxbtea` (see `DocumentKey`). Loading other articles, or the same ones in
/// another order, does not change it.
public struct ObservationID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var document: DocumentKey
    public var number: Int

    public init(document: DocumentKey, number: Int) {
        self.document = document
        self.number = number
    }

    /// Parses `kmqxbtea:14`, and `kmqxbtea:14d`, the figure derived from observation 14.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let key = DocumentKey(parts[0]) else { return nil }
        let derived = parts[1].hasSuffix("d")
        guard let n = Int(derived ? parts[1].dropLast() : parts[1]), n > 0 else { return nil }
        self.init(document: key, number: derived ? -n : n)
    }

    /// The id of the figure derived from this observation (its number negated).
    public var derived: ObservationID { ObservationID(document: document, number: -abs(number)) }

    /// Whether the id names a derived figure (`kmqxbtea:14d`).
    public var isDerived: Bool { number < 0 }

    /// `key:number`, or `key:numberd` for a derived figure, written into the string at once:
    /// every export row writes one, and interpolation went through each part's description.
    public var description: String {
        let magnitude = number.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let length = DocumentKey.length + 1 + digits + (number < 0 ? 1 : 0)
        return String(unsafeUninitializedCapacity: length) { buffer in
            document.writeLetters(into: buffer)
            buffer[DocumentKey.length] = 0x3A
            var left = magnitude
            for k in stride(from: DocumentKey.length + digits, to: DocumentKey.length, by: -1) {
                buffer[k] = 0x30 + UInt8(left % 10)
                left /= 10
            }
            if number < 0 { buffer[length - 1] = 0x64 }
            return length
        }
    }

    public static func < (lhs: ObservationID, rhs: ObservationID) -> Bool {
        (lhs.document, lhs.number) < (rhs.document, rhs.number)
    }
}

/// One place where an article states an observation. Kept in four 32-bit numbers (16 bytes
/// rather than 32): nearly every observation has one, kept in place (`Mentions`).
public struct Mention: Hashable, Sendable {
    private var storedDocument: Int32
    private var storedSentence: Int32
    private var figureStart: Int32
    private var figureEnd: Int32

    /// Index of the document in the graph (0-based).
    public var document: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(newValue) }
    }
    /// Index of the sentence in its document (0-based).
    public var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(newValue) }
    }
    /// UTF-8 offsets of the figure (number and unit) within the sentence text.
    public var figure: Range<Int> {
        get { Int(figureStart)..<Int(figureEnd) }
        set { (figureStart, figureEnd) = (Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
    }

    public init(document: Int, sentence: Int, figure: Range<Int>) {
        storedDocument = Int32(document)
        storedSentence = Int32(sentence)
        figureStart = Int32(figure.lowerBound)
        figureEnd = Int32(figure.upperBound)
    }
}

/// The mentions of an observation, in the order the article states them. The first is kept in
/// place and only the others in an array: nearly every observation has one mention, and an array
/// of its own was an allocation to make and to free for each of them.
public struct Mentions:
    RandomAccessCollection, MutableCollection, RangeReplaceableCollection, ExpressibleByArrayLiteral, Hashable, Sendable
{
    /// The first mention, or one of document `Int32.min` when there is none.
    private var head: Mention
    /// The mentions after the first (empty when there is none).
    private var rest: [Mention]

    /// Whether `head` holds no mention.
    private var isEmptyHead: Bool { head.document == Int(Int32.min) }

    public init() {
        head = Mention(document: Int(Int32.min), sentence: 0, figure: 0..<0)
        rest = []
    }

    /// One mention.
    public init(_ mention: Mention) {
        head = mention
        rest = []
    }

    public init(_ mentions: [Mention]) {
        self.init()
        if let first = mentions.first {
            head = first
            rest = Array(mentions.dropFirst())
        }
    }

    public init(arrayLiteral mentions: Mention...) {
        self.init(mentions)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { isEmptyHead ? 0 : 1 + rest.count }

    public subscript(position: Int) -> Mention {
        get {
            guard position == 0 else { return rest[position - 1] }
            precondition(!isEmptyHead, "Index out of range")
            return head
        }
        set {
            guard position == 0 else {
                rest[position - 1] = newValue
                return
            }
            precondition(!isEmptyHead, "Index out of range")
            head = newValue
        }
    }

    public mutating func append(_ mention: Mention) {
        if isEmptyHead { head = mention } else { rest.append(mention) }
    }

    public mutating func reserveCapacity(_ n: Int) {
        rest.reserveCapacity(Swift.max(0, n - 1))
    }

    public mutating func replaceSubrange<C: Collection<Mention>>(_ subrange: Range<Int>, with mentions: C) {
        var all = Array(self)
        all.replaceSubrange(subrange, with: mentions)
        self = Mentions(all)
    }
}

/// An indicator figure as an article states it: what was measured, how much, when, where, and
/// every sentence that states it.
public struct Observation: Sendable {
    public var id: ObservationID
    /// Index of the observation's document in the graph (0-based, in load order): where to
    /// find it, which the id does not say.
    public var document: Int
    /// The metric phrase as the article names it (城镇新增就业).
    public var metric: String
    /// The value in the base unit (万 and 亿 multiplied out).
    public var value: Double
    /// The base unit (人, 元, 个, %, 个百分点, …).
    public var unit: String
    public var qualifier: Qualifier?
    /// What the figure states: a result, a target, progress against a target or a change.
    public var kind: Kind
    public var sector: Sector
    /// The catalog indicator its metric names (an index into `Lexicon.standard.catalog`), -1
    /// for none: set when the graph takes the observation in.
    public var indicator: Int16 = -1
    /// The year and the growth's base are kept in four bytes each, beside `indicator`, rather
    /// than as an optional Int and an optional id: 32 bytes less for each of a graph's
    /// observations (a million in a large corpus).
    private var storedYear: Int32 = .min
    private var growthNumber: Int32 = 0
    public var year: Int? {
        get { storedYear == .min ? nil : Int(storedYear) }
        set { storedYear = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    /// Normalized period: `2025`, `2025-01..2025-11`, `2025Q1-Q3`, `since 2024`.
    public var period: String?
    public var region: String?
    public var mentions: Mentions
    /// For a growth rate, the observation whose growth it states: always a figure of the same
    /// article, so only its number is kept.
    public var growthOf: ObservationID? {
        get { growthNumber == 0 ? nil : ObservationID(document: id.document, number: Int(growthNumber)) }
        set {
            assert(newValue == nil || newValue!.document == id.document, "a growth's base is in its own article")
            growthNumber = newValue.map { Int32(clamping: $0.number) } ?? 0
        }
    }
}

extension Observation {
    // Made through the struct's own memberwise init: an init written out field by field in the
    // struct built the value in a stack slot and then copied it out, counting a reference to
    // each of its strings and its mentions and letting go of them again (the optimizer keeps a
    // struct of more than four fields whole there), for each observation a document gives.
    public init(
        id: ObservationID, document: Int = 0, metric: String, value: Double, unit: String,
        qualifier: Qualifier? = nil, kind: Kind = .actual, sector: Sector, year: Int? = nil, period: String? = nil,
        region: String? = nil, mentions: [Mention] = [], growthOf: ObservationID? = nil
    ) {
        assert(growthOf == nil || growthOf!.document == id.document, "a growth's base is in its own article")
        self.init(
            id: id, document: document, metric: metric, value: value, unit: unit, qualifier: qualifier, kind: kind,
            sector: sector, indicator: -1, storedYear: year.map { Int32(clamping: $0) } ?? .min,
            growthNumber: growthOf.map { Int32(clamping: $0.number) } ?? 0, period: period, region: region,
            mentions: Mentions(mentions))
    }

    /// An observation whose mentions are gathered already (the merger's).
    init(
        id: ObservationID, document: Int, metric: String, value: Double, unit: String, qualifier: Qualifier?,
        kind: Kind, sector: Sector, year: Int?, period: String?, region: String?, mentions: Mentions,
        growthOf: ObservationID?
    ) {
        self.init(
            id: id, document: document, metric: metric, value: value, unit: unit, qualifier: qualifier, kind: kind,
            sector: sector, indicator: -1, storedYear: year.map { Int32(clamping: $0) } ?? .min,
            growthNumber: growthOf.map { Int32(clamping: $0.number) } ?? 0, period: period, region: region,
            mentions: mentions)
    }
}

extension Observation {
    /// The same observation placed in the document at `index` (0-based) of a graph: it and its
    /// mentions point there. Its id, which names the article, not its place, is unchanged.
    public func moved(toDocument index: Int) -> Observation {
        var copy = self
        copy.move(toDocument: index)
        return copy
    }

    /// Places this observation and its mentions in the document at `index`, in place: its
    /// mentions are rewritten where they are, not copied into a new array.
    public mutating func move(toDocument index: Int) {
        document = index
        for k in mentions.indices { mentions[k].document = index }
    }
}
