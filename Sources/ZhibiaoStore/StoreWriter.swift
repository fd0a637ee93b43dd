import ZhibiaoCore

/// The prepared statements that write one document's rows and delete them again.
final class StoreWriter {
    private let insertDocument: SQLiteStatement
    private let insertLine: SQLiteStatement
    private let insertSentence: SQLiteStatement
    private let insertObservation: SQLiteStatement
    private let insertMention: SQLiteStatement
    private let deletions: [SQLiteStatement]

    init(_ db: SQLiteConnection) throws(SQLiteError) {
        insertDocument = try db.prepare(
            """
            INSERT INTO documents (id, key, name, path, root, content_hash, extractor_version, year, region,
                paragraphs, lines)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            """)
        insertLine = try db.prepare("INSERT INTO lines (doc, line, text) VALUES (?1, ?2, ?3)")
        insertSentence = try db.prepare(
            "INSERT INTO sentences (doc, sentence, line, paragraph, text) VALUES (?1, ?2, ?3, ?4, ?5)")
        insertObservation = try db.prepare(
            """
            INSERT INTO observations (doc, number, id, line, sector, metric, indicator, value, unit, qualifier,
                kind, year, period, region, growth_of, mentions, sources)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
            """)
        insertMention = try db.prepare(
            """
            INSERT INTO mentions (doc, observation, mention, sentence, line, figure_start, figure_end)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """)
        deletions = try ["mentions", "observations", "sentences", "lines", "documents"].map {
            (table) throws(SQLiteError) in
            try db.prepare("DELETE FROM \(table) WHERE \(table == "documents" ? "id" : "doc") = ?1")
        }
    }

    /// Writes the document at `index` of `graph` as store document `id` (a new id when nil),
    /// with its lines, sentences, observations and mentions; returns its id. Each observation's
    /// sources are its own document: `Store.refreshSources` adds the others once a load is done
    /// (working them out after every document would look at the whole graph each time).
    @discardableResult
    func write(
        id: Int?, index: Int, of graph: IndicatorGraph, root: String, contentHash: String, version: String,
        db: SQLiteConnection
    ) throws(SQLiteError) -> Int {
        let document = graph.documents[index]
        var text = document.text
        let lineCount = text.withUTF8 { bytes in bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
        let row = insertDocument
        row.bind(1, id)
        row.bind(2, document.key.text)
        row.bind(3, document.name)
        row.bind(4, document.path)
        row.bind(5, root)
        row.bind(6, contentHash)
        row.bind(7, version)
        row.bind(8, document.year)
        row.bind(9, document.region)
        row.bind(10, document.paragraphCount)
        row.bind(11, lineCount)
        try row.run()
        let id = id ?? db.lastInsertedRow
        var failure: SQLiteError?
        text.withUTF8 { bytes in
            var start = 0
            var line = 1
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
                insertLine.bind(1, id)
                insertLine.bind(2, line)
                insertLine.bind(3, UnsafeBufferPointer(rebasing: bytes[start..<end]))
                do throws(SQLiteError) {
                    try insertLine.run()
                } catch {
                    failure = error
                    return
                }
                start = end + 1
                line += 1
            }
        }
        if let failure { throw failure }
        let ownSource = Self.jsonArray([document.name])
        for (number, sentence) in document.sentences.enumerated() {
            insertSentence.bind(1, id)
            insertSentence.bind(2, number)
            insertSentence.bind(3, sentence.line)
            insertSentence.bind(4, sentence.paragraph)
            insertSentence.bind(5, String(sentence.text))
            try insertSentence.run()
        }
        for position in graph.byDocument[index] ?? [] {
            let observation = graph.observations[position]
            let first = observation.mentions.first.map { document.sentences[$0.sentence].line }
            let o = insertObservation
            o.bind(1, id)
            o.bind(2, observation.id.number)
            o.bind(3, observation.id.description)
            o.bind(4, first)
            o.bind(5, observation.sector.id)
            o.bind(6, observation.metric)
            o.bind(7, graph.indicator(of: observation)?.id)
            o.bind(8, observation.value)
            o.bind(9, observation.unit)
            o.bind(10, observation.qualifier?.rawValue)
            o.bind(11, observation.kind.rawValue)
            o.bind(12, observation.year)
            o.bind(13, observation.period)
            o.bind(14, observation.region)
            o.bind(15, observation.growthOf?.description)
            o.bind(16, observation.mentions.count)
            o.bind(17, ownSource)
            try o.run()
            for (k, mention) in observation.mentions.enumerated() {
                let m = insertMention
                m.bind(1, id)
                m.bind(2, observation.id.number)
                m.bind(3, k)
                m.bind(4, mention.sentence)
                m.bind(5, document.sentences[mention.sentence].line)
                m.bind(6, mention.figure.lowerBound)
                m.bind(7, mention.figure.upperBound)
                try m.run()
            }
        }
        return id
    }

    /// Deletes store document `id` and every row of it.
    func delete(id: Int) throws(SQLiteError) {
        for statement in deletions {
            statement.bind(1, id)
            try statement.run()
        }
    }

    /// `["a.txt","b.txt"]`: names as JSON strings, as the export writes them.
    static func jsonArray(_ names: [String]) -> String { ObservationExport.jsonArray(names) }
}
