/// A sentence quoted as its article prints it: the source lines it spans, each with its line
/// number, and where a range of the sentence (a figure, a searched text) falls on each.
///
/// Extraction joins lines that page layout broke and drops bullet markers (○), so a sentence's
/// text is not always the article's; the quote takes the article's own lines back. A line is
/// quoted from its start when only markers or spaces stand before the sentence, and to its end
/// when only punctuation or spaces follow; otherwise the other sentences sharing it are left out.
struct Quotation {
    /// One quoted line: its 1-based number, its text, and the highlighted UTF-8 range in that text
    /// (nil when the range falls on other lines).
    struct Line: Equatable {
        var number: Int
        var text: String
        var highlight: Range<Int>?
    }

    var lines: [Line]

    /// The quote of sentence `index` of `document` with `range` (UTF-8 offsets in the sentence's
    /// text) highlighted. A sentence whose source cannot be found (a graph built by hand) is
    /// quoted as its text, on its own line.
    init(
        sentence index: Int, of document: Document, at documentIndex: Int, highlighting range: Range<Int>,
        sources: SentenceSources
    ) {
        let sentence = document.sentences[index]
        guard let source = sources.source(of: document, at: documentIndex), let pieces = source.pieces(of: index) else {
            lines = [Line(number: sentence.line, text: String(sentence.text), highlight: range)]
            return
        }
        let text = source.bytes
        let start = pieces.first!.document
        let end = pieces.last!.document + pieces.last!.count
        // The range's bytes in the document: a range of the sentence maps piece by piece (glue
        // put between joined lines lies in none and is dropped).
        var marked: [Range<Int>] = []
        for piece in pieces {
            let lower = max(range.lowerBound, piece.sentence)
            let upper = min(range.upperBound, piece.sentence + piece.count)
            if lower < upper {
                marked.append((piece.document + lower - piece.sentence)..<(piece.document + upper - piece.sentence))
            }
        }
        var quoted: [Line] = []
        var line = source.line(at: start)
        while line < source.lineStarts.count && source.lineStarts[line] <= end {
            let lineStart = source.lineStarts[line]
            var lineEnd = line + 1 < source.lineStarts.count ? source.lineStarts[line + 1] - 1 : text.count
            while lineEnd > lineStart && text[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            var from = lineStart
            var to = lineEnd
            if start > lineStart && !Self.onlyMarkers(text[lineStart..<start]) { from = start }
            if end < lineEnd && !Self.onlyMarkers(text[end..<lineEnd]) { to = end }
            let highlight = marked.lazy.compactMap { part -> Range<Int>? in
                let lower = max(part.lowerBound, from)
                let upper = min(part.upperBound, to)
                return lower < upper ? (lower - from)..<(upper - from) : nil
            }.first
            let quote = String(decoding: text[from..<max(from, to)], as: UTF8.self)
            // Blank lines inside a joined sentence are not quoted; the numbers stay the article's.
            if !quote.allSatisfy(\.isWhitespace) {
                quoted.append(Line(number: line + 1, text: quote, highlight: highlight))
            }
            line += 1
        }
        lines = quoted
    }

    /// Whether the bytes hold only spaces, bullet markers and punctuation: no letter, ideograph
    /// or digit of another sentence.
    private static func onlyMarkers(_ bytes: ArraySlice<UInt8>) -> Bool {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy {
            !$0.properties.isAlphabetic && $0.properties.numericType == nil
        }
    }
}

/// Where each sentence of a document lies in its text, found by segmenting the text again as
/// extraction did: kept per document for the statement being answered.
final class SentenceSources {
    /// A run of a sentence's UTF-8 copied from the document: `count` bytes from `sentence` in
    /// the sentence's text, from `document` in the document's.
    struct Piece: Equatable {
        var sentence: Int
        var document: Int
        var count: Int
    }

    /// A document's text as bytes, where its lines start, and its sentences' pieces.
    struct Source {
        var bytes: [UInt8]
        var lineStarts: [Int]
        var sentences: [[Piece]]

        func pieces(of index: Int) -> [Piece]? {
            sentences.indices.contains(index) && !sentences[index].isEmpty ? sentences[index] : nil
        }

        /// The 0-based line holding byte `offset`.
        func line(at offset: Int) -> Int {
            var (low, high) = (0, lineStarts.count - 1)
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return low
        }
    }

    private var cache: [Int: Source?] = [:]

    /// The source of the document at `index` in the graph (the cache's key), or nil when
    /// segmenting its text again does not give back its sentences (a document built by hand).
    func source(of document: Document, at index: Int) -> Source? {
        if let known = cache[index] { return known }
        let source = Self.segment(document)
        cache[index] = .some(source)
        return source
    }

    private static func segment(_ document: Document) -> Source? {
        var result: [[Piece]] = []
        for block in Segmenter.blocks(document.text) {
            // UTF-8 offset of each scalar of the block's text.
            var offsets = [0]
            offsets.reserveCapacity(block.text.count + 1)
            for scalar in block.text { offsets.append(offsets.last! + UTF8.width(scalar)) }
            for span in Segmenter.sentences(block) {
                let range = span.offset..<(span.offset + span.text.count)
                var pieces: [Piece] = []
                for piece in block.pieces {
                    let lower = max(range.lowerBound, piece.offset)
                    let upper = min(range.upperBound, piece.offset + piece.count)
                    guard lower < upper else { continue }
                    pieces.append(
                        Piece(
                            sentence: offsets[lower] - offsets[range.lowerBound],
                            document: piece.utf8 + offsets[lower] - offsets[piece.offset],
                            count: offsets[upper] - offsets[lower]))
                }
                result.append(pieces)
            }
        }
        guard result.count == document.sentences.count else { return nil }
        let bytes = Array(document.text.utf8)
        for (pieces, sentence) in zip(result, document.sentences) where !pieces.isEmpty {
            // Each piece must read as the sentence does there.
            let sentenceBytes = Array(sentence.text.utf8)
            for piece in pieces {
                guard piece.sentence + piece.count <= sentenceBytes.count, piece.document + piece.count <= bytes.count,
                    bytes[piece.document..<(piece.document + piece.count)]
                        .elementsEqual(sentenceBytes[piece.sentence..<(piece.sentence + piece.count)])
                else { return nil }
            }
        }
        var lineStarts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
        return Source(bytes: bytes, lineStarts: lineStarts, sentences: result)
    }
}
