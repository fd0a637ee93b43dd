import Testing

@testable import ZhibiaoCore

@Suite struct LanguageTests {
    func kinds(_ text: String) -> [TokenKind] {
        var lexer = Lexer(text)
        return lexer.tokenize().map(\.kind)
    }

    func number(_ value: Double, percent: Bool = false, whole: Bool = false) -> TokenKind {
        .number(NumberLiteral(value: value, isPercent: percent, isWholeNumber: whole))
    }

    @Test func lexesNumbersWithChineseMultipliers() {
        #expect(
            kinds("4.82万 1亿 1.5万亿 62.9% 2025 0.1")
                == [
                    number(48200), number(1e8), number(1.5e12), number(62.9, percent: true), number(2025, whole: true),
                    number(0.1), .endOfInput,
                ])
    }

    /// Figures can be negative (人口自然增长率为-3.19‰), so literals can be; `--` still opens a
    /// comment, and a negative number is never whole (no year, limit or document number).
    @Test func lexesNegativeNumbers() {
        #expect(
            kinds("value < -3.19 or value = -2 -- -5")
                == [
                    .word("value"), .op(.less), number(-3.19), .keyword(.or), .word("value"), .op(.equal), number(-2),
                    .endOfInput,
                ])
        let script = Parser.parse(SourceText("show all limit -3", origin: "t"))
        #expect(script.diagnostics.map(\.span.start) == [15])
    }

    @Test func lexesKeywordsIdsWordsAndOperators() {
        #expect(
            kinds("SHOW 托位, 5G基站 Where id>=kmqxbtea:14 and unit != '个' -- comment\ntrace ABCDEFGH:1;")
                == [
                    .keyword(.show), .word("托位"), .comma, .word("5G基站"), .keyword(.where), .word("id"),
                    .op(.greaterOrEqual), .id(ObservationID(document: DocumentKey("kmqxbtea")!, number: 14)),
                    .keyword(.and), .word("unit"),
                    .op(.notEqual), .string("个"), .end, .keyword(.trace),
                    .id(ObservationID(document: DocumentKey("abcdefgh")!, number: 1)),
                    .end,
                    .endOfInput,
                ])
    }

    @Test func aNewlineAfterAnUnfinishedTokenContinuesTheStatement() {
        #expect(
            kinds("show a where\nyear=1 and (\nyear=2\n)\nlist docs")
                == [
                    .keyword(.show), .word("a"), .keyword(.where), .word("year"), .op(.equal), number(1, whole: true),
                    .keyword(.and), .leftParen, .word("year"), .op(.equal), number(2, whole: true), .rightParen, .end,
                    .keyword(.list), .word("docs"), .endOfInput,
                ])
    }

    @Test(arguments: [
        ("show employment where", true), ("show employment where year=2025 and", true), ("compare 就业,", true),
        ("show all where (year=2025", true), ("find \"托位", true), ("show all where year >=", true),
        ("show all order by", true), ("show employment", false), ("check", false),
        ("show all where (year=2025)", false),
        ("find \"托位\"", false), ("show employment -- where", false), ("show all where\n", true), ("", false),
    ])
    func knowsWhenAStatementIsUnfinished(source: String, unfinished: Bool) {
        #expect(Session(graph: IndicatorGraph()).needsContinuation(source) == unfinished)
    }

    @Test func boundsNestingInsteadOfOverflowingTheStack() {
        for opener in ["(", "not "] {
            let source = "show all where " + String(repeating: opener, count: 100_000) + "year=2025"
            let script = Parser.parse(SourceText(source, origin: "t"))
            #expect(script.statements.isEmpty)
            #expect(script.diagnostics.map(\.message) == ["expression nested more than 200 levels deep"])
            #expect(script.diagnostics.first?.span.start == 15 + 200 * opener.utf8.count)
        }
        let deep =
            "show all where " + String(repeating: "(", count: 200) + "year=2025" + String(repeating: ")", count: 200)
        #expect(Parser.parse(SourceText(deep, origin: "t")).diagnostics == [])
    }

    @Test func reportsEveryErrorOfAScriptWithItsLine() {
        let source = SourceText("show employment\nshwo all\nlist docs\ntrace x\n\nfind 'a'", origin: "review.zq")
        let script = Parser.parse(source)
        #expect(script.statements.map { source[$0.span] } == ["show employment", "list docs", "find 'a'"])
        #expect(
            script.diagnostics.map { DiagnosticRenderer.render($0, in: source).split(separator: "\n")[0] } == [
                "review.zq:2:1: error: unknown statement 'shwo'",
                "review.zq:4:7: error: expected an observation id such as kmqxbtea:14 after 'trace', found 'x'",
            ])
    }

    @Test func suggestsCloseNamesOnly() {
        #expect(Suggestions.closest(to: "employmnt", among: ["employment", "eldercare"]) == "employment")
        #expect(Suggestions.closest(to: "yaer", among: ["year", "value"]) == "year")
        #expect(Suggestions.closest(to: "employ", among: ["employment"]) == "employment")
        #expect(Suggestions.closest(to: "托为", among: ["托位", "托育"]) == "托位")
        #expect(Suggestions.closest(to: "xyz", among: ["year", "value"]) == nil)
    }

    @Test func coloursDiagnosticsOnlyWhenAsked() {
        let source = SourceText("shwo", origin: "t")
        let diagnostic = Parser.parse(source).diagnostics[0]
        #expect(
            DiagnosticRenderer.render(diagnostic, in: source, color: true)
                == "\u{1B}[1mt:1:1: \u{1B}[0m\u{1B}[1;31merror:\u{1B}[0m\u{1B}[1m unknown statement 'shwo'\u{1B}[0m\nshwo\n\u{1B}[1;32m^~~~\u{1B}[0m\ndid you mean 'show'?\n"
        )
    }
}
