/// A document while extraction reads it: its text and what the document steps have decided of
/// it so far. Each step fills its part; the later ones read what the earlier ones wrote.
struct DocumentAnnotation {
    let text: String
    let name: String
    let path: String
    let documentIndex: Int
    /// The key its observation ids begin with, from its text.
    let key: DocumentKey
    /// Paragraphs, headings and bullet items, lines broken by page layout joined (`segment`).
    var blocks: [Block] = []
    /// The years each block writes (`years`).
    var years = YearMentions()
    /// The year the document reports on (`documentYear`, else `fileNameYear`).
    var year: Int?
    /// The year it was written in, when that differs: what its 今年 means (`documentYear`).
    var currentYear: Int?
    /// A year the text names only inside quotation marks, a title's (`documentYear`): the year
    /// when the file name holds none either (`fileNameYear`).
    var titleYear: Int?
    /// The place it is about (`documentRegion`).
    var region: String?
    /// The places each block names (`places`).
    var places = PlaceMentions()
    /// Its sentences (`readBlocks`).
    var sentences: [Sentence] = []
    /// Its figures as read, one per mention (`readBlocks`).
    var candidates: [Candidate] = []
    /// The distinct names of its candidates' metrics (`readBlocks`).
    var metricNames: MetricNames?
    /// Its observations, repeated figures merged (`mergeRepeats`).
    var observations: [Observation] = []
}

/// The steps of extraction over a whole document, in the one order they run. The sentence
/// steps (finding figures, naming them — `NamingPass` — and their time, place and sector) run
/// inside `readBlocks`.
enum DocumentStep: CaseIterable {
    /// Cuts the text into blocks: paragraphs, headings, bullet items; lines broken mid-sentence
    /// by page layout are joined. First: everything after reads blocks.
    case segment
    /// Finds the years each block writes (2024年, 2024-01-15), once for the steps
    /// after: `documentYear` counts them, and the block reader asks which year a heading names,
    /// which opens a paragraph and whether a sentence names one.
    case years
    /// The year the document reports on, from the years its results name (a work report dated
    /// early in a year that looks back on 过去一年 reports on the year before). Before the
    /// sentences are read: a figure whose clause names no year takes it.
    case documentYear
    /// A document whose text names no year takes the one its file name holds (…_2024_….txt),
    /// else one its text names only in a title in quotation marks. After `documentYear`: the
    /// text comes first.
    case fileNameYear
    /// Finds the places each block names (the lexicon's regions), once for the steps after:
    /// `documentRegion` counts them, the place scan of each figure reads them.
    case places
    /// The place: the region named most often (我市, 全市 mean it). Before the sentences are
    /// read: a figure whose sentence names no place is of it.
    case documentRegion
    /// Reads each block's sentences into candidates, carrying what blocks before said (the
    /// section's sector, a period heading, a year opening a paragraph).
    case readBlocks
    /// Merges repeated figures (same value and unit, one name holding the other) into
    /// observations with several mentions, numbered in order. Last: it needs every candidate.
    case mergeRepeats

    /// Runs the step on `document`; `log` collects what decided each field, when explaining.
    func run(_ document: inout DocumentAnnotation, lexicon: Lexicon, log: ExplainLog?) {
        switch self {
        case .segment:
            document.blocks = Segmenter.blocks(document.text)
        case .years:
            document.years = YearMentions(document.blocks)
        case .documentYear:
            (document.year, document.currentYear, document.titleYear) = DocumentContext.inferYears(
                document.blocks, years: document.years, lexicon: lexicon)
        case .fileNameYear:
            if document.year == nil {
                document.year = DocumentContext.yearOfFileName(document.name) ?? document.titleYear
            }
        case .places:
            document.places = PlaceMentions(document.blocks, names: lexicon.regionNames)
        case .documentRegion:
            document.region = DocumentContext.inferRegion(document.blocks, places: document.places, lexicon: lexicon)
        case .readBlocks:
            var pass = DocumentPass(
                lexicon: lexicon, documentIndex: document.documentIndex, year: document.year,
                currentYear: document.currentYear, region: document.region, years: document.years,
                textLength: document.text.utf8.count, log: log)
            // (By index: each block copied out of the list counted references to its arrays.)
            for index in document.blocks.indices {
                pass.read(
                    index, of: document.blocks, places: document.places.of(block: index), years: document.years,
                    of: document.text, into: &document.sentences)
            }
            document.candidates = pass.candidates
            document.metricNames = pass.facts.names
        case .mergeRepeats:
            document.observations = ObservationMerger(
                documentIndex: document.documentIndex, key: document.key, lexicon: lexicon
            )
            .merge(&document.candidates, names: document.metricNames ?? MetricNames())
            document.candidates = []
        }
    }
}
