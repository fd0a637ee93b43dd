/// `trace` and `find`: from figures back to the sentences that state them, and from text to
/// the figures stated there.
extension Evaluator {
    func trace(_ id: ObservationID, at span: SourceSpan) throws(Diagnostic) -> Answer {
        guard let observation = graph.observation(id) else {
            let count = graph.byDocument[id.document - 1]?.count ?? 0
            let note =
                graph.documents.indices.contains(id.document - 1)
                ? "document \(id.document) has observations \(id.document):1 to \(id.document):\(count)"
                : "\(graph.documents.count) documents are loaded"
            throw Diagnostic("no observation \(id)", at: span, notes: [note])
        }
        var title = "\(id)  \(observation.metric) \(observation.statedValue)\(observation.scope)"
        if let base = observation.growthOf, let of = graph.observation(base) {
            title += "  (growth of \(base) \(of.metric))"
        }
        let rows: [[Cell]] = observation.mentions.enumerated().compactMap { index, mention in
            guard let document = graph.documents[safe: mention.document],
                let sentence = document.sentences[safe: mention.sentence]
            else { return nil }
            return [
                .text(id.description), .number(Double(index + 1)), .text(document.name), .number(Double(sentence.line)),
                .highlighted(sentence.text, mention.figure),
            ]
        }
        let columns = [Column("id"), Column("mention"), Column("doc"), Column("line"), Column("sentence")]
        return Answer([
            .table(ResultTable(title: title, columns: columns, rows: rows, emptyMessage: "(no mentions recorded)"))
        ])
    }

    func find(_ text: String, at span: SourceSpan) throws(Diagnostic) -> Answer {
        guard !text.isEmpty else { throw Diagnostic("find needs a non-empty string", at: span) }
        var stated: [Int: [Int: [ObservationID]]] = [:]
        for observation in graph.observations {
            for mention in observation.mentions {
                stated[mention.document, default: [:]][mention.sentence, default: []].append(observation.id)
            }
        }
        let needle = Array(text.utf8)
        var rows: [[Cell]] = []
        for (documentIndex, document) in graph.documents.enumerated() {
            for (sentenceIndex, sentence) in document.sentences.enumerated() {
                guard let range = Array(sentence.text.utf8).offsets(of: needle) else { continue }
                let ids = stated[documentIndex]?[sentenceIndex] ?? []
                rows.append([
                    .text(document.name), .number(Double(sentence.line)), .highlighted(sentence.text, range),
                    .list(ids.map { .text($0.description) }),
                ])
            }
        }
        let columns = [Column("doc"), Column("line"), Column("sentence"), Column("observations")]
        return Answer([
            .table(ResultTable(columns: columns, rows: rows, emptyMessage: "no sentence contains '\(text)'"))
        ])
    }
}

extension Array where Element == UInt8 {
    /// The first occurrence of `needle`, as offsets.
    func offsets(of needle: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if self[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
        }
        return nil
    }
}
