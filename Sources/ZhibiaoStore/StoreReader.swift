import Dispatch
import ZhibiaoCore

extension Store {
    /// A graph of the store's rows, without extracting anything: the documents in the order
    /// they were loaded, each with its text (from its lines), sentences and observations,
    /// added to the graph as extraction would add them, so that ids and positions are the same.
    ///
    /// The five tables are read in one pass each, side by side, in document order (each is
    /// kept in that order by its primary key): a document is complete once every cursor has
    /// moved past it. A large store is read in two halves at once, the later one on a second
    /// connection and another core, and added to the graph after the first.
    public func readGraph() throws(StoreError) -> IndicatorGraph {
        do {
            return try db.transaction(writing: false) { () throws(SQLiteError) in try readRows() }
        } catch {
            throw StoreError(path: path, error)
        }
    }

    /// Stores of fewer documents are read on one core.
    static let parallelDocuments = 64

    private func readRows() throws(SQLiteError) -> IndicatorGraph {
        let graph = IndicatorGraph()
        let list = try db.prepare("SELECT id FROM documents ORDER BY id")
        var ids: [Int] = []
        while try list.step() { ids.append(list.int(0)) }
        guard ids.count >= Self.parallelDocuments, Loader.processorCount > 1 else {
            try Self.readDocuments(db, ids: ids[...], firstIndex: 0) { graph.add($0, observations: $1) }
            graph.compact()
            return graph
        }
        let half = ids.count / 2
        let later = ids[half...]
        // The later half on a connection of its own, which must see the same documents (a
        // writer may have committed between the two transactions): else it is read here.
        nonisolated(unsafe) var read: Result<[(Document, [Observation])], SQLiteError> = .success([])
        let done = DispatchSemaphore(value: 0)
        let path = self.path
        DispatchQueue.global().async {
            read = Result { () throws(SQLiteError) in
                let connection = try SQLiteConnection(path: path, readOnly: true)
                connection.setBusyTimeout(milliseconds: Store.busyMilliseconds)
                return try connection.transaction(writing: false) { () throws(SQLiteError) in
                    var parts: [(Document, [Observation])] = []
                    try Self.readDocuments(connection, ids: later, firstIndex: half) { parts.append(($0, $1)) }
                    return parts
                }
            }
            done.signal()
        }
        try Self.readDocuments(db, ids: ids[..<half], firstIndex: 0) { graph.add($0, observations: $1) }
        done.wait()
        switch read {
        case .success(let parts) where parts.count == later.count:
            for (document, observations) in parts { graph.add(document, observations: observations) }
        default:
            try Self.readDocuments(db, ids: later, firstIndex: half) { graph.add($0, observations: $1) }
        }
        graph.compact()
        return graph
    }

    /// Reads the documents `ids` (ascending) with their rows, numbering them in the graph
    /// from `firstIndex`, and hands each to `add` in order.
    private static func readDocuments(
        _ db: SQLiteConnection, ids: ArraySlice<Int>, firstIndex: Int, add: (Document, [Observation]) -> Void
    ) throws(SQLiteError) {
        guard let low = ids.first, let high = ids.last else { return }
        func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
            let statement = try db.prepare(sql)
            statement.bind(1, low)
            statement.bind(2, high)
            return statement
        }
        let documents = try prepare(
            "SELECT id, key, name, path, year, region, paragraphs FROM documents WHERE id BETWEEN ?1 AND ?2 ORDER BY id"
        )
        let lines = try Cursor(prepare("SELECT doc, text FROM lines WHERE doc BETWEEN ?1 AND ?2 ORDER BY doc, line"))
        let sentences = try Cursor(
            prepare(
                "SELECT doc, line, paragraph, text FROM sentences WHERE doc BETWEEN ?1 AND ?2 ORDER BY doc, sentence"))
        let observations = try Cursor(
            prepare(
                """
                SELECT doc, number, sector, metric, value, unit, qualifier, kind, year, period, region, growth_of
                FROM observations WHERE doc BETWEEN ?1 AND ?2 ORDER BY doc, number
                """))
        let mentions = try Cursor(
            prepare(
                """
                SELECT doc, observation, sentence, figure_start, figure_end FROM mentions
                WHERE doc BETWEEN ?1 AND ?2 ORDER BY doc, observation, mention
                """))
        var index = firstIndex
        var bytes: [UInt8] = []
        while try documents.step() {
            let id = documents.int(0)
            guard let key = DocumentKey(documents.text(1)) else {
                throw SQLiteError(code: 11, message: "document \(id) has a malformed key '\(documents.text(1))'")
            }
            // The text is its lines joined again (they were cut at every newline), gathered as
            // bytes and made a string once: a string a line cost as much again.
            bytes.removeAll(keepingCapacity: true)
            var first = true
            while try lines.at(id) {
                if !first { bytes.append(0x0A) }
                lines.statement.appendBytes(1, to: &bytes)
                first = false
                try lines.advance()
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let prefix = key.text + ":"
            var sentenceList: [Sentence] = []
            while try sentences.at(id) {
                let row = sentences.statement
                sentenceList.append(Sentence(text: row.text(3), line: row.int(1), paragraph: row.int(2)))
                try sentences.advance()
            }
            var list: [Observation] = []
            while try observations.at(id) {
                let row = observations.statement
                let number = row.int(1)
                var observation = Observation(
                    id: ObservationID(document: key, number: number), document: index, metric: row.text(3),
                    value: row.double(4), unit: row.text(5),
                    qualifier: row.optionalText(6).flatMap(Qualifier.init(rawValue:)),
                    kind: Kind(rawValue: row.text(7)) ?? .actual, sector: Sector(rawValue: row.text(2)) ?? .other,
                    year: row.optionalInt(8), period: row.optionalText(9), region: row.optionalText(10),
                    growthOf: row.optionalText(11).flatMap { Self.observationID($0, in: key, prefix: prefix) })
                while try mentions.at(id), mentions.statement.int(1) <= number {
                    let mention = mentions.statement
                    if mention.int(1) == number {
                        observation.mentions.append(
                            Mention(
                                document: index, sentence: mention.int(2), figure: mention.int(3)..<mention.int(4)))
                    }
                    try mentions.advance()
                }
                list.append(observation)
                try observations.advance()
            }
            let document = Document(
                name: documents.text(2), path: documents.text(3), text: text, key: key,
                paragraphCount: documents.int(6), sentences: sentenceList, year: documents.optionalInt(4),
                region: documents.optionalText(5))
            add(document, list)
            index += 1
        }
    }
}

extension Store {
    /// `kmqxbtea:12` of document `kmqxbtea` (a growth rate is of a figure of its own article),
    /// read without the general parser's splitting and case folding.
    fileprivate static func observationID(_ text: String, in key: DocumentKey, prefix: String) -> ObservationID? {
        guard text.utf8.count > prefix.utf8.count, text.hasPrefix(prefix) else { return ObservationID(text) }
        var number = 0
        for byte in text.utf8.dropFirst(prefix.utf8.count) {
            guard byte >= 0x30 && byte <= 0x39 else { return ObservationID(text) }
            number = number * 10 + Int(byte - 0x30)
        }
        return ObservationID(document: key, number: number)
    }
}

/// A statement read row by row beside others, by the document id of its first column.
private final class Cursor {
    let statement: SQLiteStatement
    private var hasRow: Bool

    init(_ statement: SQLiteStatement) throws(SQLiteError) {
        self.statement = statement
        hasRow = try statement.step()
    }

    /// Whether the current row belongs to document `id`. Rows of a document the documents
    /// table no longer lists (none should be) are passed over.
    func at(_ id: Int) throws(SQLiteError) -> Bool {
        while hasRow {
            let doc = statement.int(0)
            if doc == id { return true }
            if doc > id { return false }
            hasRow = try statement.step()
        }
        return false
    }

    func advance() throws(SQLiteError) { hasRow = try statement.step() }
}
