/// Answers statements over an indicator graph. Produces answers as data; rendering is done
/// elsewhere, once.
public struct Evaluator {
    public let graph: IndicatorGraph
    /// Population by region name, for flagging people counts larger than a region.
    public var populations: [String: Double]
    /// Polled by long loops (check, compare, scans): when it answers true they stop early, and
    /// the session throws their partial answer away.
    public var isCancelled: () -> Bool = { false }

    public init(graph: IndicatorGraph, populations: [String: Double] = [:]) {
        self.graph = graph
        self.populations = populations
    }

    public func evaluate(_ statement: Statement) throws(Diagnostic) -> Answer {
        switch statement {
        case .show(let targets, let filter, let order, let limit):
            return try show(targets, filter: filter, order: order, limit: limit)
        case .compare(let targets, let filter, let group):
            return try compare(targets, filter: filter, by: group.map(\.field))
        case .series(let targets, let filter):
            return try series(targets, filter: filter)
        case .list(let kind):
            return Answer([.table(list(kind))])
        case .describe(let name):
            return try describe(name)
        case .trace(let id, let span):
            return try trace(id, at: span)
        case .find(let text, let span):
            return try find(text, at: span)
        case .check(let targets):
            let selection = try select(targets, filter: nil)
            return Answer([.table(findingsTable(check(selection.positions)))])
        }
    }

    /// Stable sort by a field; observations without the field come last either way.
    func sorted(_ positions: [Int], by order: Ordering) -> [Int] {
        let observations = graph.observations
        return Self.sorted(positions, by: order) { observations[$0].sortKey(order.field.field) }
    }

    /// Stable sort of any items by the sort key of a field; missing keys last either way.
    static func sorted<Item>(_ items: [Item], by order: Ordering, key: (Item) -> SortKey) -> [Item] {
        let keyed = items.map { (item: $0, key: key($0)) }
        return keyed.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element.key, rhs.element.key)
            if a == b { return lhs.offset < rhs.offset }
            if a == .missing || b == .missing { return b == .missing }
            return order.descending ? b < a : a < b
        }.map(\.element.item)
    }
}
