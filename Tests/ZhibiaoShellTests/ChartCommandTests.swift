import Glibc
import Testing
import ZhibiaoCore

@testable import ZhibiaoShell

/// `.chart` apart from the language: the engine's last chart drawn to the file named, or a
/// clear refusal that writes nothing.
@Suite struct ChartCommandTests {
    static let chart = Chart(
        style: .bars, statement: "compare 托位 by region",
        panels: [
            ChartPanel(
                title: "托位总数", unit: "个", kind: .actual, categories: ["丽水市", "漯河市"], series: ["value"],
                points: [
                    ChartPoint(
                        category: "丽水市", series: "value", value: 11300, shown: "1.13万", period: nil, hedged: false),
                    ChartPoint(
                        category: "漯河市", series: "value", value: 9650, shown: "9650", period: nil, hedged: false),
                ])
        ], series: ["value"], sources: ["a.txt", "b.txt"])

    static func shell(with chart: Chart?) -> TestShell {
        let engine = RecordingEngine()
        engine.lastChart = chart
        return TestShell(engine: engine)
    }

    @Test func drawsTheLastChartAsAnImageOrAPage() {
        let folder = TemporaryFolder()
        let shell = Self.shell(with: Self.chart)
        #expect(shell.run(".chart \(folder.file("c.svg"))") == .success)
        #expect(folder.read("c.svg") == ChartRenderer.svg(Self.chart))
        #expect(shell.run(".chart \(folder.file("c.HTML"))") == .success)
        #expect(folder.read("c.HTML") == ChartRenderer.html(Self.chart))
        #expect(
            shell.errors.text
                == "drew 2 values in 1 panel of compare 托位 by region to \(folder.file("c.svg"))\n"
                + "drew 2 values in 1 panel of compare 托位 by region to \(folder.file("c.HTML"))\n")
        #expect(shell.output.text == "")
    }

    @Test(arguments: [
        (".chart", "error: usage: .chart FILE.svg|FILE.html\n"),
        (".chart a.svg b.svg", "error: usage: .chart FILE.svg|FILE.html\n"),
        (
            ".chart chart.png",
            "error: chart.png names neither an .svg image nor an .html page; usage: .chart FILE.svg|FILE.html\n"
        ),
    ])
    func wrongArgumentsAreRefused(line: String, message: String) {
        let shell = Self.shell(with: Self.chart)
        #expect(shell.run(line) == .failure)
        #expect(shell.errors.text == message)
    }

    @Test func nothingToDrawWritesNothing() {
        let folder = TemporaryFolder()
        let none = Self.shell(with: nil)
        #expect(none.run(".chart \(folder.file("c.svg"))") == .failure)
        #expect(none.errors.text == "error: nothing to chart yet: .chart draws the last compare or series answer\n")
        var empty = Self.chart
        empty.panels = []
        empty.statement = "compare 托位 where year=1999"
        let nothing = Self.shell(with: empty)
        #expect(nothing.run(".chart \(folder.file("c.svg"))") == .failure)
        #expect(nothing.errors.text == "error: the last compare has no value to draw: compare 托位 where year=1999\n")
        #expect(DirectoryEntry.list(folder.path).isEmpty)
    }

    @Test func aFileThatCannotBeWrittenIsNamed() {
        let shell = Self.shell(with: Self.chart)
        #expect(shell.run(".chart /nonexistent-folder/c.svg") == .failure)
        #expect(shell.errors.text == "error: cannot write /nonexistent-folder/c.svg: no such file or folder\n")
    }

    @Test func helpAndCompletionKnowIt() {
        let shell = TestShell()
        shell.run(".help chart")
        #expect(
            shell.output.text
                == ".chart FILE.svg|FILE.html\n    Draw the last compare (bars) or series (lines) as an SVG image or a web page\n"
        )
        #expect(DotCommand.all.contains { $0.name == "chart" && $0.complete == .paths })
    }
}
