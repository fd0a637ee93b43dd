/// The machine-readable form of observations (DESIGN §6), in one place: `zhibiao export` and
/// `show` in csv/json/jsonl both use it, so the keys cannot drift apart.
public enum ObservationExport {
    /// The export's format, the `format` key of every record: 2 added `format`, `kind` (actual,
    /// target, completion, change) and `sources` (the documents stating the figure) to the keys
    /// of 1; 3 added `indicator` (the catalog id the metric names, or null).
    public static let format = 3

    /// The export keys, in order. Changing them needs a new `format`.
    public static let keys = [
        "id", "doc", "line", "sector", "metric", "indicator", "value", "unit", "qualifier", "kind", "year", "period",
        "region",
        "text", "mentions", "sources", "format",
    ]

    /// Every observation of `graph` in `format` (table and markdown give the `show` table).
    public static func render(_ graph: IndicatorGraph, format: OutputFormat) -> String {
        render(graph.observations, graph: graph, format: format, layout: TextLayout())
    }

    /// Every observation of `graph` as csv, json or jsonl, handed to `sink` a chunk at a time
    /// as it is written (`zhibiao export`): the whole export is never held in memory at once.
    /// With more than one thread, rows are written on each in turn, in blocks (the bytes are the
    /// same).
    public static func write(
        _ graph: IndicatorGraph, format: MachineFormat, chunk: Int = 1 << 16, threads: Int = 1,
        to sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let observations = graph.observations
        // The facts several articles state are found on first use and kept in the graph: found
        // here, before rows are read on several threads at once.
        if threads > 1 && !observations.isEmpty { _ = graph.facts }
        var out = ByteOutput()
        withoutActuallyEscaping(sink) { sink in
            MachineRenderer.write(
                columns: keys.map { Column($0) }, count: observations.count, format: format.outputFormat,
                into: &out, flushing: sink, chunk: chunk, threads: threads
            ) { position, fields in
                forEachField(of: observations[position], graph: graph, at: position) { fields.append($0) }
            }
        }
    }

    /// The machine-readable formats of an export.
    public enum MachineFormat: String, CaseIterable, Sendable {
        case jsonl, csv, json

        var outputFormat: OutputFormat {
            switch self {
            case .jsonl: .jsonl
            case .csv: .csv
            case .json: .json
            }
        }
    }

    static func render(
        _ observations: [Observation], graph: IndicatorGraph, format: OutputFormat, layout: TextLayout
    ) -> String {
        switch format {
        case .table: TableRenderer.render(displayTable(observations, graph: graph), layout: layout)
        case .line: TableRenderer.render(displayTable(observations, graph: graph), layout: layout, records: true)
        case .markdown: MarkdownRenderer.render(displayTable(observations, graph: graph))
        case .csv, .json, .jsonl:
            MachineRenderer.render(
                columns: keys.map { Column($0) }, rows: observations.map { record($0, graph: graph) }, format: format)
        }
    }

    /// The export record of one observation (at `position` in the graph, if known), in the
    /// order of `keys`, as cells (`show` in csv or JSON).
    static func record(_ observation: Observation, graph: IndicatorGraph, at position: Int? = nil) -> [Cell] {
        var cells: [Cell] = []
        cells.reserveCapacity(keys.count)
        forEachField(of: observation, graph: graph, at: position) { cells.append($0.cell) }
        return cells
    }

    /// A value of an export record: what a cell of it holds, made and used one at a time.
    enum Field {
        case text(String)
        case number(Double)
        case null
        case texts([String])

        var cell: Cell {
            switch self {
            case .text(let text): .text(text)
            case .number(let value): .number(value)
            case .null: .null
            case .texts(let texts): .list(texts.map(Cell.text))
            }
        }
    }

    /// The values of an observation's export record, handed to `field` in the order of `keys`:
    /// the one place the record is defined. `zhibiao export` writes each as it comes, with no
    /// row of cells made and destroyed for it; `record` gathers them as cells.
    static func forEachField(
        of observation: Observation, graph: IndicatorGraph, at position: Int?, _ field: (Field) -> Void
    ) {
        let first = observation.mentions.first
        let sentence = first.flatMap { mention in graph.sentenceIfPresent(of: mention) }
        field(.text(observation.id.description))
        field(.text(graph.documentName(observation.document) ?? ""))
        field(sentence.map { .number(Double($0.line)) } ?? .null)
        field(.text(observation.sector.id))
        field(.text(observation.metric))
        // The id alone, read in place: the whole indicator would be copied, names and all.
        field(observation.indicator >= 0 ? .text(graph.catalog.indicators[Int(observation.indicator)].id) : .null)
        field(.number(observation.value))
        field(.text(observation.unit))
        field(observation.qualifier.map { .text($0.rawValue) } ?? .null)
        field(.text(observation.kind.rawValue))
        field(observation.year.map { .number(Double($0)) } ?? .null)
        field(observation.period.map(Field.text) ?? .null)
        field(observation.region.map(Field.text) ?? .null)
        field(sentence.map { .text(String($0.text)) } ?? .null)
        field(.number(Double(observation.mentions.count)))
        field(.texts(sources(of: observation, graph: graph, at: position)))
        field(.number(Double(format)))
    }

    /// The documents that state an observation's fact: this one's own, then the others by name
    /// (so that the order does not depend on the order of loading).
    public static func sources(of observation: Observation, graph: IndicatorGraph, at known: Int? = nil) -> [String] {
        let own = graph.documentName(observation.document) ?? ""
        guard let position = known ?? graph.position(observation.id), graph.isStatedElsewhere(position) else {
            return [own]
        }
        let others = graph.sources(ofFactAt: position).filter { $0 != observation.document }
        return [own] + others.compactMap { graph.documentName($0) }.sorted()
    }

    /// What a person reads: exact value with a readable 4.82万 beside it, and what a figure
    /// states (target, completion, change) when any row is not a plain result.
    static func displayTable(_ observations: [Observation], graph: IndicatorGraph) -> ResultTable {
        let showsKind = observations.contains { $0.kind != .actual }
        var columns = [
            Column("id"), Column("metric"), Column("value"), Column("≈", terminalOnly: true), Column("unit"),
            Column("qualifier"), Column("period"), Column("region"), Column("doc"),
        ]
        if showsKind { columns.insert(Column("kind"), at: 6) }
        var rows: [[Cell]] = observations.map { observation in
            var row: [Cell] = [
                .text(observation.id.description), .text(observation.metric), .number(observation.value),
                NumberFormat.readable(observation.value).map(Cell.text) ?? .null, .text(observation.unit),
                observation.qualifier.map { .text($0.rawValue) } ?? .null,
                (observation.period ?? observation.year.map(String.init)).map(Cell.text) ?? .null,
                observation.region.map(Cell.text) ?? .null,
                .text(graph.documents[safe: observation.document]?.name ?? ""),
            ]
            if showsKind { row.insert(observation.kind == .actual ? .null : .text(observation.kind.rawValue), at: 6) }
            return row
        }
        // A fact that other articles state too says how many articles state it in all (a column
        // for reading, the first to give way to a narrow terminal; csv and JSON have `sources`).
        let sources = observations.map { observation in
            graph.position(observation.id).map { graph.isStatedElsewhere($0) ? graph.sources(ofFactAt: $0).count : 1 }
                ?? 1
        }
        if sources.contains(where: { $0 > 1 }) {
            columns.append(Column("sources", terminalOnly: true))
            rows = zip(rows, sources).map { row, count in row + [count > 1 ? .number(Double(count)) : .null] }
        }
        // A derived figure says how it was worked out.
        if observations.contains(where: { $0.id.isDerived }) {
            columns.append(Column("formula", priority: .context))
            rows = zip(rows, observations).map { row, observation in
                row + [
                    observation.id.isDerived
                        ? graph.derivedFigure(observation.id).map { .text($0.formula) } ?? .null : .null
                ]
            }
        }
        return ResultTable(columns: columns, rows: rows, emptyMessage: "(no observations)")
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

extension IndicatorGraph {
    /// The sentence of a mention, or nil when the mention points outside the graph. The
    /// document is read in place: `documents[safe:]` would copy it whole, counting references
    /// to each of its parts, for every row written.
    func sentenceIfPresent(of mention: Mention) -> Sentence? {
        guard documents.indices.contains(mention.document) else { return nil }
        let sentences = documents[mention.document].sentences
        return sentences.indices.contains(mention.sentence) ? sentences[mention.sentence] : nil
    }

    /// The name of the document at `index`, or nil when there is none; read in place.
    func documentName(_ index: Int) -> String? {
        documents.indices.contains(index) ? documents[index].name : nil
    }
}
