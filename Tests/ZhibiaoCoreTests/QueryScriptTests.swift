import Foundation
import Testing

@testable import ZhibiaoCore

/// Every `Queries/*.zq` script is documentation and an end-to-end test: it must run without
/// errors over `Samples/`, and its output (table mode) must contain each `-- expect:` text.
@Suite struct QueryScriptTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let scripts: [URL] = {
        let folder = root.appendingPathComponent("Queries")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".zq") }.sorted().map { folder.appendingPathComponent($0) }
    }()

    static let samples: IndicatorGraph = {
        let graph = IndicatorGraph()
        _ = Loader().load([root.appendingPathComponent("Samples").path], into: graph)
        return graph
    }()

    static var extractionAvailable: Bool { !samples.observations.isEmpty }

    static func expectations(_ script: String) -> [String] {
        script.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("-- expect: ") else { return nil }
            return String(trimmed.dropFirst("-- expect: ".count))
        }
    }

    @Test func theFolderTeachesTheLanguage() throws {
        #expect(Self.scripts.count >= 6)
        for url in Self.scripts {
            let text = try String(contentsOf: url, encoding: .utf8)
            let script = Parser.parse(SourceText(text, origin: url.lastPathComponent))
            #expect(script.diagnostics == [], "\(url.lastPathComponent)")
            #expect(!script.statements.isEmpty, "\(url.lastPathComponent)")
            #expect(!Self.expectations(text).isEmpty, "\(url.lastPathComponent)")
        }
    }

    @Test(.enabled(if: extractionAvailable, "extraction finds no observations in Samples/ yet"), arguments: scripts)
    func scriptRunsAndMeetsItsExpectations(url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let session = Session(graph: Self.samples)
        let result = session.execute(text, origin: "Queries/" + url.lastPathComponent)
        #expect(result.errors == "")
        #expect(result.succeeded)
        for expected in Self.expectations(text) {
            #expect(result.output.contains(expected), "\(url.lastPathComponent): missing '\(expected)'")
        }
    }
}
