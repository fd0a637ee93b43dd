/// Checks the literals of a `where` expression against their fields and the graph, so that a
/// misspelt sector or document is an error with a suggestion rather than an empty answer.
struct ConditionCompiler {
    let graph: IndicatorGraph

    func compile(_ expr: Expr) throws(Diagnostic) -> Predicate {
        switch expr {
        case .comparison(let field, let op, let literal):
            return .test(field.field, op, try operand(literal, for: field, op: op))
        case .membership(let field, let literals):
            var operands: [Predicate.Operand] = []
            for literal in literals { operands.append(try operand(literal, for: field, op: .equal)) }
            return .any(field.field, operands)
        case .and(let left, let right): return .and(try compile(left), try compile(right))
        case .or(let left, let right): return .or(try compile(left), try compile(right))
        case .not(let operand, _): return .not(try compile(operand))
        }
    }

    private func operand(
        _ literal: Literal, for reference: FieldReference, op: ComparisonOperator
    ) throws(Diagnostic)
        -> Predicate.Operand
    {
        let field = reference.field
        if op == .contains {
            guard !field.isNumeric else {
                throw Diagnostic(
                    "'~' (contains) needs a text field; \(field.rawValue) holds numbers", at: reference.span,
                    notes: ["compare numbers with =, !=, <, <=, > or >="])
            }
            let text = literal.text(unquoted: true)
            if field == .indicator {
                let indicators = graph.catalog.indicators
                return .indicators(
                    Set(
                        indicators.indices.filter {
                            indicators[$0].id.contains(text) || indicators[$0].name.contains(text)
                        }.map { Int16($0) }))
            }
            if field == .doc {
                return .documents(Set(graph.documents.indices.filter { graph.documents[$0].name.contains(text) }))
            }
            return .text(text)
        }
        switch (field, literal.value) {
        case (.year, .number(let number)), (.value, .number(let number)):
            return .number(number.value)
        case (.year, _), (.value, _):
            throw Diagnostic("\(field.rawValue) needs a number, found '\(literal.text)'", at: literal.span)
        case (.id, .id(let id)):
            return .id(id)
        case (.id, _):
            throw Diagnostic(
                "id needs an observation id such as kmqxbtea:14, found '\(literal.text)'", at: literal.span)
        case (.sector, _):
            let name = literal.text(unquoted: true)
            guard let sector = Sector(name: name) else {
                let names = Sector.allCases.flatMap { [$0.id, $0.chineseName] }
                throw Diagnostic(
                    "unknown sector '\(name)'", at: literal.span, notes: ["`list sectors` shows the sectors"],
                    suggestion: Suggestions.closest(to: name, among: names))
            }
            return .sector(sector)
        case (.qualifier, _):
            let name = literal.text(unquoted: true).lowercased()
            if name == "none" { return .qualifier(nil) }
            guard let qualifier = Qualifier(rawValue: name) else {
                let names = ["none"] + Qualifier.allCases.map(\.rawValue)
                throw Diagnostic(
                    "unknown qualifier '\(name)'", at: literal.span,
                    notes: ["qualifiers are " + names.joined(separator: ", ")],
                    suggestion: Suggestions.closest(to: name, among: names))
            }
            return .qualifier(qualifier)
        case (.kind, _):
            let name = literal.text(unquoted: true).lowercased()
            guard let kind = Kind(rawValue: name) else {
                let names = Kind.allCases.map(\.rawValue)
                throw Diagnostic(
                    "unknown kind '\(name)'", at: literal.span, notes: ["kinds are " + names.joined(separator: ", ")],
                    suggestion: Suggestions.closest(to: name, among: names))
            }
            return .kind(kind)
        case (.doc, _):
            return try document(literal)
        case (.indicator, _):
            let name = literal.text(unquoted: true)
            if name.lowercased() == "none" { return .indicator(-1) }
            guard let index = graph.catalog.indicator(named: name) else {
                let names = graph.catalog.indicators.flatMap { [$0.id, $0.name] }
                throw Diagnostic(
                    "no indicator '\(name)' in the catalog", at: literal.span,
                    notes: ["`list indicators` shows the indicators of the loaded articles"],
                    suggestion: Suggestions.closest(to: name, among: names))
            }
            return .indicator(Int16(index))
        default:
            return .text(literal.text(unquoted: true))
        }
    }

    /// A document by 1-based number, key, file name, or file name without `.txt`.
    private func document(_ literal: Literal) throws(Diagnostic) -> Predicate.Operand {
        let names = graph.documents.map(\.name)
        if case .number(let number) = literal.value, number.isWholeNumber {
            let index = Int(number.value) - 1
            guard names.indices.contains(index) else {
                throw Diagnostic("no document \(literal.text); \(names.count) loaded", at: literal.span)
            }
            return .document(index)
        }
        let name = literal.text(unquoted: true)
        if let index = names.firstIndex(where: { $0 == name || $0.dropLastExtension == name }) {
            return .document(index)
        }
        if let key = DocumentKey(name), let index = graph.documentIndex(forKey: key) { return .document(index) }
        throw Diagnostic(
            "no document '\(name)'", at: literal.span, notes: ["`list docs` shows the loaded documents"],
            suggestion: Suggestions.closest(to: name, among: names + names.map(\.dropLastExtension)))
    }
}

extension Literal {
    /// The literal's text without quotes.
    func text(unquoted: Bool) -> String {
        if case .text(let string) = value { return string }
        return text
    }
}

extension String {
    var dropLastExtension: String {
        guard let dot = lastIndex(of: "."), dot != startIndex else { return self }
        return String(self[..<dot])
    }
}
