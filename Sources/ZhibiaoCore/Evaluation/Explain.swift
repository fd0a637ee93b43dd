/// `explain`: why a figure reads as it does. The article is extracted again with notes kept,
/// and each field of each figure is shown with the rule that decided it and the words it read,
/// then the period and place phrases its layers hold of the sentence.
public enum Explain {
    /// The figures of the sentences that begin on `line` (1-based) of an article's text.
    public static func line(
        _ line: Int, text: String, name: String, path: String, extractor: Extractor = Extractor()
    ) -> Answer {
        let read = extractor.explain(text: text, name: name, path: path, documentIndex: 0)
        let sentences = Set(read.document.sentences.indices.filter { read.document.sentences[$0].line == line })
        let figures = read.observations.flatMap { observation in
            observation.mentions.filter { sentences.contains($0.sentence) }.map { (observation, $0) }
        }.sorted { ($0.1.sentence, $0.1.figure.lowerBound) < ($1.1.sentence, $1.1.figure.lowerBound) }
        guard !figures.isEmpty else {
            let what = sentences.isEmpty ? "no sentence begins on line \(line)" : "no figure is read on line \(line)"
            return Answer([.note("\(name): \(what).")])
        }
        var parts: [Answer.Part] = []
        var rules: [ExtractionRule] = []
        for (observation, mention) in figures {
            let (table, used) = explanation(
                of: observation, at: mention, read: read, catalog: extractor.lexicon.catalog)
            parts.append(.table(table))
            rules += used.filter { !rules.contains($0) }
        }
        return Answer(
            parts + layers(of: sentences.sorted(), read: read)
                + legend(
                    rules, merged: figures.contains { $0.0.mentions.count > 1 },
                    aligned: figures.contains { extractor.lexicon.catalog.match($0.0) != nil }))
    }

    /// One observation of a loaded document: its article is extracted again and the figure at
    /// the same place explained. Nil when the document's text no longer gives that figure.
    public static func observation(
        _ id: ObservationID, in graph: IndicatorGraph, extractor: Extractor = Extractor()
    )
        -> Answer?
    {
        guard let observation = graph.observation(id), let first = observation.mentions.first else { return nil }
        let document = graph.documents[first.document]
        let read = extractor.explain(text: document.text, name: document.name, path: document.path, documentIndex: 0)
        guard read.observations.indices.contains(id.number - 1) else { return nil }
        let again = read.observations[id.number - 1]
        guard again.value == observation.value, again.unit == observation.unit, let mention = again.mentions.first
        else { return nil }
        let catalog = extractor.lexicon.catalog
        let (table, used) = explanation(of: again, at: mention, read: read, catalog: catalog, shownAs: id)
        return Answer(
            [.table(table)] + layers(of: [mention.sentence], read: read)
                + legend(used, merged: again.mentions.count > 1, aligned: catalog.match(again) != nil))
    }

    /// The fields of `observation` with their rules, for its mention `mention`.
    private static func explanation(
        of observation: Observation, at mention: Mention,
        read: Extractor.Explained,
        catalog: IndicatorCatalog, shownAs id: ObservationID? = nil
    ) -> (ResultTable, [ExtractionRule]) {
        let sentence = read.document.sentences[mention.sentence]
        let head = observation.mentions[0]
        // The fields come from the first mention; the name from the mention whose name was kept
        // (the longest of those merged).
        let notes = read.notes[head] ?? []
        let named =
            observation.mentions.lazy.compactMap { read.notes[$0] }
            .first { $0.last(where: { $0.field == "metric" })?.words == observation.metric } ?? notes
        var rows: [[Cell]] = []
        var used: [ExtractionRule] = []
        func row(_ field: String, _ value: String, _ note: FieldNote?) {
            rows.append([.text(field), .text(value), note.map { .text($0.rule.id) } ?? .null, .text(note?.words ?? "")])
            if let rule = note?.rule, !used.contains(rule) { used.append(rule) }
        }
        let metricNotes = named.filter { $0.field == "metric" }
        if metricNotes.isEmpty { row("metric", observation.metric, nil) }
        for (n, note) in metricNotes.enumerated() {
            // (The last rule's words are the name it made. Figures that one mention made several
            // of (青石镇、白沙镇达到100%) share their notes, which keep the last one's name: each
            // shows its own.)
            var shown = note
            if n == metricNotes.count - 1 { shown.words = observation.metric }
            row(n == 0 ? "metric" : "", n == metricNotes.count - 1 ? observation.metric : "", shown)
        }
        func note(_ field: String) -> FieldNote? { notes.first { $0.field == field } }
        row("value", NumberFormat.exact(observation.value), note("value"))
        row("unit", observation.unit, note("unit"))
        row("qualifier", observation.qualifier?.rawValue ?? "none", observation.qualifier == nil ? nil : note("value"))
        row("kind", observation.kind.rawValue, note("kind"))
        row("year", observation.year.map(String.init) ?? "none", observation.year == nil ? nil : note("year"))
        row("period", observation.period ?? "none", observation.period == nil ? nil : note("period"))
        row("region", observation.region ?? "none", observation.region == nil ? nil : note("region"))
        row("sector", observation.sector.id, note("sector"))
        if let base = observation.growthOf {
            row("growth of", base.description, note("growth"))
        }
        // The catalog indicator the metric names, and the wording of it that matched.
        if let (index, alias) = catalog.match(observation) {
            rows.append([
                .text("indicator"), .text(catalog.indicators[index].id), .text("catalog.alias"), .text(alias),
            ])
        } else {
            rows.append([.text("indicator"), .text("none"), .null, .text("")])
        }
        if observation.mentions.count > 1 {
            let lines = observation.mentions.map { String(read.document.sentences[$0.sentence].line) }
            rows.append([
                .text("mentions"), .text(String(observation.mentions.count)), .text("merge.same-figure"),
                .text("lines " + lines.joined(separator: ", ")),
            ])
        }
        let shown = (id ?? observation.id).description
        let title = "\(read.document.name):\(sentence.line)  \(figureText(sentence, mention))  (\(shown))"
        let columns = [Column("field"), Column("value"), Column("rule"), Column("words")]
        return (ResultTable(title: title, columns: columns, rows: rows), used)
    }

    /// What the period and place layers hold of `sentences`: the phrases the figures' time and
    /// place were read from, each as written and as it reads before a figure's context applies.
    private static func layers(
        of sentences: [Int],
        read: Extractor.Explained
    ) -> [Answer.Part] {
        let rows = sentences.flatMap { read.layers[$0] ?? [] }.map {
            [Cell.text($0.layer), .text($0.words), .text($0.reads)]
        }
        guard !rows.isEmpty else { return [] }
        return [
            .table(
                ResultTable(title: "layers", columns: [Column("layer"), Column("words"), Column("reads")], rows: rows))
        ]
    }

    /// The figure's own text in its sentence (4.82万人).
    private static func figureText(_ sentence: Sentence, _ mention: Mention) -> String {
        let bytes = Array(sentence.text.utf8)
        guard mention.figure.upperBound <= bytes.count else { return String(sentence.text) }
        return String(decoding: bytes[mention.figure], as: UTF8.self)
    }

    /// What each rule shown decides, so that the ids read as sentences.
    private static func legend(_ rules: [ExtractionRule], merged: Bool, aligned: Bool) -> [Answer.Part] {
        var rows = rules.map { [Cell.text($0.id), .text($0.summary)] }
        if aligned {
            rows.append([
                .text("catalog.alias"),
                .text(
                    "the metric, without words that change nothing (全市, 累计, 人数), is a wording of a catalog indicator"),
            ])
        }
        if merged {
            rows.append([
                .text("merge.same-figure"),
                .text("the same value and unit with one name holding the other is one observation"),
            ])
        }
        return [.table(ResultTable(title: "rules", columns: [Column("rule"), Column("decides")], rows: rows))]
    }
}

extension IndicatorCatalog {
    /// The indicator of an observation's metric, unit and kind, and the wording that matched.
    func match(_ observation: Observation) -> (index: Int, alias: String)? {
        match(metric: observation.metric, unit: observation.unit, kind: observation.kind)
    }
}
