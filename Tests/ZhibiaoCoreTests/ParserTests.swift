import Testing

@testable import ZhibiaoCore

/// Golden dumps: how each statement is understood, with the span of every node.
@Suite struct ParserTests {
    static let cases: [(source: String, dump: String)] = [
        (
            "show employment where year=2025",
            """
            show @0..31
              targets
                name "employment" @5..15
              where
                year @22..26 = number 2025 '2025' @27..31
            """
        ),
        (
            "SHOW 就业, 托育 Where Sector = 'childcare' AND not (value >= 4.82万 or unit in (人, \"个\")) Order By value DESC limit 10",
            """
            show @0..126
              targets
                name "就业" @5..11
                name "托育" @13..19
              where
                and
                  sector @26..32 = text "childcare" @35..46
                  not @51..54
                    or
                      value @56..61 >= number 48200 '4.82万' @65..72
                      unit @76..80 in (text "人" @85..88, text "个" @90..95)
              order by value @107..112 desc
              limit 10
            """
        ),
        (
            "compare 千人口托位数 by doc",
            """
            compare @0..33
              targets
                name "千人口托位数" @8..26
              by doc @30..33
            """
        ),
        (
            "compare all where metric ~ 托位 or id = kmqxbtea:14",
            """
            compare @0..53
              all @8..11
              where
                or
                  metric @18..24 ~ text "托位" @27..33
                  id @37..39 = id kmqxbtea:14 @42..53
            """
        ),
        (
            "list metrics",
            """
            list metrics @0..12
            """
        ),
        (
            "describe \"千人口托位数\"",
            """
            describe @0..29
              name "千人口托位数" @9..29
            """
        ),
        (
            "trace KMQXBTEA:14",
            """
            trace @0..17
              id kmqxbtea:14 @6..17
            """
        ),
        (
            "find '覆盖率'",
            """
            find @0..16
              string "覆盖率" @5..16
            """
        ),
        (
            "check",
            """
            check @0..5
            """
        ),
        (
            "check eldercare, 托育",
            """
            check @0..23
              targets
                name "eldercare" @6..15
                name "托育" @17..23
            """
        ),
        (
            "show all where value > 62.9% and year != 2024 order by year",
            """
            show @0..59
              all @5..8
              where
                and
                  value @15..20 > number 62.9% '62.9%' @23..28
                  year @33..37 != number 2024 '2024' @41..45
              order by year @55..59 asc
            """
        ),
        (
            "show employment where\n  year=2025 and\n  region=长治市",
            """
            show @0..56
              targets
                name "employment" @5..15
              where
                and
                  year @24..28 = number 2025 '2025' @29..33
                  region @40..46 = text "长治市" @47..56
            """
        ),
    ]

    @Test(arguments: cases)
    func dumpsTheTree(source: String, dump: String) {
        let script = Parser.parse(SourceText(source, origin: "t"))
        #expect(script.diagnostics == [])
        #expect(script.statements.map { $0.dump() }.joined(separator: "\n") == dump)
    }
}
