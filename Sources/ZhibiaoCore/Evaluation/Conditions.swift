/// A `where` expression with its literals checked and resolved against the graph (sector
/// names, document names), ready to test observations.
indirect enum Predicate {
    case test(Field, ComparisonOperator, Operand)
    case any(Field, [Operand])
    case and(Predicate, Predicate)
    case or(Predicate, Predicate)
    case not(Predicate)

    /// A literal resolved for its field.
    enum Operand: Equatable {
        case number(Double)
        case text(String)
        case sector(Sector)
        /// A 0-based document index.
        case document(Int)
        /// Documents whose names contain a text (`doc ~ review`).
        case documents(Set<Int>)
        case id(ObservationID)
        case qualifier(Qualifier?)
        case kind(Kind)
        /// A catalog indicator (-1: none).
        case indicator(Int16)
        /// Catalog indicators whose id or name contains a text (`indicator ~ income`).
        case indicators(Set<Int16>)
    }

    func matches(_ observation: Observation) -> Bool {
        switch self {
        case .test(let field, let op, let operand): Predicate.test(observation, field, op, operand)
        case .any(let field, let operands): operands.contains { Predicate.test(observation, field, .equal, $0) }
        case .and(let left, let right): left.matches(observation) && right.matches(observation)
        case .or(let left, let right): left.matches(observation) || right.matches(observation)
        case .not(let operand): !operand.matches(observation)
        }
    }

    private static func test(_ o: Observation, _ field: Field, _ op: ComparisonOperator, _ operand: Operand) -> Bool {
        switch (field, operand) {
        case (.year, .number(let n)): return compare(o.year.map(Double.init), op, n)
        case (.value, .number(let n)): return compare(o.value, op, n)
        case (.sector, .sector(let s)):
            return compare(o.sortKey(.sector), op, .number(Double(Sector.allCases.firstIndex(of: s)!)))
        case (.sector, .text(let t)): return o.sector.id.contains(t.lowercased()) || o.sector.chineseName.contains(t)
        case (.doc, .document(let index)): return compare(Double(o.document), op, Double(index))
        case (.doc, .documents(let indexes)): return indexes.contains(o.document)
        case (.qualifier, .qualifier(let q)): return (o.qualifier == q) == (op == .equal)
        case (.qualifier, .text(let t)): return (o.qualifier?.rawValue ?? "none").contains(t)
        case (.kind, .kind(let k)): return (o.kind == k) == (op == .equal)
        case (.kind, .text(let t)): return o.kind.rawValue.contains(t)
        case (.indicator, .indicator(let i)):
            return op == .equal || op == .notEqual ? (o.indicator == i) == (op == .equal) : false
        case (.indicator, .indicators(let set)): return set.contains(o.indicator)
        case (.id, .id(let id)):
            // Ids are ordered within their article only: `id < kmqxbtea:10` is that article's
            // first nine.
            guard o.id.document == id.document else { return op == .notEqual }
            return compare(Double(o.id.number), op, Double(id.number))
        case (.id, .text(let t)): return o.id.description.contains(t)
        case (_, .text(let t)):
            let text: String? =
                switch field {
                case .period: o.period ?? o.year.map(String.init)
                case .metric: o.metric
                case .unit: o.unit
                case .region: o.region
                default: nil
                }
            return compare(text, op, t)
        default: return false
        }
    }

    private static func compare(_ value: Double?, _ op: ComparisonOperator, _ literal: Double) -> Bool {
        guard let value else { return op == .notEqual }
        let equal = abs(value - literal) <= 1e-9 * max(1, abs(literal))
        switch op {
        case .equal, .contains: return equal
        case .notEqual: return !equal
        case .less: return value < literal && !equal
        case .lessOrEqual: return value < literal || equal
        case .greater: return value > literal && !equal
        case .greaterOrEqual: return value > literal || equal
        }
    }

    private static func compare(_ value: String?, _ op: ComparisonOperator, _ literal: String) -> Bool {
        guard let value else { return op == .notEqual }
        switch op {
        case .equal: return value == literal
        case .notEqual: return value != literal
        case .contains: return value.contains(literal)
        case .less: return value < literal
        case .lessOrEqual: return value <= literal
        case .greater: return value > literal
        case .greaterOrEqual: return value >= literal
        }
    }

    private static func compare(_ key: SortKey, _ op: ComparisonOperator, _ literal: SortKey) -> Bool {
        switch op {
        case .equal, .contains: key == literal
        case .notEqual: key != literal
        case .less: key < literal
        case .lessOrEqual: key <= literal
        case .greater: key > literal
        case .greaterOrEqual: key >= literal
        }
    }
}
