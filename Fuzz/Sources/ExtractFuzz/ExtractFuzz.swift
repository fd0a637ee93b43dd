import ZhibiaoCore

/// Extractor under libFuzzer: any bytes through the decoder and, when they are text, the
/// extractor and the graph; the text they make is checked to be valid UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let decoded = try? Decoder.decode(bytes) else { return 0 }
    requireValidUTF8(decoded.text, "the decoder's text")
    let (document, observations) = Extractor().extract(
        text: decoded.text, name: "fuzz.txt", path: "fuzz.txt", documentIndex: 0)
    for sentence in document.sentences { requireValidUTF8(sentence.text, "a sentence") }
    for observation in observations {
        requireValidUTF8(observation.metric, "a metric")
        requireValidUTF8(observation.unit, "a unit")
    }
    let graph = IndicatorGraph()
    graph.add(document, observations: observations)
    return 0
}

/// Text that extraction makes without the library checking its bytes (the decoder's, a
/// sentence's, a name's) must be valid UTF-8, equal to the same bytes checked by the library. (A
/// sentence is a slice of the document's text, cut at offsets extraction worked out: its bytes
/// are valid only when both cuts fall between characters.)
func requireValidUTF8(_ text: some StringProtocol, _ what: String) {
    guard let checked = String(validating: Array(text.utf8), as: UTF8.self), checked == text,
        checked.unicodeScalars.elementsEqual(text.unicodeScalars)
    else { fatalError("\(what) is not the valid UTF-8 it holds") }
}
