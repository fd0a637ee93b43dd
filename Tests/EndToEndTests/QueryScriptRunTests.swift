import Foundation
import Testing

/// Every `Queries/*.zq` script is an end-to-end test: run by the built binary as a user runs it
/// (`zhibiao Queries/NAME.zq`, dot-commands and all), it succeeds without a complaint, and its
/// output contains each `-- expect:` text.
@Suite struct QueryScriptRunTests {
    static let scripts: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Built.packageRoot + "/Queries")) ?? []
        return names.filter { $0.hasSuffix(".zq") }.sorted()
    }()

    static func expectations(_ script: String) -> [String] {
        script.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("-- expect: ") else { return nil }
            return String(trimmed.dropFirst("-- expect: ".count))
        }
    }

    @Test func everyScriptIsRun() {
        #expect(Self.scripts.count >= 7)
        #expect(Self.scripts.contains("answers-for-other-tools.zq"))
    }

    @Test(
        .enabled(if: !Built.samples.observations.isEmpty, "extraction finds no observations in Samples/ yet"),
        arguments: scripts)
    func scriptRunsAndMeetsItsExpectations(name: String) throws {
        let binary = try #require(Built.binary, "the zhibiao binary is not built next to the tests")
        let text = try String(contentsOfFile: Built.packageRoot + "/Queries/" + name, encoding: .utf8)
        let result = try Built.run(
            binary, ["Queries/" + name], environment: ["PATH": "/usr/bin:/bin", "TERM": "dumb"],
            directory: Built.packageRoot)
        // A script that loads articles hears how many (`.load` reports on stderr, as at the
        // prompt); anything else there is a complaint.
        let complaints = result.errors.split(separator: "\n").filter { !$0.hasPrefix("loaded ") }
        #expect(complaints.isEmpty, "\(name): \(complaints)")
        #expect(result.status == 0)
        let expectations = Self.expectations(text)
        #expect(!expectations.isEmpty)
        for expected in expectations {
            #expect(result.output.contains(expected), "\(name): missing '\(expected)'")
        }
    }
}
