/// An error in a query, as data: what is wrong, where, and what may help. The lexer, parser
/// and evaluator produce these; `DiagnosticRenderer` turns them into text once.
public struct Diagnostic: Error, Hashable, Sendable {
    public var message: String
    public var span: SourceSpan
    /// Further explanation, one line each (`'(' opened at 1:22`).
    public var notes: [String]
    /// A replacement for the text under `span` that is probably what was meant.
    public var suggestion: String?

    public init(_ message: String, at span: SourceSpan, notes: [String] = [], suggestion: String? = nil) {
        self.message = message
        self.span = span
        self.notes = notes
        self.suggestion = suggestion
    }
}
