import Foundation
import Testing
import ZhibiaoCore

extension TerminalTests {
    /// `.open` typed at the prompt of an 80-column terminal: a store made beforehand is opened
    /// in place of the samples, `.docs` over it fits the terminal, a file that is not a store
    /// is refused in one line and the store's articles stay, `.help` lists the command.
    @Test func openAStoreAtThePromptIn80Columns() throws {
        let articles = folder + "/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        let name = "changzhi-2025-livelihood-part2.txt"
        try FileManager.default.copyItem(atPath: Built.packageRoot + "/Samples/" + name, toPath: articles + "/" + name)
        let made = try Built.run(
            Built.binary!, ["--norc", "--db", folder + "/s.db", "--load", articles, "-e", "list years"])
        #expect(made.status == 0)
        try Data(String(repeating: "plain text, no database\n", count: 100).utf8).write(
            to: URL(fileURLWithPath: folder + "/notes.db"))

        let shell = try start(["NO_COLOR": "1"], columns: 80, rows: 30)
        // Lines the terminal wrapped (the folder's name is long) are read whole.
        try shell.enter(".open \(folder)/s.db")
        var lines = try shell.transcript()
        #expect(lines.suffix(2) == ["opened \(folder)/s.db: 1 document, 26 observations", "zhibiao>"])
        lines = try shell.enter(".docs")
        let docs = Array(lines.drop { !$0.hasPrefix("zhibiao> .docs") })
        #expect(docs.count == 5)
        #expect(docs[1].hasPrefix("doc  key       name "))
        // The name gives way to the terminal's width, cut at a display-width boundary.
        #expect(docs[3] == "  1  deptjfwc  changzhi-2025-livelihood-part2.t…        3792          51      26")
        #expect(docs.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(docs)")
        try shell.enter(".open \(folder)/notes.db")
        lines = try shell.transcript()
        #expect(
            lines.suffix(2) == [
                "error: \(folder)/notes.db: not a zhibiao store: file is not a database", "zhibiao>",
            ])
        lines = try shell.enter("list years")
        #expect(
            Array(lines.suffix(4)) == ["year  observations", "────  ────────────", "2025            26", "zhibiao>"])
        lines = try shell.enter(".help open")
        #expect(
            Array(lines.suffix(3)) == [
                ".open FILE", "    Open a store (SQLite), or make one: its articles instead of these", "zhibiao>",
            ])
    }
}
