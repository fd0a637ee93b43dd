/// Turns an answer into text in the session's output format.
public enum AnswerRenderer {
    /// `layout` applies to the formats for people (table, markdown, line); machine formats are
    /// the same whatever it says.
    public static func render(
        _ answer: Answer, format: OutputFormat, layout: TextLayout, graph: IndicatorGraph
    )
        -> String
    {
        var pieces: [String] = []
        for part in answer.parts {
            switch (part, format) {
            case (.observations(let observations), _):
                pieces.append(ObservationExport.render(observations, graph: graph, format: format, layout: layout))
            case (.table(let table), .table):
                pieces.append(TableRenderer.render(table, layout: layout))
            case (.table(let table), .line):
                pieces.append(TableRenderer.render(table, layout: layout, records: true))
            case (.table(let table), .markdown):
                pieces.append(MarkdownRenderer.render(table))
            case (.table(let table), _):
                pieces.append(MachineRenderer.render(columns: table.columns, rows: table.rows, format: format))
            case (.chart(let chart), .table), (.chart(let chart), .line):
                pieces.append(BarChartRenderer.render(chart, layout: layout))
            case (.chart(let chart), .markdown):
                pieces.append("```\n" + BarChartRenderer.render(chart, layout: TextLayout()) + "```\n")
            case (.note(let note), .table), (.note(let note), .line):
                // A note is wrapped to the terminal rather than cut: every word of it matters.
                let text = TerminalText.escape(note)
                let lines = layout.width.map { DisplayWidth.wrapped(text, to: $0) } ?? [text]
                pieces.append(lines.joined(separator: "\n") + "\n")
            case (.note(let note), .markdown):
                pieces.append(TerminalText.escape(note) + "\n")
            case (.chart, _), (.note, _):
                continue
            }
        }
        return pieces.joined(separator: format.isForPeople ? "\n" : "")
    }

    /// The answer as wide as it is, with or without colour (files, pipes, tests).
    public static func render(_ answer: Answer, format: OutputFormat, color: Bool, graph: IndicatorGraph) -> String {
        render(answer, format: format, layout: TextLayout(color: color), graph: graph)
    }
}
