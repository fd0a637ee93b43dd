/// A sentence of an article and where it stands.
public struct Sentence: Sendable {
    /// The sentence's words: a slice of its document's text where the sentence stands in it
    /// whole, which the graph keeps anyway, rather than a copy of its own for each sentence.
    /// (Making and freeing a copy for every sentence was a tenth of what reading a sentence
    /// cost; a sentence joined from two lines has text of its own.) Its `utf8` counts from
    /// the sentence's start like a String's.
    public var text: Substring
    /// 1-based line of the source file on which the sentence starts.
    public var line: Int
    /// 0-based paragraph index within the document.
    public var paragraph: Int

    public init(text: Substring, line: Int, paragraph: Int) {
        self.text = text
        self.line = line
        self.paragraph = paragraph
    }

    public init(text: String, line: Int, paragraph: Int) {
        self.init(text: text[...], line: line, paragraph: paragraph)
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
