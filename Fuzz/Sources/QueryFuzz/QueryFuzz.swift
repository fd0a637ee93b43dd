import ZhibiaoCore

/// Statement pipeline under libFuzzer: any bytes, read as text, through the lexer, parser,
/// evaluator and the renderer of every format, over a small graph extracted once.
enum QueryFuzz {
    static let article = """
        2024年全市城镇新增就业4.82万人，增长3%。全市新增托育机构52家，千人口托位数达到4.5个。
        居家养老服务站点覆盖率达到62.9%，比上年提高6.2个百分点。
        前三季度，全市完成固定资产投资1200亿元，同比增长8.5%。
        """

    nonisolated(unsafe) static let session: Session = {
        let graph = IndicatorGraph()
        let (document, observations) = Extractor().extract(
            text: article, name: "fuzz.txt", path: "fuzz.txt", documentIndex: 0)
        graph.add(document, observations: observations)
        return Session(graph: graph)
    }()

    static let formats: [OutputFormat] = [.table, .csv, .json, .jsonl, .markdown]
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let first = bytes.first else { return 0 }
    let session = QueryFuzz.session
    session.format = QueryFuzz.formats[Int(first) % QueryFuzz.formats.count]
    let result = session.execute(String(decoding: bytes.dropFirst(), as: UTF8.self), origin: "fuzz")
    // A failure must say why.
    if !result.succeeded && result.errors.isEmpty { fatalError("a statement failed without a diagnostic") }
    return 0
}
