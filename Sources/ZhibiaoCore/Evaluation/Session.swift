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
    public var years: [Int] = []
    public var units: [String] = []
    public var regions: [String] = []
    public var documents: [String] = []

    public init() {}
}

/// A query session over an indicator graph: parses and runs statements, renders answers in
/// the current output format. Holds no terminal state.
public final class Session {
    public let graph: IndicatorGraph
    public var format: OutputFormat = .table
    /// Whether rendered answers may contain ANSI colour.
    public var color: Bool = false

    public init(graph: IndicatorGraph) {
        self.graph = graph
    }

    /// Runs the statements in `source`. `origin` names where they came from (`<stdin>`, a
    /// script path) for diagnostics.
    public func execute(_ source: String, origin: String) -> ExecutionResult {
        ExecutionResult(errors: "\(origin): the query language is not built yet\n", succeeded: false)
    }

    /// Whether `source` is an unfinished statement that continues on the next line.
    public func needsContinuation(_ source: String) -> Bool {
        false
    }

    /// The names present in the graph.
    public var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.metrics = graph.metrics
        v.years = graph.byYear.keys.sorted()
        v.units = graph.byUnit.keys.sorted()
        v.regions = graph.byRegion.keys.sorted()
        v.documents = graph.documents.map(\.name)
        return v
    }
}
