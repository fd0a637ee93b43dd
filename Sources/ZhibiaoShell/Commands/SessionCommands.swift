import ZhibiaoCore

/// Dot-commands about the session itself: its documents, why a figure reads as it does, its
/// history, leaving it.
enum SessionCommands {
    static let all = [docs, explain, history, quit]

    static let explain = DotCommand(
        name: "explain", usage: ".explain ID",
        summary: "Show why a figure reads as it does: each field and the rule that set it", complete: .nothing
    ) { call in
        guard call.arguments.count == 1 else { return call.usageError() }
        let context = call.context
        let graph = context.engine.graph
        guard let id = ObservationID(call.arguments[0]), graph.observation(id) != nil else {
            return call.usageError("no observation \(call.arguments[0]); show lists the ids")
        }
        guard let answer = Explain.observation(id, in: graph) else {
            return call.usageError("\(id) is no longer read from its article's text")
        }
        context.writeAnswer(
            AnswerRenderer.render(answer, format: context.engine.format, layout: context.layout, graph: graph))
        return .success
    }

    static let docs = DotCommand(
        name: "docs", usage: ".docs", summary: "List the loaded documents", complete: .nothing
    ) { call in
        guard call.arguments.isEmpty else { return call.usageError() }
        let context = call.context
        let graph = context.engine.graph
        let rows: [[Cell]] = graph.documents.enumerated().map { index, document in
            [
                .number(Double(index + 1)), .text(document.key.text), .text(document.name),
                .number(Double(document.characterCount)),
                .number(Double(document.paragraphCount)), .number(Double(graph.byDocument[index]?.count ?? 0)),
            ]
        }
        let table = ResultTable(
            columns: ["doc", "key", "name", "characters", "paragraphs", "observations"].map { Column($0) }, rows: rows)
        let answer = Answer([.table(table)])
        context.writeAnswer(
            AnswerRenderer.render(answer, format: context.engine.format, layout: context.layout, graph: graph))
        return .success
    }

    static let history = DotCommand(
        name: "history", usage: ".history [N]", summary: "Show the last N history entries (default 20)",
        complete: .nothing
    ) { call in
        guard call.arguments.count <= 1 else { return call.usageError() }
        var count = 20
        if let argument = call.arguments.first {
            guard let n = Int(argument), n > 0 else { return call.usageError("N must be a positive number") }
            count = n
        }
        let entries = call.context.history?.entries ?? []
        let first = max(0, entries.count - count)
        let width = String(entries.count).count
        var text = ""
        for (offset, entry) in entries[first...].enumerated() {
            let number = String(first + offset + 1)
            let indent = String(repeating: " ", count: width + 4)
            let lines = entry.split(separator: "\n", omittingEmptySubsequences: false)
            text +=
                String(repeating: " ", count: width - number.count + 2) + number + "  "
                + lines.map { TerminalText.escape(String($0)) }.joined(separator: "\n" + indent) + "\n"
        }
        call.context.output.write(text)
        return .success
    }

    static let quit = DotCommand(
        name: "quit", usage: ".quit", summary: "Leave the shell (Ctrl-D on an empty line too)",
        complete: .nothing
    ) { call in
        guard call.arguments.isEmpty else { return call.usageError() }
        return .quit
    }
}
