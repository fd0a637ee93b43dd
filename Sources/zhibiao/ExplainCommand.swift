import ArgumentParser
import ZhibiaoCore
import ZhibiaoShell

/// `zhibiao explain FILE:LINE`: each figure on a line of an article, every field with the rule
/// that decided it and the words it read.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show why each figure on a line of an article reads as it does.",
        discussion: """
            For each figure of the sentences that begin on LINE: its metric, value, unit, qualifier, \
            year, period, region and sector, each with the rule that decided it and the words it read; \
            then the period and place phrases of those sentences, as extraction's layers hold them.
            """)

    @Option(help: "table, csv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    @Argument(help: "An article and a 1-based line number: FILE:LINE.")
    var place: String

    mutating func run() throws {
        guard let colon = place.lastIndex(of: ":"), let line = Int(place[place.index(after: colon)...]), line > 0
        else {
            throw ValidationError("expected FILE:LINE with a line number from 1, as in article.txt:12; got '\(place)'")
        }
        let path = String(place[..<colon])
        let text: String
        do {
            text = try SourceFiles.readText(path)
        } catch {
            printError("zhibiao: \(TerminalText.escape(error.description))")
            throw ExitCode(3)
        }
        let answer = Explain.line(line, text: text, name: SourceFiles.fileName(path), path: path)
        // Fitted to the terminal, like any answer for people; whole in a file or a pipe.
        let layout = TextLayout(width: Terminal.answerWidth)
        writeOutput(AnswerRenderer.render(answer, format: format, layout: layout, graph: IndicatorGraph()))
    }
}
