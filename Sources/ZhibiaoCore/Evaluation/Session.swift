/// The result of running statements: what to print on standard output, what to print on
/// standard error, and whether every statement succeeded.
public struct ExecutionResult: Sendable {
    public var output: String
    public var errors: String
    public var succeeded: Bool
    /// The source text of each statement that succeeded, in order (for `.save`).
    public var succeededStatements: [String]

    public init(output: String = "", errors: String = "", succeeded: Bool = true, succeededStatements: [String] = []) {
        self.output = output
        self.errors = errors
        self.succeeded = succeeded
        self.succeededStatements = succeededStatements
    }
}

/// The names a user can type, for completion and "did you mean".
public struct Vocabulary: Sendable {
    public var sectors: [Sector] = Sector.allCases
    public var metrics: [String] = []
    /// The ids and 中文 names of the catalog indicators the loaded articles state.
    public var indicators: [String] = []
    public var years: [Int] = []
    public var units: [String] = []
    public var regions: [String] = []
    public var documents: [String] = []
    /// The documents' keys, which observation ids begin with.
    public var documentKeys: [String] = []
    /// Keywords that start a statement (`show`, `compare`, …).
    public var statementKeywords: [String] = Keyword.statements.map(\.rawValue)
    /// Every keyword, including `where`, `and`, `order`, `by`, `limit`.
    public var keywords: [String] = Keyword.allCases.map(\.rawValue)
    /// Field names usable after `where`, `and`, `order by` and `compare … by`.
    public var fields: [String] = Field.allCases.map(\.rawValue)
    /// What `list` accepts.
    public var listKinds: [String] = ListKind.allCases.map(\.rawValue)

    public init() {}
}

/// A query session over an indicator graph: parses and runs statements, renders answers in
/// the current output format. Holds no terminal state.
public final class Session {
    public let graph: IndicatorGraph
    public var format: OutputFormat = .table
    /// Whether rendered answers may contain ANSI colour.
    public var color: Bool = false
    /// The width answers for people are fitted to (a terminal's); nil leaves them whole.
    public var width: Int?
    /// When table answers are shown as records.
    public var expanded: ExpandedMode = .off
    /// Population by region name (长治市 → 3.2e6), for `check` to flag people counts larger
    /// than their region. Without an entry only counts above 1.5 billion are flagged.
    public var populations: [String: Double] = Session.standardPopulations

    /// The populations of the regions data file (`regions.tsv`), by name and alias.
    public static let standardPopulations: [String: Double] = {
        var table: [String: Double] = [:]
        for region in Lexicon.standard.regions {
            guard let population = region.population else { continue }
            for name in [region.name] + region.aliases where !name.isEmpty { table[name] = population }
        }
        return table
    }()

    /// Polled between statements: when it answers true (Ctrl-C at the prompt), the rest of the
    /// statements do not run and the result says so.
    public var isCancelled: () -> Bool = { false }

    /// The figures of the last `compare` or `series` that succeeded, for `.chart`.
    public private(set) var lastChart: Chart?

    public init(graph: IndicatorGraph) {
        self.graph = graph
    }

    /// Runs the statements in `source`. `origin` names where they came from (`<stdin>`, a
    /// script path) for diagnostics.
    public func execute(_ source: String, origin: String) -> ExecutionResult {
        execute(source, origin: origin, stopAtFirstError: false)
    }

    /// Runs the statements in `source` in order; with `stopAtFirstError`, nothing after the
    /// first failing statement runs (scripts without `--keep-going`, `.bail on`). `firstLine`
    /// is the line of `origin` that `source` starts on, for diagnostics.
    public func execute(
        _ source: String, origin: String, firstLine: Int = 1, stopAtFirstError: Bool
    ) -> ExecutionResult {
        let text = SourceText(source, origin: origin, firstLine: firstLine)
        let script = Parser.parse(text)
        var evaluator = Evaluator(graph: graph, populations: populations)
        evaluator.isCancelled = isCancelled
        enum Step {
            case run(ParsedStatement)
            case fail(Diagnostic)
        }
        let steps =
            (script.statements.map { (start: $0.span.start, step: Step.run($0)) }
            + script.diagnostics.map { (start: $0.span.start, step: Step.fail($0)) }).sorted { $0.start < $1.start }

        var result = ExecutionResult()
        var answers: [String] = []
        for (_, step) in steps {
            if isCancelled() {
                result.errors += "interrupted\n"
                result.succeeded = false
                break
            }
            switch step {
            case .run(let parsed):
                do {
                    let answer = try evaluator.evaluate(parsed.statement)
                    if isCancelled() {
                        result.errors += "interrupted\n"
                        result.succeeded = false
                        break
                    }
                    if var chart = answer.chart {
                        // On one line, as a title: a statement may go on over several.
                        chart.statement = text[parsed.span].split(whereSeparator: \.isWhitespace).joined(separator: " ")
                        lastChart = chart
                    }
                    answers.append(AnswerRenderer.render(answer, format: format, layout: layout, graph: graph))
                    result.succeededStatements.append(text[parsed.span])
                    continue
                } catch {
                    result.errors += DiagnosticRenderer.render(error, in: text, color: color)
                }
            case .fail(let diagnostic):
                result.errors += DiagnosticRenderer.render(diagnostic, in: text, color: color)
            }
            result.succeeded = false
            if stopAtFirstError { break }
        }
        result.output = answers.joined(separator: format.isForPeople ? "\n" : "")
        return result
    }

    /// How answers for people are laid out now.
    public var layout: TextLayout {
        TextLayout(color: color, width: width, expanded: expanded)
    }

    /// Whether `source` is an unfinished statement that continues on the next line: it ends
    /// after `where`, `and`, `or`, `not`, `,` or an operator, inside parentheses, or inside a
    /// quoted string.
    public func needsContinuation(_ source: String) -> Bool {
        Parser.needsContinuation(source)
    }

    /// The names present in the graph.
    public var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.metrics = graph.metrics
        let stated = graph.byIndicator.keys.sorted().map { graph.catalog.indicators[Int($0)] }
        v.indicators = stated.map(\.id) + stated.map(\.name)
        v.years = graph.byYear.keys.sorted()
        v.units = graph.byUnit.keys.sorted()
        v.regions = graph.byRegion.keys.sorted()
        v.documents = graph.documents.map(\.name)
        v.documentKeys = graph.documents.map(\.key.text)
        return v
    }
}
