import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `.chart` through the built binary over the cities' articles: the files a script writes,
/// read back as XML; the same in a real terminal 80 columns wide; and the images rendered by
/// headless Chromium (`Scripts/render-chart`), which CI need not install: without Chromium
/// that test is skipped.
@Suite struct ChartFileTests {
    static let script = """
        .chart before.svg
        .load --replace Tests/Fixtures/cities
        compare 城镇新增就业 by region, year
        .chart jobs.svg
        series 每千人口托位数
        list years
        .chart childcare.html

        """

    /// The drawings' marks: a `rect` per value of the comparison (7 jobs, two of them of 曲靖's
    /// counties, 4 shares of the target), a `circle` per value of the series (3 places, 2 years), with their labels.
    @Test func aScriptDrawsTheLastAnswer() throws {
        let run = try ScriptTests.Run()
        let script = try run.write(
            "charts.zq", Self.script.replacingOccurrences(of: ".chart ", with: ".chart \(run.scratch.path)/"))
        let result = try run.zhibiao(["--keep-going", script])
        #expect(result.status == 1)
        #expect(
            result.errors == """
                error: nothing to chart yet: .chart draws the last compare or series answer
                loaded 7 documents, 209 observations; 7 documents in all
                drew 11 values in 2 panels of compare 城镇新增就业 by region, year to \(run.file("jobs.svg"))
                drew 6 values in 1 panel of series 每千人口托位数 to \(run.file("childcare.html"))

                """)
        #expect(run.read("before.svg") == nil)
        let jobs = try Marks(run.read("jobs.svg") ?? "")
        #expect(jobs.marks == Array(repeating: "rect", count: 11))
        for label in ["丽水市", "曲靖市", "漯河市", "2024", "2025", "单位：人", "单位：%", "1-11月", "3.79万", "108.3"] {
            #expect(jobs.texts.contains(label), "\(label)")
        }
        #expect(jobs.texts.contains("Sources (7 articles):"))
        let page = try #require(run.read("childcare.html"))
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        let drawing = try Marks(String(page[page.range(of: "<svg")!.lowerBound..<page.range(of: "</svg>")!.upperBound]))
        #expect(drawing.marks == Array(repeating: "circle", count: 6))
        #expect(drawing.texts.filter { ["丽水市", "曲靖市", "漯河市"].contains($0) } == ["丽水市", "曲靖市", "漯河市"])
    }

    /// Typed at the prompt of an 80-column terminal: the refusal before any comparison, then
    /// the file written and said so, on lines of their own.
    @Test(.enabled(if: Built.tmux != nil, "tmux is not installed (run .ci/setup); terminal tests skipped"))
    func typedInATerminal() throws {
        let run = try ScriptTests.Run()
        let shell = try TerminalSession(
            environment: ["ZHIBIAO_HISTORY": run.file("history"), "ZHIBIAORC": "/dev/null"], columns: 80, rows: 40)
        try shell.wait { $0.last == "zhibiao>" }
        try shell.enter(".chart \(run.file("a.svg"))")
        try shell.enter(".load --replace Tests/Fixtures/cities")
        try shell.enter("compare 城镇新增就业 by region, year")
        try shell.enter(".chart \(run.file("a.svg"))")
        let transcript = try shell.transcript()
        let refusal = try #require(transcript.firstIndex(of: "zhibiao> .chart \(run.file("a.svg"))"))
        #expect(
            transcript[refusal + 1] == "error: nothing to chart yet: .chart draws the last compare or series answer")
        #expect(
            transcript.suffix(3) == [
                "zhibiao> .chart \(run.file("a.svg"))",
                "drew 11 values in 2 panels of compare 城镇新增就业 by region, year to \(run.file("a.svg"))",
                "zhibiao>",
            ])
        #expect(try Marks(run.read("a.svg") ?? "").marks.count == 11)
    }

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Rendered as a reader's browser would: a PNG the size of the drawing (the page's with its
    /// padding), not blank.
    @Test(.enabled(if: Self.chromium != nil, "Chromium is not installed (run .ci/setup --tests); not rendered"))
    func chromiumRendersTheFiles() throws {
        let run = try ScriptTests.Run()
        let script = try run.write(
            "charts.zq", Self.script.replacingOccurrences(of: ".chart ", with: ".chart \(run.scratch.path)/"))
        _ = try run.zhibiao(["--keep-going", script])
        for (file, padding) in [("jobs.svg", 0), ("childcare.html", 32)] {
            let png = run.file(file + ".png")
            let result = try Built.run(
                Built.packageRoot + "/Scripts/render-chart", [run.file(file), png],
                environment: ["PATH": "/usr/bin:/bin", "HOME": run.scratch.path])
            #expect(result.status == 0, "\(result.errors)")
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: png)))
            #expect(bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            func number(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
            let svg = try Marks(run.read(file) ?? "")
            #expect(number(16) == svg.width + padding && number(20) == svg.height + padding)
            // A blank page compresses to a few hundred bytes; bars, lines and labels do not.
            #expect(bytes.count > 10_000)
        }
    }
}

/// An SVG drawing read back with Foundation's XML parser: its marks, its texts and its size.
struct Marks {
    var marks: [String] = []
    var texts: [String] = []
    var width = 0
    var height = 0

    init(_ text: String) throws {
        let svg = text.hasPrefix("<svg") ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text : text
        let reader = Reader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw Invalid(reason: "\(parser.parserError.map { "\($0)" } ?? "")") }
        (marks, texts, width, height) = (reader.marks, reader.texts, reader.width, reader.height)
    }

    struct Invalid: Error {
        var reason: String
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var marks: [String] = []
        var texts: [String] = []
        var width = 0
        var height = 0
        private var inText = false

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == "svg" {
                width = Int(attributes["width"] ?? "") ?? 0
                height = Int(attributes["height"] ?? "") ?? 0
            }
            if (attributes["class"] ?? "").split(separator: " ").contains("mark") { marks.append(name) }
            if name == "text" {
                inText = true
                texts.append("")
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { inText = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { texts[texts.count - 1] += string }
        }
    }
}
