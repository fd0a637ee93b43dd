/// Turns an answer into text in the session's output format.
public enum AnswerRenderer {
    public static func render(_ answer: Answer, format: OutputFormat, color: Bool, graph: IndicatorGraph) -> String {
        var pieces: [String] = []
        for part in answer.parts {
            switch (part, format) {
            case (.observations(let observations), _):
                pieces.append(ObservationExport.render(observations, graph: graph, format: format, color: color))
            case (.table(let table), .table):
                pieces.append(TableRenderer.render(table, color: color))
            case (.table(let table), .markdown):
                pieces.append(MarkdownRenderer.render(table))
            case (.table(let table), _):
                pieces.append(MachineRenderer.render(columns: table.columns, rows: table.rows, format: format))
            case (.chart(let chart), .table):
                pieces.append(BarChartRenderer.render(chart, color: color))
            case (.chart(let chart), .markdown):
                pieces.append("```\n" + BarChartRenderer.render(chart, color: false) + "```\n")
            case (.note(let note), .table), (.note(let note), .markdown):
                pieces.append(TerminalText.escape(note) + "\n")
            case (.chart, _), (.note, _):
                continue
            }
        }
        let separator = format == .table || format == .markdown ? "\n" : ""
        return pieces.joined(separator: separator)
    }
}
