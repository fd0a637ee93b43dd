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
        let blocks = Segmenter.blocks(text)
        var (year, currentYear) = DocumentContext.inferYears(blocks, units: lexicon.units)
        // An article that names no year of its own is of the year its file is named with, if any
        // (…_2024_….txt, 20240115.txt).
        if year == nil { year = DocumentContext.yearOfFileName(name) }
        let region = DocumentContext.inferRegion(blocks, lexicon: lexicon)
        var document = Document(name: name, path: path, text: text, paragraphCount: blocks.count, year: year)
        var pass = DocumentPass(
            lexicon: lexicon, documentIndex: documentIndex, year: year, currentYear: currentYear, region: region,
            textLength: text.utf8.count)
        for block in blocks {
            pass.read(block, of: text, into: &document.sentences)
        }
        return (document, pass.observations(key: document.key))
    }
}

/// One observation as first read from one sentence, before repeated figures are merged.
struct Candidate {
    var metric: [Unicode.Scalar]
    var value: Double
    var unit: String
    var qualifier: Qualifier?
    var year: Int?
    var period: String?
    var region: String?
    var sectorScores: SectorScores
    var mention: Mention
    /// Index among the document's candidates of the one this is a growth rate of.
    var growthOf: Int?
    /// A part of a 其中 breakdown (公立医院病床使用率 of 医院病床使用率): no counterpart's subject.
    var isPart = false

    /// A share, a rate, a multiple or a change in points (%, ‰, 倍, 个百分点), which no growth
    /// rate is of and no share is a part of.
    var isRate: Bool {
        // Told by the length in bytes before any comparison: comparing strings is a library call.
        let bytes = unit.utf8
        switch bytes.count {
        case 1: return bytes.first == UInt8(ascii: "%")
        case 3:
            // ‰ is E2 80 B0 and 倍 E5 80 8D; most three-byte units (人, 元, 个) differ at once.
            var byte = bytes.makeIterator()
            let (a, b, c) = (byte.next(), byte.next(), byte.next())
            return b == 0x80 && (a == 0xE2 && c == 0xB0 || a == 0xE5 && c == 0x8D)
        case 12: return unit == "个百分点" || unit == "个千分点"
        default: return false
        }
    }
}
