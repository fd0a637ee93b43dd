import Foundation
import Testing

@testable import ZhibiaoCore

/// Every `Queries/*.zq` script is documentation: its statements parse, and it says what it
/// shows with `-- expect:` lines. EndToEndTests runs each through the built binary (where its
/// dot-commands run too) and checks those lines against its output.
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

    /// The statements of a script, its dot-command lines blanked so that lines keep their numbers.
    static func statements(_ script: String) -> String {
        script.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.drop { $0 == " " || $0 == "\t" }.hasPrefix(".") ? "" : line
        }.joined(separator: "\n")
    }

    @Test func theFolderTeachesTheLanguage() throws {
        #expect(Self.scripts.count >= 7)
        for url in Self.scripts {
            let text = try String(contentsOf: url, encoding: .utf8)
            let script = Parser.parse(SourceText(Self.statements(text), origin: url.lastPathComponent))
            #expect(script.diagnostics == [], "\(url.lastPathComponent)")
            #expect(!script.statements.isEmpty, "\(url.lastPathComponent)")
            #expect(!Self.expectations(text).isEmpty, "\(url.lastPathComponent)")
        }
    }
}
