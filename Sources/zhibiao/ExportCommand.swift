import ArgumentParser
import ZhibiaoCore

#if canImport(Glibc)
    import Glibc
#endif

/// `zhibiao export`: every observation, machine-readable.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print every observation as JSON Lines, CSV or JSON.")

    @Option(help: "jsonl, csv or json.")
    var format: String = "jsonl"

    @Argument(help: "Article files or folders (default: Samples/).")
    var paths: [String] = []

    mutating func run() throws {
        let graph = try loadGraph(paths)
        for observation in graph.observations {
            let mention = observation.mentions[0]
            let sentence = graph.sentence(of: mention)
            let fields: [(String, String)] = [
                ("id", json(observation.id.description)),
                ("doc", json(graph.documents[mention.document].name)),
                ("line", String(sentence.line)),
                ("sector", json(observation.sector.id)),
                ("metric", json(observation.metric)),
                ("value", number(observation.value)),
                ("unit", json(observation.unit)),
                ("qualifier", observation.qualifier.map { json($0.rawValue) } ?? "null"),
                ("year", observation.year.map(String.init) ?? "null"),
                ("period", observation.period.map(json) ?? "null"),
                ("region", observation.region.map(json) ?? "null"),
                ("text", json(sentence.text)),
                ("mentions", String(observation.mentions.count)),
            ]
            print("{" + fields.map { "\(json($0.0)): \($0.1)" }.joined(separator: ", ") + "}")
        }
    }

    private func json(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: if c.value < 0x20 { out += "\\u00" + String(c.value, radix: 16).leftPadded() } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }

    private func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}

extension String {
    fileprivate func leftPadded() -> String { count < 2 ? "0" + self : self }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}
