import Testing

@testable import ZhibiaoCore

/// Malformed statements, each with the whole message a user sees: position, source line,
/// caret placed by display width, notes and the suggestion.
@Suite struct DiagnosticTests {
    static let cases: [(query: String, message: String)] = [
        (
            "shwo employment",
            """
            q.zq:1:1: error: unknown statement 'shwo'
            shwo employment
            ^~~~
            did you mean 'show'?

            """
        ),
        (
            "show",
            """
            q.zq:1:5: error: expected a sector, a metric or 'all' after 'show', found end of input
            show
                ^

            """
        ),
        (
            "show employment wher year=2025",
            """
            q.zq:1:17: error: expected 'where', 'order by', 'limit' or end of statement, found 'wher'
            show employment wher year=2025
                            ^~~~
            did you mean 'where'?

            """
        ),
        (
            "show 托位 wher year=2025",
            """
            q.zq:1:11: error: expected 'where', 'order by', 'limit' or end of statement, found 'wher'
            show 托位 wher year=2025
                      ^~~~
            did you mean 'where'?

            """
        ),
        (
            "show employment where",
            """
            q.zq:1:22: error: expected a condition such as year=2025 after 'where', found end of input
            show employment where
                                 ^

            """
        ),
        (
            "show employment where yaer=2025",
            """
            q.zq:1:23: error: unknown field 'yaer'
            show employment where yaer=2025
                                  ^~~~
            note: fields are year, period, sector, metric, indicator, value, unit, region, doc, qualifier, kind, id
            did you mean 'year'?

            """
        ),
        (
            "show employment where year 2025",
            """
            q.zq:1:28: error: expected an operator (=, !=, <, <=, >, >=, ~ or in) after 'year', found '2025'
            show employment where year 2025
                                       ^~~~

            """
        ),
        (
            "show employment where year=",
            """
            q.zq:1:28: error: expected a value after '=', found end of input
            show employment where year=
                                       ^

            """
        ),
        (
            "show income where unit= limit 3",
            """
            q.zq:1:25: error: expected a value after '=', found 'limit'
            show income where unit= limit 3
                                    ^~~~~
            note: a figure with no unit (a ratio, an index) is matched by unit=""

            """
        ),
        (
            "show employment where year in 2025",
            """
            q.zq:1:31: error: expected '(' after 'in', found '2025'
            show employment where year in 2025
                                          ^~~~

            """
        ),
        (
            "show employment where year in (2024 2025)",
            """
            q.zq:1:37: error: expected ',' or ')' in the list after 'in', found '2025'
            show employment where year in (2024 2025)
                                                ^~~~

            """
        ),
        (
            "show employment where (year=2025",
            """
            q.zq:1:33: error: expected ')', found end of input
            show employment where (year=2025
                                            ^
            note: to match the '(' at 1:23

            """
        ),
        (
            "show employment where year=2025)",
            """
            q.zq:1:32: error: expected 'and', 'or', 'order by', 'limit' or end of statement, found ')'
            show employment where year=2025)
                                           ^

            """
        ),
        (
            "show employment where year=2025 and",
            """
            q.zq:1:36: error: expected a condition such as year=2025 after 'and', found end of input
            show employment where year=2025 and
                                               ^

            """
        ),
        (
            "show employment where not",
            """
            q.zq:1:26: error: expected a condition such as year=2025 after 'not', found end of input
            show employment where not
                                     ^

            """
        ),
        (
            "show employment order year",
            """
            q.zq:1:23: error: expected 'by' after 'order', found 'year'
            show employment order year
                                  ^~~~

            """
        ),
        (
            "show employment order by",
            """
            q.zq:1:25: error: expected a field after 'order by', found end of input
            show employment order by
                                    ^

            """
        ),
        (
            "show employment order by colour",
            """
            q.zq:1:26: error: unknown field 'colour'
            show employment order by colour
                                     ^~~~~~
            note: fields are year, period, sector, metric, indicator, value, unit, region, doc, qualifier, kind, id

            """
        ),
        (
            "show employment order by year up",
            """
            q.zq:1:31: error: expected 'asc', 'desc', 'limit' or end of statement, found 'up'
            show employment order by year up
                                          ^~

            """
        ),
        (
            "show employment limit",
            """
            q.zq:1:22: error: expected a whole number after 'limit', found end of input
            show employment limit
                                 ^

            """
        ),
        (
            "show employment limit 2.5",
            """
            q.zq:1:23: error: expected a whole number after 'limit', found '2.5'
            show employment limit 2.5
                                  ^~~

            """
        ),
        (
            "show employment limit 5 limit 6",
            """
            q.zq:1:25: error: expected end of statement, found 'limit'
            show employment limit 5 limit 6
                                    ^~~~~

            """
        ),
        (
            "show employment,",
            """
            q.zq:1:17: error: expected a sector, a metric or 'all' after ',', found end of input
            show employment,
                            ^

            """
        ),
        (
            "show all, employment",
            """
            q.zq:1:9: error: 'all' cannot be combined with other names
            show all, employment
                    ^

            """
        ),
        (
            "compare employment by",
            """
            q.zq:1:22: error: expected a field after 'by', found end of input
            compare employment by
                                 ^

            """
        ),
        (
            "compare employment by sectr",
            """
            q.zq:1:23: error: unknown field 'sectr'
            compare employment by sectr
                                  ^~~~~
            note: fields are year, period, sector, metric, indicator, value, unit, region, doc, qualifier, kind, id
            did you mean 'sector'?

            """
        ),
        (
            "compare employment wher year=2025",
            """
            q.zq:1:20: error: expected 'where', 'by' or end of statement, found 'wher'
            compare employment wher year=2025
                               ^~~~
            did you mean 'where'?

            """
        ),
        (
            "list",
            """
            q.zq:1:5: error: expected what to list (sectors, metrics, regions, years, docs or units), found end of input
            list
                ^

            """
        ),
        (
            "list sector",
            """
            q.zq:1:6: error: cannot list 'sector'; expected what to list (sectors, metrics, regions, years, docs or units)
            list sector
                 ^~~~~~
            did you mean 'sectors'?

            """
        ),
        (
            "list 托位",
            """
            q.zq:1:6: error: cannot list '托位'; expected what to list (sectors, metrics, regions, years, docs or units)
            list 托位
                 ^~~~

            """
        ),
        (
            "describe",
            """
            q.zq:1:9: error: expected a sector or metric after 'describe', found end of input
            describe
                    ^

            """
        ),
        (
            "trace",
            """
            q.zq:1:6: error: expected an observation id such as kmqxbtea:14 after 'trace', found end of input
            trace
                 ^

            """
        ),
        (
            "trace abc",
            """
            q.zq:1:7: error: expected an observation id such as kmqxbtea:14 after 'trace', found 'abc'
            trace abc
                  ^~~

            """
        ),
        (
            "trace jkyvzhhw:1 jkyvzhhw:2",
            """
            q.zq:1:18: error: expected end of statement, found 'jkyvzhhw:2'
            trace jkyvzhhw:1 jkyvzhhw:2
                             ^~~~~~~~~~

            """
        ),
        (
            "find",
            """
            q.zq:1:5: error: expected a quoted string after 'find', found end of input
            find
                ^

            """
        ),
        (
            "find 就业",
            """
            q.zq:1:6: error: expected a quoted string after 'find', found '就业'
            find 就业
                 ^~~~
            did you mean '"就业"'?

            """
        ),
        (
            "check employment where year=2025",
            """
            q.zq:1:18: error: expected end of statement, found 'where'
            check employment where year=2025
                             ^~~~~

            """
        ),
        (
            "where year=2025",
            """
            q.zq:1:1: error: expected a statement (show, compare, series, list, describe, trace, find or check), found 'where'
            where year=2025
            ^~~~~

            """
        ),
        (
            "show employment where year = 2025 @",
            """
            q.zq:1:35: error: unexpected character '@'
            show employment where year = 2025 @
                                              ^

            """
        ),
        (
            "show employment where metric ~ \"托位",
            """
            q.zq:1:32: error: unterminated string
            show employment where metric ~ "托位
                                           ^~~~~

            """
        ),
        (
            "show employment where year ! 2025",
            """
            q.zq:1:28: error: unexpected character '!'
            show employment where year ! 2025
                                       ^

            """
        ),
        (
            "show employmnt",
            """
            q.zq:1:6: error: no sector or metric matches 'employmnt'
            show employmnt
                 ^~~~~~~~~
            note: `list sectors` and `list metrics` show the names
            did you mean 'employment'?

            """
        ),
        (
            "show 托为",
            """
            q.zq:1:6: error: no sector or metric matches '托为'
            show 托为
                 ^~~~
            note: `list sectors` and `list metrics` show the names
            did you mean '托育'?

            """
        ),
        (
            "show employment where sector=jiuye",
            """
            q.zq:1:30: error: unknown sector 'jiuye'
            show employment where sector=jiuye
                                         ^~~~~
            note: `list sectors` shows the sectors

            """
        ),
        (
            "show employment where year=二零二五",
            """
            q.zq:1:28: error: year needs a number, found '二零二五'
            show employment where year=二零二五
                                       ^~~~~~~~

            """
        ),
        (
            "show employment where value ~ 5",
            """
            q.zq:1:23: error: '~' (contains) needs a text field; value holds numbers
            show employment where value ~ 5
                                  ^~~~~
            note: compare numbers with =, !=, <, <=, > or >=

            """
        ),
        (
            "show employment where qualifier=atleast",
            """
            q.zq:1:33: error: unknown qualifier 'atleast'
            show employment where qualifier=atleast
                                            ^~~~~~~
            note: qualifiers are none, approx, at-least, more-than, at-most
            did you mean 'at-least'?

            """
        ),
        (
            "show employment where doc=reveiw",
            """
            q.zq:1:27: error: no document 'reveiw'
            show employment where doc=reveiw
                                      ^~~~~~
            note: `list docs` shows the loaded documents
            did you mean 'review'?

            """
        ),
        (
            "show employment where doc=3",
            """
            q.zq:1:27: error: no document 3; 2 loaded
            show employment where doc=3
                                      ^

            """
        ),
        (
            "show employment where id=abc",
            """
            q.zq:1:26: error: id needs an observation id such as kmqxbtea:14, found 'abc'
            show employment where id=abc
                                     ^~~

            """
        ),
        (
            "trace abcdefgh:99",
            """
            q.zq:1:7: error: no observation abcdefgh:99
            trace abcdefgh:99
                  ^~~~~~~~~~~
            note: no loaded article has the key abcdefgh (.docs lists each article's key)

            """
        ),
        (
            "trace jkyvzhhw:9",
            """
            q.zq:1:7: error: no observation jkyvzhhw:9
            trace jkyvzhhw:9
                  ^~~~~~~~~~
            note: review.txt has observations jkyvzhhw:1 to jkyvzhhw:4

            """
        ),
        (
            "trace 2:9",
            """
            q.zq:1:7: error: expected an observation id such as kmqxbtea:14 after 'trace', found '2:9'
            trace 2:9
                  ^~~
            note: an id begins with its article's key (`list docs` shows the keys)

            """
        ),
        (
            "find \"\"",
            """
            q.zq:1:6: error: find needs a non-empty string
            find ""
                 ^~

            """
        ),
    ]

    @Test(arguments: cases)
    func rendersTheWholeMessage(query: String, message: String) {
        let result = Session(graph: GraphFixture.standard).execute(query, origin: "q.zq")
        #expect(!result.succeeded)
        #expect(result.output == "")
        #expect(result.errors == message)
    }
}
