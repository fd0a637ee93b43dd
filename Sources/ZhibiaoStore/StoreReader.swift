import ZhibiaoCore

extension Store {
    /// A graph of the store's rows, without extracting anything: the documents in the order
    /// they were loaded, each with its text (from its lines), sentences and observations,
    /// added to the graph as extraction would add them, so that ids and positions are the same.
    ///
    /// The five tables are read in one pass each, side by side, in document order (each is
    /// kept in that order by its primary key): a document is complete once every cursor has
    /// moved past it.
    public func readGraph() throws(StoreError) -> IndicatorGraph {
        do {
            return try db.transaction(writing: false) { () throws(SQLiteError) in try readRows() }
        } catch {
            throw StoreError(path: path, error)
        }
    }

    private func readRows() throws(SQLiteError) -> IndicatorGraph {
        let graph = IndicatorGraph()
        let documents = try db.prepare(
            "SELECT id, key, name, path, year, region, paragraphs FROM documents ORDER BY id")
        let lines = try Cursor(db.prepare("SELECT doc, text FROM lines ORDER BY doc, line"))
        let sentences = try Cursor(
            db.prepare("SELECT doc, line, paragraph, text FROM sentences ORDER BY doc, sentence"))
        let observations = try Cursor(
            db.prepare(
                """
                SELECT doc, number, sector, metric, value, unit, qualifier, kind, year, period, region, growth_of
                FROM observations ORDER BY doc, number
                """))
        let mentions = try Cursor(
            db.prepare(
                """
                SELECT doc, observation, sentence, figure_start, figure_end FROM mentions
                ORDER BY doc, observation, mention
                """))
        while try documents.step() {
            let id = documents.int(0)
            guard let key = DocumentKey(documents.text(1)) else {
                throw SQLiteError(code: 11, message: "document \(id) has a malformed key '\(documents.text(1))'")
            }
            let index = graph.documents.count
            // The text is its lines joined again: the lines were cut at every newline.
            var text = ""
            var first = true
            while try lines.at(id) {
                if !first { text += "\n" }
                text += lines.statement.text(1)
                first = false
                try lines.advance()
            }
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
                    growthOf: row.optionalText(11).flatMap(ObservationID.init))
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
            graph.add(document, observations: list)
        }
        graph.compact()
        return graph
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
