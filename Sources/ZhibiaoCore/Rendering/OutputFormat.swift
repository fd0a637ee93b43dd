/// How answers are printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people; fitted to the terminal's width when shown on one.
    case table
    /// For other programs: never cut, never coloured.
    case csv, json, jsonl
    /// A GitHub table to paste into a report; never cut, since a copied cell must be whole.
    case markdown
    /// One record per block, a `field = value` line for each field (sqlite3's line mode).
    case line

    /// Whether the format is for people (titles, notes and charts shown, text escaped), not
    /// for other programs.
    public var isForPeople: Bool {
        switch self {
        case .table, .markdown, .line: true
        case .csv, .json, .jsonl: false
        }
    }
}
