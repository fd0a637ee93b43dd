import Testing

@testable import ZhibiaoCore

/// Whole answers of statements over the hand-built fixture graph, in each output format.
@Suite struct AnswerTests {
    static let cases: [(query: String, format: OutputFormat, color: Bool, output: String)] = [
        (
            "show employment order by value desc limit 2", .table, false,
            """
            id          metric         value  ≈       unit  qualifier  period            region  doc
            ──────────  ────────────  ──────  ──────  ────  ─────────  ────────────────  ──────  ──────────────
            jjfjwdms:2  提供岗位      477000  47.7万  个               2025              长治市  livelihood.txt
            jkyvzhhw:1  城镇新增就业   48200  4.82万  人               2025-01..2025-11  长治市  review.txt

            Values of different units are ordered within each unit, the unit most figures have first.

            """
        ),
        (
            "show all where value > 1万 order by value", .table, false,
            """
            id          metric                    value  ≈       unit  qualifier  period            region  doc
            ──────────  ────────────────────  ─────────  ──────  ────  ─────────  ────────────────  ──────  ──────────────
            jkyvzhhw:1  城镇新增就业              48200  4.82万  人               2025-01..2025-11  长治市  review.txt
            jkyvzhhw:4  基本养老保险参保人数  480000000  4.8亿   人               2025              长治市  review.txt
            jjfjwdms:2  提供岗位                 477000  47.7万  个               2025              长治市  livelihood.txt

            Values of different units are ordered within each unit, the unit most figures have first.

            """
        ),
        (
            "show childcare", .csv, false,
            """
            id,doc,line,sector,metric,indicator,value,unit,qualifier,kind,year,period,region,text,mentions,sources,format
            jjfjwdms:3,livelihood.txt,3,childcare,千人口托位数,childcare-places-per-1000,4.5,个,at-least,actual,2025,,长治市,全市千人口托位数达4.5个以上，备案托育机构77家。,1,livelihood.txt,3
            jjfjwdms:4,livelihood.txt,3,childcare,备案托育机构,childcare-institutions,77,家,,actual,2025,,长治市,全市千人口托位数达4.5个以上，备案托育机构77家。,1,livelihood.txt,3
            jkyvzhhw:2,review.txt,3,childcare,每千人口托位数,childcare-places-per-1000,4.8,个,,actual,2025,,长治市,每千人口托位数达4.8个。,1,review.txt,3

            """
        ),
        (
            "show childcare", .jsonl, false,
            """
            {"id":"jjfjwdms:3","doc":"livelihood.txt","line":3,"sector":"childcare","metric":"千人口托位数","indicator":"childcare-places-per-1000","value":4.5,"unit":"个","qualifier":"at-least","kind":"actual","year":2025,"period":null,"region":"长治市","text":"全市千人口托位数达4.5个以上，备案托育机构77家。","mentions":1,"sources":["livelihood.txt"],"format":3}
            {"id":"jjfjwdms:4","doc":"livelihood.txt","line":3,"sector":"childcare","metric":"备案托育机构","indicator":"childcare-institutions","value":77,"unit":"家","qualifier":null,"kind":"actual","year":2025,"period":null,"region":"长治市","text":"全市千人口托位数达4.5个以上，备案托育机构77家。","mentions":1,"sources":["livelihood.txt"],"format":3}
            {"id":"jkyvzhhw:2","doc":"review.txt","line":3,"sector":"childcare","metric":"每千人口托位数","indicator":"childcare-places-per-1000","value":4.8,"unit":"个","qualifier":null,"kind":"actual","year":2025,"period":null,"region":"长治市","text":"每千人口托位数达4.8个。","mentions":1,"sources":["review.txt"],"format":3}

            """
        ),
        (
            "show childcare", .markdown, false,
            """
            | id | metric | value | ≈ | unit | qualifier | period | region | doc |
            | --- | --- | ---: | --- | --- | --- | --- | --- | --- |
            | jjfjwdms:3 | 千人口托位数 | 4.5 |  | 个 | at-least | 2025 | 长治市 | livelihood.txt |
            | jjfjwdms:4 | 备案托育机构 | 77 |  | 家 |  | 2025 | 长治市 | livelihood.txt |
            | jkyvzhhw:2 | 每千人口托位数 | 4.8 |  | 个 |  | 2025 | 长治市 | review.txt |

            """
        ),
        (
            "compare employment, childcare, eldercare", .json, false,
            """
            [
              {"sector":"employment","indicator":"urban-new-jobs","measure":"城镇新增就业","unit":"人","长治市":"4.82万 (1-11月)","sources":1},
              {"sector":"employment","indicator":"job-fairs","measure":"招聘活动","unit":"场","长治市":474,"sources":1},
              {"sector":"employment","indicator":"jobs-offered","measure":"提供就业岗位","unit":"个","长治市":477000,"sources":1},
              {"sector":"childcare","indicator":"childcare-places-per-1000","measure":"每千人口托位数","unit":"个","长治市":4.8,"sources":2},
              {"sector":"childcare","indicator":"childcare-institutions","measure":"托育机构","unit":"家","长治市":77,"sources":1},
              {"sector":"eldercare","indicator":"home-care-station-coverage","measure":"居家养老服务站点覆盖率","unit":"%","长治市":"62.9 ≠ 6.2","sources":2}
            ]
            [
              {"sector":"employment","measures":3,"observations":3,"sources":2},
              {"sector":"childcare","measures":2,"observations":3,"sources":2},
              {"sector":"eldercare","measures":1,"observations":2,"sources":2}
            ]

            """
        ),
        (
            "compare 千人口托位数 by doc", .table, false,
            """
            indicator                  measure         unit  doc             value  sources
            ─────────────────────────  ──────────────  ────  ──────────────  ─────  ───────
            childcare-places-per-1000  每千人口托位数  个    livelihood.txt   ≥4.5        1
                                                             review.txt        4.8        1

            每千人口托位数 (个)
              livelihood.txt  ████████████████████████████▏   ≥4.5
              review.txt      ██████████████████████████████  4.8

            """
        ),
        (
            "trace jkyvzhhw:1", .table, true,
            """
            \u{1B}[1mjkyvzhhw:1  城镇新增就业 4.82万人 · 2025-01..2025-11 · 长治市\u{1B}[0m
            \u{1B}[1mid\u{1B}[0m          \u{1B}[1mmention\u{1B}[0m  \u{1B}[1mdoc\u{1B}[0m         \u{1B}[1mline\u{1B}[0m  \u{1B}[1mtext\u{1B}[0m
            ──────────  ───────  ──────────  ────  ──────────────────────────────────────────────────
            jkyvzhhw:1        1  review.txt     1  1-11月，城镇新增就业\u{1B}[1;33m4.82万人\u{1B}[0m，完成全年目标的112%。
            jkyvzhhw:1        2  review.txt     7  城镇新增就业\u{1B}[1;33m4.82万人\u{1B}[0m。

            """
        ),
        (
            "find \"托位\"", .markdown, false,
            """
            | doc | line | text | observations |
            | --- | ---: | --- | --- |
            | livelihood.txt | 3 | 全市千人口**托位**数达4.5个以上，备案托育机构77家。 | jjfjwdms:3<br>jjfjwdms:4 |
            | review.txt | 3 | 每千人口**托位**数达4.8个。 | jkyvzhhw:2 |

            """
        ),
        (
            "list docs", .table, false,
            """
            doc  key       name            year  sentences  observations
            ───  ────────  ──────────────  ────  ─────────  ────────────
              1  jjfjwdms  livelihood.txt  2025          3             5
              2  jkyvzhhw  review.txt      2025          4             4

            """
        ),
        (
            "list units", .csv, false,
            """
            unit,family,observations
            %,rates,2
            个,places,3
            人,people,2
            场,events,1
            家,places,1

            """
        ),
    ]

    @Test(arguments: cases)
    func answers(query: String, format: OutputFormat, color: Bool, output: String) {
        let session = Session(graph: GraphFixture.standard)
        session.format = format
        session.color = color
        let result = session.execute(query, origin: "q")
        #expect(result.errors == "")
        #expect(result.succeeded)
        #expect(result.output == output)
    }

    @Test func runsEveryStatementAndReportsEveryError() {
        let session = Session(graph: GraphFixture.standard)
        let result = session.execute("show employment where year=2025; bogus; list years\nshow 托为", origin: "q")
        #expect(!result.succeeded)
        #expect(result.succeededStatements == ["show employment where year=2025", "list years"])
        #expect(
            result.output == """
                id          metric                 value  ≈       unit  qualifier  period            region  doc
                ──────────  ────────────────────  ──────  ──────  ────  ─────────  ────────────────  ──────  ──────────────
                jjfjwdms:1  线上线下专项招聘活动     474          场               2025              长治市  livelihood.txt
                jjfjwdms:2  提供岗位              477000  47.7万  个               2025              长治市  livelihood.txt
                jkyvzhhw:1  城镇新增就业           48200  4.82万  人               2025-01..2025-11  长治市  review.txt

                year  observations
                ────  ────────────
                2025             9

                """)
        #expect(
            result.errors == """
                q:1:34: error: unknown statement 'bogus'
                show employment where year=2025; bogus; list years
                                                 ^~~~~
                q:2:6: error: no sector or metric matches '托为'
                show 托为
                     ^~~~
                note: `list sectors` and `list metrics` show the names
                did you mean '托育'?

                """)
    }

    @Test func stopsAtTheFirstErrorWhenAsked() {
        let session = Session(graph: GraphFixture.standard)
        let result = session.execute("list years; bogus; list docs", origin: "q", stopAtFirstError: true)
        #expect(result.succeededStatements == ["list years"])
        #expect(result.output == "year  observations\n────  ────────────\n2025             9\n")
        #expect(
            result.errors
                == "q:1:13: error: unknown statement 'bogus'\nlist years; bogus; list docs\n            ^~~~~\n")
    }
}

@Suite struct CancellationTests {
    @Test func aCancelledSessionRunsNoFurtherStatements() {
        let session = Session(graph: GraphFixture.standard)
        nonisolated(unsafe) var cancelled = false
        session.isCancelled = { cancelled }
        #expect(session.execute("list sectors", origin: "t").succeeded)
        cancelled = true
        let result = session.execute("list sectors; check", origin: "t")
        #expect(!result.succeeded)
        #expect(result.output.isEmpty)
        #expect(result.errors == "interrupted\n")
        #expect(result.succeededStatements.isEmpty)
    }
}
