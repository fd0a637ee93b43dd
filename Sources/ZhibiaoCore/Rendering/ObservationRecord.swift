/// The machine-readable form of observations (DESIGN §6), in one place: `zhibiao export` and
/// `show` in csv/json/jsonl both use it, so the keys cannot drift apart.
public enum ObservationExport {
    /// The export keys, in order. Changing them needs a version field.
    public static let keys = [
        "id", "doc", "line", "sector", "metric", "value", "unit", "qualifier", "year", "period", "region", "text",
        "mentions",
    ]

    /// Every observation of `graph` in `format` (table and markdown give the `show` table).
    public static func render(_ graph: IndicatorGraph, format: OutputFormat) -> String {
        render(graph.observations, graph: graph, format: format, color: false)
    }

    /// Every observation of `graph` as csv, json or jsonl, handed to `sink` a chunk at a time
    /// as it is written (`zhibiao export`): the whole export is never held in memory at once.
    public static func write(
        _ graph: IndicatorGraph, format: MachineFormat, chunk: Int = 1 << 16,
        to sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let observations = graph.observations
        var out = ByteOutput()
        withoutActuallyEscaping(sink) { sink in
            MachineRenderer.write(
                columns: keys.map { Column($0) }, count: observations.count,
                row: { record(observations[$0], graph: graph) }, format: format.outputFormat, into: &out,
                flushing: sink, chunk: chunk)
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
        _ observations: [Observation], graph: IndicatorGraph, format: OutputFormat, color: Bool
    ) -> String {
        switch format {
        case .table: TableRenderer.render(displayTable(observations, graph: graph), color: color)
        case .markdown: MarkdownRenderer.render(displayTable(observations, graph: graph))
        case .csv, .json, .jsonl:
            MachineRenderer.render(
                columns: keys.map { Column($0) }, rows: observations.map { record($0, graph: graph) }, format: format)
        }
    }

    /// The export record of one observation, in the order of `keys`.
    static func record(_ observation: Observation, graph: IndicatorGraph) -> [Cell] {
        let first = observation.mentions.first
        let sentence = first.flatMap { mention in graph.sentenceIfPresent(of: mention) }
        return [
            .text(observation.id.description),
            .text(graph.documents[safe: observation.document]?.name ?? ""),
            sentence.map { .number(Double($0.line)) } ?? .null,
            .text(observation.sector.id),
            .text(observation.metric),
            .number(observation.value),
            .text(observation.unit),
            observation.qualifier.map { .text($0.rawValue) } ?? .null,
            observation.year.map { .number(Double($0)) } ?? .null,
            observation.period.map(Cell.text) ?? .null,
            observation.region.map(Cell.text) ?? .null,
            sentence.map { .text($0.text) } ?? .null,
            .number(Double(observation.mentions.count)),
        ]
    }

    /// What a person reads: exact value with a readable 4.82万 beside it.
    static func displayTable(_ observations: [Observation], graph: IndicatorGraph) -> ResultTable {
        let columns = [
            Column("id"), Column("metric"), Column("value"), Column("≈", terminalOnly: true), Column("unit"),
            Column("qualifier"), Column("period"), Column("region"), Column("doc"),
        ]
        let rows: [[Cell]] = observations.map { observation in
            [
                .text(observation.id.description), .text(observation.metric), .number(observation.value),
                NumberFormat.readable(observation.value).map(Cell.text) ?? .null, .text(observation.unit),
                observation.qualifier.map { .text($0.rawValue) } ?? .null,
                (observation.period ?? observation.year.map(String.init)).map(Cell.text) ?? .null,
                observation.region.map(Cell.text) ?? .null,
                .text(graph.documents[safe: observation.document]?.name ?? ""),
            ]
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
    /// The sentence of a mention, or nil when the mention points outside the graph.
    func sentenceIfPresent(of mention: Mention) -> Sentence? {
        documents[safe: mention.document]?.sentences[safe: mention.sentence]
    }
}
