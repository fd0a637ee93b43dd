/// A sentence of an article and where it stands.
public struct Sentence: Sendable {
    /// The text the sentence is cut from, and where in its UTF-8 the sentence runs: the
    /// document's text where the sentence stands in it whole, which the graph keeps anyway,
    /// rather than a copy of its own for each sentence (making and freeing a copy for every
    /// sentence was a tenth of what reading a sentence cost); a sentence joined from two lines
    /// has text of its own. The slice is made when asked for: most sentences are never read
    /// again once extraction is done with them.
    private var whole: String
    private var start: Int
    private var end: Int
    /// 1-based line of the source file on which the sentence starts.
    public var line: Int
    /// 0-based paragraph index within the document.
    public var paragraph: Int

    /// The sentence's words. Its `utf8` counts from the sentence's start, as a String's does.
    public var text: Substring {
        let utf8 = whole.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return Substring(utf8[lower..<utf8.index(lower, offsetBy: end - start)])
    }

    /// The sentence that is bytes `utf8` of `text`, which start and end at characters.
    init(in text: String, utf8: Range<Int>, line: Int, paragraph: Int) {
        (whole, start, end) = (text, utf8.lowerBound, utf8.upperBound)
        self.line = line
        self.paragraph = paragraph
    }

    public init(text: Substring, line: Int, paragraph: Int) {
        let utf8 = text.base.utf8
        let start = utf8.distance(from: utf8.startIndex, to: text.startIndex)
        self.init(in: text.base, utf8: start..<(start + text.utf8.count), line: line, paragraph: paragraph)
    }

    public init(text: String, line: Int, paragraph: Int) {
        self.init(in: text, utf8: 0..<text.utf8.count, line: line, paragraph: paragraph)
    }
}

/// A loaded article: its name, decoded text and sentences.
public struct Document: Sendable {
    /// The file name (`changzhi-2025-year-in-review-4.txt`).
    public var name: String
    /// The path it was loaded from.
    public var path: String
    /// What its observation ids begin with, from its text (`kmqxbtea` in `kmqxbtea:14`).
    public var key: DocumentKey
    /// The decoded, normalized text.
    public var text: String
    public var paragraphCount: Int
    public var sentences: [Sentence]
    /// The year the article reports on, stated or inferred from its dates.
    public var year: Int?
    /// The place the article is about (我市 means it), if it names one.
    public var region: String?

    public init(
        name: String, path: String, text: String, key: DocumentKey? = nil, paragraphCount: Int = 0,
        sentences: [Sentence] = [], year: Int? = nil, region: String? = nil
    ) {
        self.name = name
        self.path = path
        self.key = key ?? DocumentKey(articleText: text)
        self.text = text
        self.paragraphCount = paragraphCount
        self.sentences = sentences
        self.year = year
        self.region = region
    }

    /// Number of characters (Unicode scalars) in the text.
    public var characterCount: Int { text.unicodeScalars.count }
}
