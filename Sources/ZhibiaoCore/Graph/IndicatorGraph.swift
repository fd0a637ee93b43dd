/// The in-memory indicator graph: documents with their sentences, the observations extracted
/// from them, and indexes so that equality filters need not scan every observation.
///
/// Edges are stored on the nodes: an observation names its metric, sector, region, period and
/// document; its mentions point at sentences; `growthOf` points at a base observation.
public final class IndicatorGraph: @unchecked Sendable {
    public private(set) var documents: [Document] = []
    public private(set) var observations: [Observation] = []

    /// Observation indexes (positions in `observations`) by key, in insertion order.
    public private(set) var bySector: [Sector: [Int]] = [:]
    public private(set) var byYear: [Int: [Int]] = [:]
    public private(set) var byUnit: [String: [Int]] = [:]
    public private(set) var byRegion: [String: [Int]] = [:]
    public private(set) var byDocument: [Int: [Int]] = [:]
    public private(set) var byMetric: [String: [Int]] = [:]
    private var positionByID: [ObservationID: Int] = [:]
    /// Interned strings: equal metric, unit, period and region strings share one storage.
    private var strings: Set<String> = []

    public init() {}

    /// Adds a document and its observations; returns the document's index. Observation ids
    /// must already name this document (`index + 1`).
    @discardableResult
    public func add(_ document: Document, observations new: [Observation]) -> Int {
        let index = documents.count
        documents.append(document)
        for var observation in new {
            observation.metric = intern(observation.metric)
            observation.unit = intern(observation.unit)
            observation.period = observation.period.map(intern)
            observation.region = observation.region.map(intern)
            let position = observations.count
            observations.append(observation)
            positionByID[observation.id] = position
            bySector[observation.sector, default: []].append(position)
            if let year = observation.year { byYear[year, default: []].append(position) }
            byUnit[observation.unit, default: []].append(position)
            if let region = observation.region { byRegion[region, default: []].append(position) }
            byDocument[index, default: []].append(position)
            byMetric[observation.metric, default: []].append(position)
        }
        return index
    }

    /// Removes everything.
    public func removeAll() {
        documents = []
        observations = []
        bySector = [:]
        byYear = [:]
        byUnit = [:]
        byRegion = [:]
        byDocument = [:]
        byMetric = [:]
        positionByID = [:]
        strings = []
    }

    public func observation(_ id: ObservationID) -> Observation? {
        positionByID[id].map { observations[$0] }
    }

    /// The sentence a mention points at.
    public func sentence(of mention: Mention) -> Sentence {
        documents[mention.document].sentences[mention.sentence]
    }

    /// Distinct metric phrases, sorted.
    public var metrics: [String] { byMetric.keys.sorted() }

    private func intern(_ string: String) -> String {
        if let existing = strings.firstIndex(of: string) { return strings[existing] }
        strings.insert(string)
        return string
    }
}
