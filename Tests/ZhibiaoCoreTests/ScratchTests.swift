import Testing
@testable import ZhibiaoCore

@Test func scratch() {
    let session = Session(graph: GraphFixture.standard)
    session.populations = ["长治市": 3.1e6]
    for q in ["show all", "show employment where year=2025 order by value desc limit 2", "compare employment, childcare, eldercare", "compare 千人口托位数 by doc", "list sectors", "list metrics", "describe 千人口托位数", "describe childcare", "trace 2:1", "find \"托位\"", "check", "show employmnt", "show 托位 wher year=2025", "show all where value>1万 and (unit=人 or unit=个)"] {
        let r = session.execute(q, origin: "<q>")
        print("zhibiao> \(q)\n\(r.output)\(r.errors)")
    }
    session.format = .json
    print(session.execute("show childcare; check eldercare; compare childcare, eldercare", origin: "x").output)
    session.format = .csv
    print(session.execute("show childcare", origin: "x").output)
    session.format = .markdown
    print(session.execute("show childcare; check", origin: "x").output)
}
