import Foundation
import Testing
import ZhibiaoCore

extension TerminalTests {
    /// A load large enough for a progress line (over 8 MB), typed at the prompt at 80 and 140
    /// columns: the line is drawn over itself as files load, each state fits the terminal (long
    /// file names are cut), it ends at the last file and is cleared, and the prompt comes back
    /// with the articles loaded.
    @Test(arguments: [80, 140])
    func aLargeLoadShowsProgressThatFits(columns: Int) throws {
        let articles = folder + "/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        let samples = try Built.samples.documents.map(\.text)
        var bytes = 0
        var count = 0
        // Distinct texts (the same text twice is one article), named long enough to be cut at 80.
        while bytes <= 9 << 20 {
            let text = samples[count % samples.count] + "\n本文为第\(count)份测试稿。\n"
            let name = String(
                format:
                    "%04d-county-livelihood-review-of-the-year-with-a-long-descriptive-name-as-archives-keep-them.txt",
                count)
            try text.write(toFile: articles + "/" + name, atomically: false, encoding: .utf8)
            bytes += text.utf8.count
            count += 1
        }
        let shell = try start(["NO_COLOR": "1"], columns: columns, rows: 24)
        let log = folder + "/pane.log"
        try shell.record(to: log)
        try shell.type(".load \(articles)")
        // Enter only once the line is shown: a busy machine may echo it late, and the prompt
        // alone on the last line would pass for the load's end.
        try shell.wait { $0.last == "zhibiao> .load \(articles)" }
        try shell.press("Enter")
        let deadline = Date().addingTimeInterval(180)
        while Date() < deadline, try shell.lines().last != "zhibiao>" { usleep(200_000) }
        let screen = try shell.lines()
        #expect(screen.last == "zhibiao>")
        let drawn = try String(contentsOfFile: log, encoding: .utf8)
        let states = drawn.components(separatedBy: "\r").filter { $0.hasPrefix("loading ") }.map {
            $0.replacingOccurrences(of: "\u{1B}[K", with: "")
        }
        #expect(states.count >= 2)
        #expect(
            states.allSatisfy { DisplayWidth.of($0) < columns }, "\(states.filter { DisplayWidth.of($0) >= columns })")
        #expect(states.last?.hasPrefix("loading \(count)/\(count): ") == true)
        #expect(drawn.contains("\r\u{1B}[K"))
        #expect(!screen.contains { $0.hasPrefix("loading ") })
        #expect(
            screen.contains {
                $0.hasPrefix("loaded \(count) documents, ") && $0.hasSuffix("; \(count + 2) documents in all")
            })
    }
}
