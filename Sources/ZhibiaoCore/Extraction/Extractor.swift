/// Article text in, observations with provenance out (DESIGN §3).
public struct Extractor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// Segments `text` into a document and extracts its observations. `documentIndex` is the
    /// document's 0-based position in the graph; observation ids begin with the key of `text`.
    public func extract(
        text: String, name: String, path: String, documentIndex: Int
    )
        -> (Document, [Observation])
    {
        extract(text: text, name: name, path: path, documentIndex: documentIndex, log: nil)
    }

    /// A document extracted with notes kept: for each mention what decided each field, and for
    /// each sentence whose figures were read what its layers hold.
    public typealias Explained = (
        document: Document, observations: [Observation], notes: [Mention: [FieldNote]], layers: [Int: [LayerNote]]
    )

    /// Extracts as `extract` does, noting for each mention what decided each field of its
    /// figure (`zhibiao explain`). The observations are the same as `extract` gives.
    public func explain(text: String, name: String, path: String, documentIndex: Int) -> Explained {
        let log = ExplainLog()
        let (document, observations) = extract(
            text: text, name: name, path: path, documentIndex: documentIndex, log: log)
        return (document, observations, log.notes, log.layers)
    }

    private func extract(
        text: String, name: String, path: String, documentIndex: Int, log: ExplainLog?
    ) -> (Document, [Observation]) {
        var annotation = DocumentAnnotation(
            text: text, name: name, path: path, documentIndex: documentIndex, key: DocumentKey(articleText: text))
        // (A text in traditional script is read with the lexicon's twin in that script.)
        let lexicon = lexicon.reading(text)
        for step in DocumentStep.allCases {
            step.run(&annotation, lexicon: lexicon, log: log)
        }
        var document = Document(
            name: name, path: path, text: text, key: annotation.key, paragraphCount: annotation.blocks.count,
            year: annotation.year, region: annotation.region)
        document.sentences = annotation.sentences
        return (document, annotation.observations)
    }
}

/// One observation as first read from one sentence, before repeated figures are merged.
struct Candidate {
    /// The number of its metric's name among the document's names (`MetricNames`), which keep
    /// the name's scalars: a name held here was an array counted at every copy of the candidate
    /// and released with it.
    var name: Int32
    /// How many scalars the name has, which the merge compares (the longest name of a group
    /// names its observation).
    var nameLength: Int32
    var value: Double
    /// The unit's base (元 for 万元) as its place in the lexicon's table: a candidate is copied
    /// and freed as it is read, named and merged, and a String in it was retained and released
    /// each time. Two units are the same word exactly when their places are the same.
    var unit: UnitID
    var qualifier: Qualifier?
    var kind = Kind.actual
    var year: Int?
    var period: String?
    var region: String?
    var sectorScores: SectorScores
    var mention: Mention
    /// Index among the document's candidates of the one this is a growth rate of.
    var growthOf: Int?
    /// A part of a 其中 breakdown (公立医院病床使用率 of 医院病床使用率): no counterpart's subject.
    var isPart = false
    /// The level a streak held (连续8年稳定在260万吨以上), with the level reached stated right after
    /// it (达到271.3万吨): read, so that the figure after it is named by it, but no figure of its
    /// own.
    var isStreakThreshold = false

    /// A share, a rate, a multiple or a change in points (%, ‰, 倍, 个百分点), which no growth
    /// rate is of and no share is a part of.
    @inline(__always) var isRate: Bool { unit.isRateOrMultiple }
}
