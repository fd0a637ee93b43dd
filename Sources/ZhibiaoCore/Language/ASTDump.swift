/// A readable tree of a statement with the span of every node, for golden tests and for
/// seeing how a query was understood.
extension ParsedStatement {
    public func dump() -> String {
        var lines: [String] = []
        func add(_ depth: Int, _ text: String) { lines.append(String(repeating: "  ", count: depth) + text) }
        let head = "@\(span)"
        switch statement {
        case .show(let targets, let filter, let order, let limit):
            add(0, "show \(head)")
            dump(targets, into: &lines)
            if let filter {
                add(1, "where")
                filter.dump(depth: 2, into: &lines)
            }
            if let order {
                add(
                    1,
                    "order by \(order.field.field.rawValue) @\(order.field.span) \(order.descending ? "desc" : "asc")")
            }
            if let limit { add(1, "limit \(limit)") }
        case .compare(let targets, let filter, let group):
            add(0, "compare \(head)")
            dump(targets, into: &lines)
            if let filter {
                add(1, "where")
                filter.dump(depth: 2, into: &lines)
            }
            for field in group { add(1, "by \(field.field.rawValue) @\(field.span)") }
        case .series(let targets, let filter):
            add(0, "series \(head)")
            dump(targets, into: &lines)
            if let filter {
                add(1, "where")
                filter.dump(depth: 2, into: &lines)
            }
        case .list(let kind):
            add(0, "list \(kind.rawValue) \(head)")
        case .describe(let name):
            add(0, "describe \(head)")
            add(1, "name \"\(name.text)\" @\(name.span)")
        case .trace(let id, let span):
            add(0, "trace \(head)")
            add(1, "id \(id) @\(span)")
        case .find(let text, let span):
            add(0, "find \(head)")
            add(1, "string \"\(text)\" @\(span)")
        case .check(let targets):
            add(0, "check \(head)")
            if let targets { dump(targets, into: &lines) }
        }
        return lines.joined(separator: "\n")
    }

    private func dump(_ targets: Targets, into lines: inout [String]) {
        switch targets {
        case .all(let span):
            lines.append("  all @\(span)")
        case .names(let names):
            lines.append("  targets")
            for name in names { lines.append("    name \"\(name.text)\" @\(name.span)") }
        }
    }
}

extension Expr {
    func dump(depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        switch self {
        case .comparison(let field, let op, let literal):
            lines.append(indent + "\(field.field.rawValue) @\(field.span) \(op.rawValue) \(literal.dumped)")
        case .membership(let field, let literals):
            lines.append(
                indent + "\(field.field.rawValue) @\(field.span) in (\(literals.map(\.dumped).joined(separator: ", ")))"
            )
        case .and(let left, let right):
            lines.append(indent + "and")
            left.dump(depth: depth + 1, into: &lines)
            right.dump(depth: depth + 1, into: &lines)
        case .or(let left, let right):
            lines.append(indent + "or")
            left.dump(depth: depth + 1, into: &lines)
            right.dump(depth: depth + 1, into: &lines)
        case .not(let operand, let span):
            lines.append(indent + "not @\(span)")
            operand.dump(depth: depth + 1, into: &lines)
        }
    }
}

extension Literal {
    var dumped: String {
        switch value {
        case .number(let number):
            "number \(NumberFormat.exact(number.value))\(number.isPercent ? "%" : "") '\(text)' @\(span)"
        case .text(let string): "text \"\(string)\" @\(span)"
        case .id(let id): "id \(id) @\(span)"
        }
    }
}
