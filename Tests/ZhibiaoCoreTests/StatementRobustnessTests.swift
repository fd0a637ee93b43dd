import Testing

@testable import ZhibiaoCore

/// Whatever is typed ends in an answer or a diagnostic, quickly: adversarial statements and
/// seeded random bytes through the lexer, parser and evaluator over the sample articles.
@Suite struct StatementRobustnessTests {
    static let adversarial: [String] = [
        "", ";;;;", "\0", "show\0all", "show all\0", "show \u{200B}all", "show all where metric ~ \"\u{200D}\"",
        "find 👨‍👩‍👧", "show 👍", "describe 🇨🇳", "find \"\u{FEFF}\"",
        "show all where value > 1" + String(repeating: "0", count: 400),
        "show all where value > 1e400", "show all where value < -1" + String(repeating: "9", count: 400),
        "show all limit 99999999999999999999999", "show all limit 0", "trace 99999999999999999999:1",
        "trace 1:99999999999999999999",
        "trace 0:0", "trace abcdefgh:99999999999999999999", "trace abcdefgh:0", "trace abcdefgh:", "trace a:1",
        "show all where id = abcdefgh:1", "trace 2:14", "show all where value > 4.82万亿亿亿亿",
        "show all where value = 62.9%%%", "show all where value = 百分之",
        String(repeating: "(", count: 100_000), "show all where " + String(repeating: "(", count: 100_000),
        "show all where " + String(repeating: "not ", count: 100_000) + "year = 2025",
        "show all where " + String(repeating: "year = 2025 and ", count: 5_000) + "year = 2025",
        "show " + String(repeating: "就业", count: 50_000), "show " + String(repeating: "a", count: 100_000),
        "show " + String(repeating: "a,", count: 10_000) + "a", "find \"" + String(repeating: "x", count: 100_000),
        "show all where year in (" + String(repeating: "1,", count: 10_000) + "1)", "find \"unterminated", "find 'x",
        "show all where \u{1B}]0;title\u{07}", "\u{1B}[2J", "show all order by", "compare all by", "compare all by doc",
        "check all", "list", "list nothing", "describe", "show all where value ~", "-- only a comment", "show all --",
        "show all where year = 2025 order by value desc limit 3; trace 1:1; find 就业",
        String(decoding: [0x73, 0x68, 0x6F, 0x77, 0x20, 0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x80], as: UTF8.self),
    ]

    static func assertEnds(_ statement: String, in session: Session = Session(graph: QueryScriptTests.samples)) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = session.execute(statement, origin: "-e")
        let elapsed = clock.now - start
        // A bound that catches a statement that hangs or blows up, not a speed target: the
        // debug build took 5.8 s over `show` and 50,000 就业 on a loaded two-core machine.
        #expect(elapsed < .seconds(20), "\(statement.prefix(60)) took \(elapsed)")
        if !result.succeeded { #expect(!result.errors.isEmpty, "\(statement.prefix(60)) failed without a diagnostic") }
    }

    // By index: some statements are 100,000 characters long, too long to name a test case.
    @Test(arguments: adversarial.indices) func adversarialStatementsEndInAnAnswerOrADiagnostic(_ index: Int) {
        Self.assertEnds(Self.adversarial[index])
    }

    @Test func aChainOfThousandsOfConditionsIsAnswered() {
        let chain = "show all where " + Array(repeating: "year = 2025", count: 20_000).joined(separator: " and ")
        let result = Session(graph: QueryScriptTests.samples).execute(chain, origin: "-e")
        #expect(result.succeeded)
        #expect(
            result.output
                == Session(graph: QueryScriptTests.samples).execute("show all where year = 2025", origin: "-e").output)
    }

    @Test func deepNestingIsAClearError() {
        let result = Session(graph: QueryScriptTests.samples).execute(
            "show all where " + String(repeating: "(", count: 100_000), origin: "-e")
        #expect(!result.succeeded)
        #expect(result.errors.hasPrefix("-e:1:216: error: expression nested more than 200 levels deep\n…"))
        // The line is cut around the error rather than printed 100,000 characters wide.
        #expect(result.errors.count < 600)
    }

    @Test func diagnosticsEscapeControlCharactersTheyQuote() {
        let session = Session(graph: QueryScriptTests.samples)
        let result = session.execute("show \"\u{1B}]0;title\u{07}\"", origin: "-e")
        #expect(
            result.errors == """
                -e:1:6: error: no sector or metric matches '\\x1b]0;title\\x07'
                show "\\x1b]0;title\\x07"
                     ^~~~~~~~~~~~~~~~~~
                note: `list sectors` and `list metrics` show the names

                """)
        let empty = session.execute("find \"\u{1B}[31m\"", origin: "-e")
        #expect(empty.output == "no sentence contains '\\x1b[31m'\n")
    }

    @Test(arguments: [OutputFormat.table, .markdown, .json, .jsonl, .csv])
    func seededRandomBytesEndInAnAnswerOrADiagnostic(format: OutputFormat) {
        let session = Session(graph: QueryScriptTests.samples)
        session.format = format
        var generator = SplitMix(seed: 0x5A48_4942_4941_4F00 &+ UInt64(format.rawValue.count))
        let words = [
            "show", "compare", "list", "describe", "trace", "find", "check", "where", "and", "or", "not", "(", ")",
            "in",
            "order", "by", "limit", "all", "year", "value", "metric", "=", "~", "<=", ",", ";", "\"", "'", "就业", "2025",
            "4.82万", "62.9%", "1:1", "docs", "\n", "--", "\u{200D}", "😀", "\0",
        ]
        for _ in 0..<300 {
            var text = ""
            if generator.next() % 2 == 0 {
                let bytes = (0..<(generator.next() % 64)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                text = String(decoding: bytes, as: UTF8.self)
            } else {
                for _ in 0..<(generator.next() % 16) {
                    text += words[Int(generator.next() % UInt64(words.count))] + (generator.next() % 3 == 0 ? "" : " ")
                }
            }
            Self.assertEnds(text, in: session)
        }
    }
}

/// A small deterministic random number generator, so a failing case can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
