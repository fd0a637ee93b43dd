/// A token of a statement as far as completion needs to know it.
enum CompletionToken: Equatable {
    case word(String)
    case string(String)
    /// `= != < <= > >= ~ , ( )`
    case symbol(String)

    /// The word in lower case, or nil for strings and symbols.
    var keyword: String? {
        if case .word(let text) = self { return text.lowercased() }
        return nil
    }
}

/// Splits the text before the cursor into the finished tokens of the current statement and
/// the partial word under the cursor. Forgiving: it never fails, whatever was typed.
enum CompletionScanner {
    struct Scan: Equatable {
        var tokens: [CompletionToken]
        /// The unfinished word at the cursor, with its opening quote if it is a string.
        var partial: String
        /// The cursor stands in a `--` comment: nothing to complete.
        var inComment: Bool
    }

    static func scan(_ text: String) -> Scan {
        var tokens: [CompletionToken] = []
        var word = ""
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func endWord() {
            if !word.isEmpty { tokens.append(.word(word)) }
            word = ""
        }
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case " ", "\t", "\n", "\r", "\u{3000}":
                endWord()
            case ";":
                endWord()
                tokens = []
            case "\"", "'":
                endWord()
                guard let close = scalars[(i + 1)...].firstIndex(of: c) else {
                    var partial = ""
                    partial.unicodeScalars.append(contentsOf: scalars[i...])
                    return Scan(tokens: tokens, partial: partial, inComment: false)
                }
                var content = ""
                content.unicodeScalars.append(contentsOf: scalars[(i + 1)..<close])
                tokens.append(.string(content))
                i = close
            case "-" where word.isEmpty && i + 1 < scalars.count && scalars[i + 1] == "-":
                return Scan(tokens: tokens, partial: "", inComment: true)
            case "=", "~", ",", "(", ")":
                endWord()
                tokens.append(.symbol(String(c)))
            case "!", "<", ">":
                endWord()
                if i + 1 < scalars.count, scalars[i + 1] == "=" {
                    tokens.append(.symbol(String(c) + "="))
                    i += 1
                } else {
                    tokens.append(.symbol(String(c)))
                }
            default:
                word.unicodeScalars.append(c)
            }
            i += 1
        }
        return Scan(tokens: tokens, partial: word, inComment: false)
    }
}
