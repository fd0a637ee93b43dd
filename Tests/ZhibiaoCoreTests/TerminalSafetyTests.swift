import Testing

@testable import ZhibiaoCore

/// Article text holding terminal control sequences (colours, a title change, a bell, a clear
/// screen) is shown escaped by every format meant for a terminal and as \u001b in JSON.
@Suite struct TerminalSafetyTests {
    static let article = """
        2024年全市城镇新增就业4.82万人\u{1B}]0;owned\u{07}，增长3%。\u{1B}[2J
        全市新增托育机构\u{1B}[31m52家\u{1B}[0m，千人口托位数达到4.5个\u{07}。
        """

    static func session(_ format: OutputFormat) -> Session {
        let graph = IndicatorGraph()
        let decoded = try! Decoder.decode(Array(article.utf8))
        let (document, observations) = Extractor().extract(
            text: decoded.text, name: "evil\u{1B}[5m.txt", path: "evil\u{1B}[5m.txt", documentIndex: 0)
        graph.add(document, observations: observations)
        let session = Session(graph: graph)
        session.format = format
        return session
    }

    /// The article's key, which its ids begin with.
    static let key = DocumentKey(articleText: try! Decoder.decode(Array(article.utf8)).text)

    static let statements = [
        "show all", "trace \(key):1", "trace \(key):3", "find \"就业\"", "find \"托育\"", "describe 托育", "list docs",
        "check",
        "compare all by doc",
    ]

    @Test(arguments: [OutputFormat.table, .markdown]) func terminalFormatsEscapeControlCharacters(
        _ format: OutputFormat
    ) {
        let session = Self.session(format)
        var escapes = 0
        for statement in Self.statements {
            let result = session.execute(statement, origin: "-e")
            #expect(result.succeeded, "\(statement)")
            let raw = result.output.unicodeScalars.filter {
                $0.value < 0x20 && $0 != "\n" || (0x7F..<0xA0).contains($0.value)
            }
            #expect(raw.isEmpty, "\(statement) printed \(raw.map(\.value))")
            if result.output.contains("\\x1b") { escapes += 1 }
        }
        #expect(escapes >= 4)
    }

    @Test(arguments: [OutputFormat.json, .jsonl]) func jsonEscapesControlCharacters(_ format: OutputFormat) {
        let session = Self.session(format)
        for statement in ["show all", "trace \(Self.key):1", "find \"就业\"", "list docs"] {
            let result = session.execute(statement, origin: "-e")
            #expect(result.succeeded)
            #expect(!result.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(statement)")
            #expect(result.output.contains("\\u001b"), "\(statement)")
        }
    }
}

@Suite struct TerminalLinesTests {
    @Test func escapesEachLineAndKeepsTheBreaks() {
        #expect(
            TerminalText.escapeLines("id,text\n1:1,a\u{1B}]0;title\u{07}b\n") == "id,text\n1:1,a\\x1b]0;title\\x07b\n")
    }
}
