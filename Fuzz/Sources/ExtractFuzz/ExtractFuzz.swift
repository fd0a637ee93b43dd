import ZhibiaoCore

/// Extractor under libFuzzer: any bytes through the decoder and, when they are text, the
/// extractor and the graph.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let decoded = try? Decoder.decode(bytes) else { return 0 }
    let (document, observations) = Extractor().extract(
        text: decoded.text, name: "fuzz.txt", path: "fuzz.txt", documentIndex: 0)
    let graph = IndicatorGraph()
    graph.add(document, observations: observations)
    return 0
}
