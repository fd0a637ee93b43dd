import Foundation
import Testing

/// The shell with standard input from a pipe: no prompt, no colour, status tells success.
@Suite struct TerminalPipeTests {
    func run(
        _ input: String, _ environment: [String: String] = [:]
    ) throws -> (status: Int32, output: String, errors: String) {
        let binary = try #require(Built.binary, "the zhibiao binary is not built next to the tests")
        return try Built.run(
            binary, [], input: input,
            environment: ["PATH": "/usr/bin:/bin", "ZHIBIAORC": "/dev/null", "TERM": "xterm"].merging(environment) {
                $1
            },
            directory: Built.packageRoot)
    }

    @Test func docsFromAPipe() throws {
        let result = try run(".docs\n")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(
            lines.first == "doc  key       name                                characters  paragraphs  observations")
        #expect(lines.dropFirst(2).map { $0.split(separator: " ").joined(separator: ",") } == Built.docsCSV)
        #expect(result.errors == "")
        let csv = try run(".mode csv\n.docs\n")
        #expect(
            csv.output
                == (["doc,key,name,characters,paragraphs,observations"] + Built.docsCSV).map { $0 + "\n" }.joined())
    }

    @Test func aFailingCommandMakesTheStatusOne() throws {
        let result = try run(".docs\n.nosuch\n.mode csv\n")
        #expect(result.status == 1)
        #expect(result.errors == "error: unknown command .nosuch (.help lists the commands)\n")
        #expect(!result.output.contains("zhibiao>"))
    }

    @Test func colourGoesIntoAPipeOnlyWhenForced() throws {
        let result = try run(".color auto\n.docs\n")
        #expect(!result.output.contains("\u{1B}"))
        let forced = try run(".color on\n.docs\n")
        #expect(forced.output.hasPrefix("\u{1B}[1mdoc\u{1B}[0m  \u{1B}[1mkey\u{1B}[0m       \u{1B}[1mname\u{1B}[0m"))
    }
}
