import ZhibiaoCore

/// What may come next in a statement, by position in the grammar (DESIGN §4).
enum StatementGrammar {
    static let statements = Keyword.statements.map(\.rawValue)
    static let listables = ListKind.allCases.map(\.rawValue)
    static let fields = Field.allCases.map(\.rawValue)
    static let comparisons: Set<String> = ["=", "!=", "<", "<=", ">", ">=", "~"]

    /// The words that may follow `tokens`.
    static func next(after tokens: [CompletionToken], in vocabulary: Vocabulary) -> [String] {
        guard let statement = tokens.first?.keyword else { return tokens.isEmpty ? statements : [] }
        let rest = Array(tokens.dropFirst())
        switch statement {
        case "list":
            return rest.isEmpty ? listables : []
        case "show", "compare", "series", "describe", "check":
            return afterTargetStatement(statement, rest, vocabulary)
        case "trace":
            return rest.isEmpty ? idPrefixes(vocabulary) : []
        default:
            return []
        }
    }

    private static func afterTargetStatement(
        _ statement: String, _ rest: [CompletionToken], _ vocabulary: Vocabulary
    ) -> [String] {
        let clauseStart = rest.lastIndex { ["where", "order", "by", "limit"].contains($0.keyword ?? "") }
        guard let clauseStart else {
            if rest.isEmpty || rest.last == .symbol(",") {
                return (statement == "describe" ? [] : ["all"]) + targets(vocabulary)
            }
            return clausesAfterTargets(statement)
        }
        var clause = rest[clauseStart].keyword!
        if clause == "by", clauseStart > 0, rest[clauseStart - 1].keyword == "order" { clause = "order" }
        let inClause = Array(rest[(clauseStart + 1)...])
        switch clause {
        case "where":
            return afterCondition(statement, ConditionState.after(inClause), vocabulary)
        case "order":
            let afterBy = rest[clauseStart].keyword == "by" ? inClause : Array(inClause.dropFirst())
            if rest[clauseStart].keyword == "order" && inClause.isEmpty { return ["by"] }
            switch afterBy.count {
            case 0: return fields
            case 1: return ["asc", "desc", "limit"]
            case 2 where ["asc", "desc"].contains(afterBy[1].keyword ?? ""): return ["limit"]
            default: return []
            }
        case "by":
            // `compare … by A, B`: a second field after the comma, other than the first.
            if inClause.isEmpty { return fields }
            if inClause.count == 2, inClause[1] == .symbol(","), case .word(let first) = inClause[0] {
                return fields.filter { $0 != first }
            }
            return []
        default:
            return []
        }
    }

    private static func clausesAfterTargets(_ statement: String) -> [String] {
        switch statement {
        case "show": ["where", "order", "limit"]
        case "compare": ["where", "by"]
        case "series": ["where"]
        default: []
        }
    }

    private static func afterCondition(
        _ statement: String, _ state: ConditionState, _ vocabulary: Vocabulary
    ) -> [String] {
        switch state {
        case .expectField: return fields + ["not"]
        case .expectOperator: return ["in"]
        case .expectValue(let field), .expectListValue(let field): return values(of: field, in: vocabulary)
        case .complete:
            switch statement {
            case "show": return ["and", "or", "order", "limit"]
            case "compare": return ["and", "or", "by"]
            default: return ["and", "or"]
            }
        case .expectListSeparator, .unknown: return []
        }
    }

    /// Sector ids, 中文 sector names, the indicators stated and metric phrases.
    static func targets(_ vocabulary: Vocabulary) -> [String] {
        vocabulary.sectors.map(\.id) + vocabulary.sectors.map(\.chineseName) + vocabulary.indicators
            + vocabulary.metrics.filter { !vocabulary.indicators.contains($0) }
    }

    /// The beginnings of the ids present: each article's key and a colon (`cppxbnyk:`).
    static func idPrefixes(_ vocabulary: Vocabulary) -> [String] {
        vocabulary.documentKeys.map { $0 + ":" }
    }

    /// The values present in the graph for `field`.
    static func values(of field: String, in vocabulary: Vocabulary) -> [String] {
        switch field {
        case "year": vocabulary.years.map(String.init)
        case "unit": vocabulary.units
        case "region": vocabulary.regions
        case "doc": vocabulary.documents + vocabulary.documentKeys
        case "id": idPrefixes(vocabulary)
        case "sector": vocabulary.sectors.map(\.id) + vocabulary.sectors.map(\.chineseName)
        case "metric": vocabulary.metrics
        case "qualifier": Qualifier.allCases.map(\.rawValue)
        case "kind": Kind.allCases.map(\.rawValue)
        case "indicator": vocabulary.indicators
        default: []
        }
    }
}

/// Where a `where` expression stands after its finished tokens.
enum ConditionState: Equatable {
    case expectField
    case expectOperator(String)
    case expectValue(String)
    case expectListValue(String)
    case expectListSeparator(String)
    case complete
    case unknown

    static func after(_ tokens: [CompletionToken]) -> ConditionState {
        var state = ConditionState.expectField
        var pendingInList = false
        for token in tokens {
            switch (state, token) {
            case (.expectField, .word(let w)) where w.lowercased() == "not": state = .expectField
            case (.expectField, .symbol("(")): state = .expectField
            case (.expectField, .word(let w)) where StatementGrammar.fields.contains(w.lowercased()):
                state = .expectOperator(w.lowercased())
            case (.expectOperator(let f), .symbol(let s)) where StatementGrammar.comparisons.contains(s):
                state = .expectValue(f)
            case (.expectOperator(let f), .word(let w)) where w.lowercased() == "in":
                state = .expectListValue(f)
                pendingInList = true
            case (.expectListValue, .symbol("(")) where pendingInList:
                pendingInList = false
            case (.expectListValue(let f), .word), (.expectListValue(let f), .string):
                state = .expectListSeparator(f)
            case (.expectListSeparator(let f), .symbol(",")): state = .expectListValue(f)
            case (.expectListSeparator, .symbol(")")): state = .complete
            case (.expectValue, .word), (.expectValue, .string): state = .complete
            case (.complete, .symbol(")")): state = .complete
            case (.complete, .word(let w)) where ["and", "or"].contains(w.lowercased()):
                state = .expectField
            default: return .unknown
            }
        }
        return pendingInList ? .unknown : state
    }
}
