/// How answers are printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, jsonl, markdown
}
