/// Splits a query text into tokens. Never fails: unreadable text becomes an `.invalid` token
/// that the parser reports with its span.
public struct Lexer {
    private let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar, plus the end offset.
    private let offsets: [Int]
    private var position = 0
    private var tokens: [Token] = []
    /// Open parentheses not yet closed: a newline inside them continues the statement.
    private(set) var openParentheses = 0

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    /// All tokens, ending with `.endOfInput`.
    public mutating func tokenize() -> [Token] {
        while let scalar = peek() {
            let start = position
            switch scalar {
            case "\n":
                position += 1
                // A statement left unfinished on this line continues on the next one.
                let unfinished = openParentheses > 0 || (tokens.last?.continuesStatement ?? false)
                if !unfinished { emit(.end, from: start) }
            case ";":
                position += 1
                emit(.end, from: start)
            case " ", "\t", "\r", "\u{3000}": position += 1
            case "-" where peek(1) == "-":
                while let next = peek(), next != "\n" { position += 1 }
            case "-" where peek(1).map { ("0"..."9").contains($0) } ?? false:
                // value < -1: a negative number (人口自然增长率为-3.19‰).
                position += 1
                lexNumber(from: start, negative: true)
            case "(":
                position += 1
                openParentheses += 1
                emit(.leftParen, from: start)
            case ")":
                position += 1
                openParentheses = max(0, openParentheses - 1)
                emit(.rightParen, from: start)
            case ",", "，":
                position += 1
                emit(.comma, from: start)
            case "=", "~", "<", ">", "!": lexOperator(scalar, from: start)
            case "'", "\"": lexString(quote: scalar, from: start)
            case "%":
                position += 1
                emit(.word("%"), from: start)
            case "0"..."9": lexNumber(from: start)
            default:
                if Lexer.isWordCharacter(scalar) {
                    lexWord(from: start)
                } else {
                    position += 1
                    emit(.invalid("unexpected character '\(scalar.escapedForDisplay)'"), from: start)
                }
            }
        }
        emit(.endOfInput, from: position)
        return tokens
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private func text(from start: Int) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<position])
        return text
    }

    private mutating func emit(_ kind: TokenKind, from start: Int) {
        tokens.append(Token(kind: kind, span: SourceSpan(offsets[start], offsets[position]), text: text(from: start)))
    }

    private mutating func lexOperator(_ first: Unicode.Scalar, from start: Int) {
        position += 1
        let twoCharacter = peek() == "=" && first != "~"
        if twoCharacter { position += 1 }
        let spelled = text(from: start)
        if let op = ComparisonOperator(rawValue: spelled) {
            emit(.op(op), from: start)
        } else if spelled == "==" {
            emit(.op(.equal), from: start)
        } else {
            emit(.invalid("unexpected character '\(spelled)'"), from: start)
        }
    }

    private mutating func lexString(quote: Unicode.Scalar, from start: Int) {
        position += 1
        while let next = peek(), next != quote { position += 1 }
        guard peek() == quote else {
            emit(.invalid("unterminated string"), from: start)
            return
        }
        position += 1
        var content = ""
        content.unicodeScalars.append(contentsOf: scalars[(start + 1)..<(position - 1)])
        emit(.string(content), from: start)
    }

    /// Reads the number at `position`; `start` is where its text begins (at its minus sign when
    /// `negative`).
    private mutating func lexNumber(from start: Int, negative: Bool = false) {
        var mantissa = 0
        var scale = 0
        var overflowed = false
        func digits(counting: Bool) {
            while let next = peek(), next.properties.numericType == .decimal, next.isASCII {
                let (product, o1) = mantissa.multipliedReportingOverflow(by: 10)
                let (sum, o2) = product.addingReportingOverflow(Int(next.value - 48))
                overflowed = overflowed || o1 || o2
                mantissa = sum
                if counting { scale += 1 }
                position += 1
            }
        }
        digits(counting: false)
        var whole = true
        if peek() == ":", let after = peek(1), ("0"..."9").contains(after) {
            position += 1
            digits(counting: false)
            let spelled = text(from: start)
            if let id = ObservationID(spelled) { emit(.id(id), from: start) } else { emit(.word(spelled), from: start) }
            return
        }
        if peek() == ".", let after = peek(1), ("0"..."9").contains(after) {
            position += 1
            whole = false
            digits(counting: true)
        }
        var multiplier = 1.0
        var percent = false
        if peek() == "万" && peek(1) == "亿" {
            position += 2
            multiplier = 1e12
        } else if peek() == "万" {
            position += 1
            multiplier = 1e4
        } else if peek() == "亿" {
            position += 1
            multiplier = 1e8
        } else if peek() == "%" {
            position += 1
            percent = true
        }
        // 5G基站, 12345热线: digits run into a word, so the whole run is a word.
        if let next = peek(), Lexer.isWordCharacter(next), !percent {
            lexWord(from: start)
            return
        }
        var scaleFactor = 1.0
        for _ in 0..<scale { scaleFactor *= 10 }
        // Integer arithmetic first so that 4.82万 is exactly 48200.
        let value =
            overflowed
            ? (Double(text(from: start).filter { $0.isNumber || $0 == "." }) ?? .infinity) * multiplier
            : Double(mantissa) * multiplier / scaleFactor
        // A negative number is never a year, a limit or a document's number.
        let literal = NumberLiteral(
            value: negative ? -value : value, isPercent: percent,
            isWholeNumber: whole && multiplier == 1 && !percent && !negative)
        emit(.number(literal), from: start)
    }

    private mutating func lexWord(from start: Int) {
        while let next = peek() {
            if next == "-" && peek(1) == "-" { break }
            guard Lexer.isWordCharacter(next) || next == "-" || next == "." || next == "%" else { break }
            position += 1
        }
        let word = text(from: start)
        let letters = word.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
        // kmqxbtea:14, an observation id: an article's key, a colon, a number (and d for the
        // figure derived from it, kmqxbtea:14d).
        if letters, peek() == ":", let after = peek(1), ("0"..."9").contains(after) {
            position += 1
            while let next = peek(), ("0"..."9").contains(next) { position += 1 }
            if peek() == "d", !(peek(1).map { Lexer.isWordCharacter($0) } ?? false) { position += 1 }
            let spelled = text(from: start)
            if let id = ObservationID(spelled) { emit(.id(id), from: start) } else { emit(.word(spelled), from: start) }
            return
        }
        if letters, let keyword = Keyword(rawValue: word.lowercased()) {
            emit(.keyword(keyword), from: start)
        } else {
            emit(.word(word), from: start)
        }
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
        switch scalar {
        case "_", "/", "、", "（", "）", "《", "》", "·", "“", "”": return true
        default: return false
        }
    }
}

extension Unicode.Scalar {
    /// The scalar as a diagnostic may show it: control characters as `\x1b`.
    var escapedForDisplay: String { TerminalText.escape(String(self)) }
}
