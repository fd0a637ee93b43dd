/// `trace` and `find`: from figures back to the sentences that state them, and from text to
/// the figures stated there.
extension Evaluator {
    func trace(_ id: ObservationID, at span: SourceSpan) throws(Diagnostic) -> Answer {
        if id.isDerived { return try traceDerived(id, at: span) }
        guard let position = graph.position(id) else {
            let note: String
            if let index = graph.documentIndex(forKey: id.document) {
                let count = graph.byDocument[index]?.count ?? 0
                note = "\(graph.documents[index].name) has observations \(id.document):1 to \(id.document):\(count)"
            } else {
                note = "no loaded article has the key \(id.document) (.docs lists each article's key)"
            }
            throw Diagnostic("no observation \(id)", at: span, notes: [note])
        }
        let observation = graph.observations[position]
        // Every article that states the same fact is quoted, each under its own id.
        let members = graph.sameFact(as: position).map { graph.observations[$0] }
        var title = "\(id)  \(observation.metric) \(observation.statedValue)\(observation.scope)"
        if let base = observation.growthOf, let of = graph.observation(base) {
            title += "  (growth of \(base) \(of.metric))"
        }
        if members.count > 1 {
            title += "  stated by \(Set(members.map(\.document)).count) articles"
        }
        return quoting(members.flatMap { member in member.mentions.map { (member.id, $0) } }, title: title)
    }

    /// A derived figure: its formula, and the sentences of the figures it was worked out from.
    private func traceDerived(_ id: ObservationID, at span: SourceSpan) throws(Diagnostic) -> Answer {
        guard let figure = graph.derivedFigure(id) else {
            throw Diagnostic(
                "no derived figure \(id)", at: span,
                notes: ["`show all where kind=derived` lists the figures the articles imply"])
        }
        let observation = figure.observation
        let title =
            "\(id)  \(observation.metric) \(observation.statedValue)\(observation.scope)  derived: \(figure.formula)"
        let from = figure.from.compactMap { graph.observation($0) }
        return quoting(from.flatMap { source in source.mentions.map { (source.id, $0) } }, title: title)
    }

    /// Mentions quoted with their articles' lines, one row a line; the id, mention and
    /// document stand on the first.
    private func quoting(_ mentions: [(ObservationID, Mention)], title: String) -> Answer {
        let sources = SentenceSources()
        var rows: [[Cell]] = []
        for (index, (id, mention)) in mentions.enumerated() {
            guard let document = graph.documents[safe: mention.document],
                document.sentences.indices.contains(mention.sentence)
            else { continue }
            let quote = Quotation(
                sentence: mention.sentence, of: document, at: mention.document, highlighting: mention.figure,
                sources: sources)
            for (row, line) in quote.lines.enumerated() {
                let lead: [Cell] =
                    row == 0
                    ? [.text(id.description), .number(Double(index + 1)), .text(document.name)] : [.null, .null, .null]
                rows.append(lead + [.number(Double(line.number)), line.cell])
            }
        }
        let columns = [Column("id"), Column("mention"), Column("doc"), Column("line"), Column("text")]
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
        let sources = SentenceSources()
        var rows: [[Cell]] = []
        for (documentIndex, document) in graph.documents.enumerated() {
            for (sentenceIndex, sentence) in document.sentences.enumerated() {
                guard let range = Array(sentence.text.utf8).offsets(of: needle) else { continue }
                let ids = stated[documentIndex]?[sentenceIndex] ?? []
                let quote = Quotation(
                    sentence: sentenceIndex, of: document, at: documentIndex, highlighting: range, sources: sources)
                for (row, line) in quote.lines.enumerated() {
                    rows.append(
                        row == 0
                            ? [
                                .text(document.name), .number(Double(line.number)), line.cell,
                                .list(ids.map { .text($0.description) }),
                            ]
                            : [.null, .number(Double(line.number)), line.cell, .null])
                }
            }
        }
        let columns = [Column("doc"), Column("line"), Column("text"), Column("observations")]
        return Answer([
            .table(ResultTable(columns: columns, rows: rows, emptyMessage: "no sentence contains '\(text)'"))
        ])
    }
}

extension Quotation.Line {
    /// The line as a cell: highlighted where the range falls on it.
    var cell: Cell { highlight.map { .highlighted(text, $0) } ?? .text(text) }
}

extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// The first occurrence of `needle`, as offsets from the start.
    func offsets(of needle: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        for start in 0...(count - needle.count) where self[startIndex + start] == needle[0] {
            let at = startIndex + start
            if self[at..<(at + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
        }
        return nil
    }
}
