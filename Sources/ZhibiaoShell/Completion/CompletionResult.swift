/// What Tab does with the text before the cursor: `word` is replaced by `insertion` when there
/// is one; `listing` is shown (on a second Tab) when several candidates remain.
struct CompletionResult: Equatable {
    /// The end of the line that the insertion replaces (may be empty).
    var word: String
    /// Full replacement texts for `word`.
    var candidates: [String]
    /// What to show for each candidate in a list (file names rather than whole paths).
    var listing: [String]

    init(word: String, candidates: [String], listing: [String]? = nil) {
        self.word = word
        self.candidates = candidates
        self.listing = listing ?? candidates
    }

    static func none(_ word: String) -> CompletionResult { CompletionResult(word: word, candidates: []) }

    /// The text to put in place of `word`: a single candidate whole (with a space after it,
    /// unless it is a folder or an article's key that its observation's number follows), else the candidates' common prefix when it adds something.
    var insertion: String? {
        if candidates.count == 1, let only = candidates.first {
            if only.hasSuffix("/") || only.hasSuffix(":") { return only }
            if let quote = only.first, quote == "\"" || quote == "'", only.count == 1 || only.last != quote {
                return only + String(quote) + " "
            }
            return only + " "
        }
        guard let prefix = Self.commonPrefix(candidates),
            prefix.unicodeScalars.count > word.unicodeScalars.count,
            prefix.lowercased().hasPrefix(word.lowercased())
        else { return nil }
        return prefix
    }

    /// The longest run of leading scalars all candidates share.
    static func commonPrefix(_ candidates: [String]) -> String? {
        guard var prefix = candidates.first.map({ Array($0.unicodeScalars) }) else { return nil }
        for candidate in candidates.dropFirst() {
            let scalars = Array(candidate.unicodeScalars)
            var length = 0
            while length < min(prefix.count, scalars.count), prefix[length] == scalars[length] {
                length += 1
            }
            prefix.removeSubrange(length...)
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: prefix)
        return text
    }
}
