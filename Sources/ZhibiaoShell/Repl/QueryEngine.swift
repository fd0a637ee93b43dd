import ZhibiaoCore

/// What the shell needs from the query engine. `Session` is the real one; tests substitute a
/// recording engine so the shell's behaviour is checked apart from the language's.
protocol QueryEngine: AnyObject {
    var graph: IndicatorGraph { get }
    var format: OutputFormat { get set }
    var color: Bool { get set }
    var width: Int? { get set }
    var expanded: ExpandedMode { get set }
    var vocabulary: Vocabulary { get }
    /// The figures of the last `compare` or `series` answer, for `.chart`.
    var lastChart: Chart? { get }
    /// Runs `source`, which starts on line `firstLine` of `origin`; with `stopAtFirstError`
    /// nothing after a failing statement runs.
    func execute(_ source: String, origin: String, firstLine: Int, stopAtFirstError: Bool) -> ExecutionResult
    func needsContinuation(_ source: String) -> Bool
}

extension Session: QueryEngine {}
