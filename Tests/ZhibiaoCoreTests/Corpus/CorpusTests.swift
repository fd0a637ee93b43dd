import Foundation
import Testing

@testable import ZhibiaoCore

/// Walks the extraction corpora of `Tests/Corpus/`: each case's text is extracted as a document
/// of its own, and what was read is written in the corpus's own `# expect:` form, so that a
/// failure shows the lines to compare (or to copy, once the change is meant).
@Suite struct CorpusTests {
    static let cases: [CorpusCase] = {
        do {
            return try CorpusCase.all()
        } catch {
            // A malformed corpus is a failing case of its own, not a crash of the test run.
            return [CorpusCase(location: "\(error)", text: "")]
        }
    }()

    @Test func theCorporaAreThere() {
        #expect(Self.cases.count >= 219)
        #expect(Self.cases.allSatisfy { !$0.text.isEmpty }, "\(Self.cases.filter { $0.text.isEmpty }.map(\.location))")
    }

    @Test(arguments: cases)
    func reads(_ c: CorpusCase) {
        // Read with explain's notes only where a case names rules: the rest is read as a load reads.
        let namesRules = c.expected.contains { $0.fields["rules"] != nil }
        let (document, observations, notes, _) =
            namesRules
            ? Extractor().explain(text: c.text, name: c.fileName, path: c.fileName, documentIndex: 0)
            : {
                let read = Extractor().extract(text: c.text, name: c.fileName, path: c.fileName, documentIndex: 0)
                return (read.0, read.1, [:], [:])
            }()
        let got = observations.enumerated().map { index, observation in
            Self.line(
                observation, in: observations, of: document, notes: notes,
                shaped: index < c.expected.count ? c.expected[index] : nil)
        }
        let want = c.expected.map(Self.line)
        #expect(got == want, "\(c.location)")
        for (key, value) in c.documentFields.sorted(by: { $0.key < $1.key }) {
            let actual = document.year.map(String.init) ?? "-"
            #expect(actual == value, "\(c.location): document \(key)")
        }
    }

    /// Each extraction rule is shown at work by a case that names it in `rules=`, and that case
    /// checks the rule decided a field of its figure.
    @Test func everyRuleHasACase() {
        let named = Set(Self.cases.flatMap { $0.expected.flatMap { $0.fields["rules"]?.split(separator: ",") ?? [] } })
        let missing = ExtractionRule.allCases.map(\.id).filter { !named.contains(Substring($0)) }
        #expect(missing.isEmpty, "rules no corpus case names: \(missing)")
        let unknown = named.filter { name in !ExtractionRule.allCases.contains { $0.id == name } }
        #expect(unknown.isEmpty, "rules=… names no rule: \(unknown.sorted())")
    }

    /// The words a rule's summary cites as its example (in brackets: `(为1800名农民工讨薪)`) are
    /// the text of a case that names the rule: what `explain` shows a user is checked here.
    @Test func everyExampleARuleCitesIsItsCase() {
        for rule in ExtractionRule.allCases {
            let cases = Self.cases.filter { c in
                c.expected.contains { $0.fields["rules"]?.split(separator: ",").contains(Substring(rule.id)) == true }
            }
            for example in Self.examples(in: rule.summary) {
                #expect(
                    cases.contains { $0.text.contains(example) }, "\(rule.id): no case naming it reads '\(example)'")
            }
        }
    }

    /// The Chinese fragments of a summary's bracketed examples, split at 、, ， and …; a fragment
    /// with Latin letters is prose, not an example.
    static func examples(in summary: String) -> [String] {
        var fragments: [String] = []
        var rest = Substring(summary)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inside = rest[rest.index(after: open)..<close]
            fragments += inside.split(whereSeparator: { "、，,…".contains($0) }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            rest = rest[rest.index(after: close)...]
        }
        return fragments.filter { fragment in
            fragment.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
                && !fragment.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        }
    }

    /// An expect line as written in the corpus (the value as a number, so 3.20 equals 3.2).
    static func line(_ e: CorpusCase.Expectation) -> String {
        let value = Double(e.value).map(format) ?? e.value
        let head = [e.metric, value, e.unit, e.qualifier ?? "-"].joined(separator: " | ")
        return e.fields.isEmpty
            ? head : head + " | " + e.fields.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
    }

    /// What was read, with the fields that the expect line at the same place checks.
    static func line(
        _ o: Observation, in all: [Observation], of document: Document, notes: [Mention: [FieldNote]],
        shaped like: CorpusCase.Expectation?
    ) -> String {
        var fields: [String: String] = [:]
        for key in like?.fields.keys ?? [:].keys {
            switch key {
            case "year": fields[key] = o.year.map(String.init) ?? "-"
            case "period": fields[key] = o.period ?? "-"
            case "region": fields[key] = o.region ?? "-"
            case "sector": fields[key] = o.sector.id
            case "kind": fields[key] = o.kind.rawValue
            case "mentions": fields[key] = String(o.mentions.count)
            case "lines":
                fields[key] = o.mentions.map { String(document.sentences[$0.sentence].line) }.joined(separator: ",")
            case "figure":
                fields[key] =
                    o.mentions.first.map { mention in
                        let utf8 = Array(document.sentences[mention.sentence].text.utf8)
                        return String(decoding: utf8[mention.figure], as: UTF8.self)
                    } ?? "-"
            case "growth":
                fields[key] =
                    o.growthOf.flatMap { base in all.firstIndex { $0.id == base } }.map { String($0 + 1) } ?? "-"
            case "rules":
                // The rules asked for when each decided a field; otherwise every rule that did.
                let noted = Set(o.mentions.flatMap { notes[$0] ?? [] }.map(\.rule.id))
                let wanted = like?.fields["rules"]?.split(separator: ",").map(String.init) ?? []
                fields[key] = (wanted.allSatisfy(noted.contains) ? wanted : noted.sorted()).joined(separator: ",")
            default: break
            }
        }
        let head = [o.metric, format(o.value), o.unit, o.qualifier?.rawValue ?? "-"].joined(separator: " | ")
        return fields.isEmpty
            ? head : head + " | " + fields.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
