import Foundation
import Testing

@testable import ZhibiaoCore

/// One example of an extraction corpus: an article's text (one line or several) and what the
/// extractor must read from it.
///
/// The corpus files of `Tests/Corpus/<area>/*.txt` are read as documentation first:
///
///     # A comment: what the rule decides and why.
///     全年发放创业担保贷款6.5亿元，扶持创业2310人。
///     # expect: 发放创业担保贷款 | 650000000 | 元
///     # expect: 扶持创业 | 2310 | 人 | - | year=2024 sector=employment
///
/// An `# expect:` line gives metric, value, unit and, optionally, qualifier (`-` for none), then
/// `key=value` fields checked only where given: `year`, `period`, `region`, `sector`, `kind`,
/// `mentions` (how many times the figure is written), `lines` (the lines its mentions' sentences
/// start on: `1,3,5`), `figure` (the first mention's number and unit as written: `4.1万余人`), and
/// `growth` (the number of the expect line, within the case, of the figure a growth rate is of;
/// `-` for none), and `rules` (extraction rules, by the ids `explain` prints, that decided a field
/// of the figure: `rules=metric.served-people,year.stated`; every rule has a case that names it).
/// A value runs to the next `key=`, so it may hold a space (`period=since 2021`).
/// `# expect nothing` says no figure is read. `# file: NAME` reads the text as the file NAME;
/// `# doc: year=2024` checks the year the document is of (`year=-`: none). Every figure read must
/// be listed, in order. A text line that itself starts with `#` is written `\#`.
struct CorpusCase: CustomTestStringConvertible, Sendable {
    /// Where the case is: `names/sentences.txt:12`.
    var location: String
    var text: String
    var fileName = "t.txt"
    var expected: [Expectation] = []
    var documentFields: [String: String] = [:]
    /// Whether the case said `# expect nothing` (an empty `expected` is otherwise a mistake).
    var expectsNothing = false

    var testDescription: String { "\(location) \(text.prefix(30))" }

    /// One `# expect:` line.
    struct Expectation: Sendable {
        var metric: String
        var value: String
        var unit: String
        var qualifier: String?
        var fields: [String: String]
    }
}

/// A corpus file could not be read as cases; the message names the line.
struct CorpusSyntaxError: Error, CustomStringConvertible {
    var description: String
}

extension CorpusCase {
    /// The folder of corpora beside the tests.
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus")
    }

    /// Every case of every corpus file, in the order of their paths.
    static func all() throws -> [CorpusCase] {
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }
            .sorted { $0.path < $1.path } ?? []
        return try files.flatMap { file in
            let name = file.path.dropFirst(root.path.count + 1)
            return try parse(String(contentsOf: file, encoding: .utf8), in: String(name))
        }
    }

    /// Reads the cases of one corpus file.
    static func parse(_ source: String, in name: String) throws -> [CorpusCase] {
        var cases: [CorpusCase] = []
        var current: CorpusCase?
        var closing = false
        var textLines: [String] = []

        func finish() throws {
            guard var done = current else { return }
            done.text = textLines.joined(separator: "\n").trimmingCharacters(in: .newlines)
            guard !done.expected.isEmpty || done.expectsNothing || !done.documentFields.isEmpty else {
                throw CorpusSyntaxError(description: "\(done.location): a case with no # expect line")
            }
            cases.append(done)
            current = nil
            textLines = []
            closing = false
        }

        for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let location = "\(name):\(offset + 1)"
            if line.hasPrefix("#") {
                let directive = line.dropFirst().trimmingCharacters(in: .whitespaces)
                guard let kind = Directive(directive) else { continue }  // a comment
                guard current != nil else {
                    throw CorpusSyntaxError(description: "\(location): '\(line)' before any text")
                }
                closing = true
                switch kind {
                case .expect(let rest): current?.expected.append(try expectation(rest, at: location))
                case .nothing: current?.expectsNothing = true
                case .file(let fileName): current?.fileName = fileName
                case .document(let rest):
                    current?.documentFields = try fields(rest, at: location)
                    guard current?.documentFields.keys.allSatisfy({ $0 == "year" }) == true else {
                        throw CorpusSyntaxError(description: "\(location): a document is checked only for its year")
                    }
                }
                continue
            }
            if closing { try finish() }
            if current == nil {
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                current = CorpusCase(location: location, text: "")
            }
            textLines.append(line.hasPrefix("\\#") ? String(line.dropFirst()) : String(line))
        }
        try finish()
        return cases
    }

    private enum Directive {
        case expect(Substring)
        case nothing
        case file(String)
        case document(Substring)

        init?(_ text: String) {
            if text.hasPrefix("expect:") {
                self = .expect(text.dropFirst("expect:".count))
            } else if text == "expect nothing" {
                self = .nothing
            } else if text.hasPrefix("file:") {
                self = .file(text.dropFirst("file:".count).trimmingCharacters(in: .whitespaces))
            } else if text.hasPrefix("doc:") {
                self = .document(text.dropFirst("doc:".count))
            } else {
                return nil
            }
        }
    }

    private static func expectation(_ text: Substring, at location: String) throws -> Expectation {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard (3...5).contains(parts.count), !parts[0].isEmpty, Double(parts[1]) != nil else {
            throw CorpusSyntaxError(
                description: "\(location): expected 'metric | value | unit [| qualifier] [| key=value …]'")
        }
        let qualifier = parts.count > 3 && parts[3] != "-" && !parts[3].isEmpty ? parts[3] : nil
        let extra = parts.count > 4 ? try fields(Substring(parts[4]), at: location) : [:]
        return Expectation(metric: parts[0], value: parts[1], unit: parts[2], qualifier: qualifier, fields: extra)
    }

    private static let knownFields: Set = [
        "year", "period", "region", "sector", "kind", "mentions", "lines", "figure", "growth", "rules",
    ]

    private static func fields(_ text: Substring, at location: String) throws -> [String: String] {
        var fields: [String: String] = [:]
        var last: String?
        for word in text.split(separator: " ") {
            let parts = word.split(separator: "=", maxSplits: 1)
            if parts.count == 2, knownFields.contains(String(parts[0])) {
                last = String(parts[0])
                fields[String(parts[0])] = String(parts[1])
            } else if let key = last {
                // A value may hold spaces (period=since 2021): a word that is no key=value goes on it.
                fields[key, default: ""] += " " + word
            } else {
                throw CorpusSyntaxError(
                    description: "\(location): '\(word)' is not one of key=value for \(knownFields.sorted())")
            }
        }
        return fields
    }
}
