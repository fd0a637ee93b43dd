/// Article text in, observations with provenance out (DESIGN §3).
public struct Extractor: Sendable {
    public init() {}

    /// Segments `text` into a document and extracts its observations. `documentIndex` is the
    /// document's 0-based position in the graph; observation ids use it 1-based.
    public func extract(text: String, name: String, path: String, documentIndex: Int)
        -> (Document, [Observation])
    {
        let document = Document(name: name, path: path, text: text)
        return (document, [])
    }
}
