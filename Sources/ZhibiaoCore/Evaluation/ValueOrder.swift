/// `order by value … limit N`: the graph keeps its observations in value order, so the answer
/// is read from the right end of that order — starting at the bounds the condition puts on the
/// value — and the walk stops after N matches, instead of sorting every match.
extension Evaluator {
    func firstByValue(_ targets: Targets?, filter: Expr?, descending: Bool, limit: Int) throws(Diagnostic) -> [Int] {
        let (candidates, predicate) = try narrow(targets, filter: filter)
        guard limit > 0 else { return [] }
        let observations = graph.observations
        let order = graph.valueOrder
        // A few candidates (an index narrowed them) are sorted themselves: the walk could pass
        // most of the graph before meeting them. Ties keep the order they were read in, as in
        // the walk.
        if let candidates, candidates.count <= max(64, order.count / 64) {
            let matching = predicate.map { p in candidates.filter { p.matches(observations[$0]) } } ?? candidates
            let sorted = matching.sorted { a, b in
                let (x, y) = (observations[a].value, observations[b].value)
                if x != y { return descending ? x > y : x < y }
                return a < b
            }
            return Array(sorted.prefix(limit))
        }
        let bounds = predicate.map(ValueBounds.init) ?? ValueBounds()
        let low = order.partitionPoint { bounds.isBelow(observations[$0].value) }
        let high = order.partitionPoint { !bounds.isAbove(observations[$0].value) }
        var result: [Int] = []
        func take(_ position: Int) -> Bool {
            // Candidates are in position order: membership is a binary search, not a table
            // the size of the graph built for every query.
            if let candidates, !candidates.containsSorted(position) { return false }
            if let predicate, !predicate.matches(observations[position]) { return false }
            result.append(position)
            return result.count == limit
        }
        if !descending {
            for k in low..<max(low, high) where take(order[k]) { return result }
            return result
        }
        // Descending, equal values still come in the order they were read (as a stable sort
        // gives): walk runs of equal values from the top, each run forwards.
        var end = high
        while end > low {
            var start = end - 1
            let value = observations[order[start]].value
            while start > low && observations[order[start - 1]].value == value { start -= 1 }
            for k in start..<end where take(order[k]) { return result }
            end = start
        }
        return result
    }
}

extension Expr {
    /// Whether the expression holds only figures of one unit: a top-level `unit = X`.
    var pinsUnit: Bool {
        switch self {
        case .comparison(let field, .equal, _): field.field == .unit
        case .and(let a, let b): a.pinsUnit || b.pinsUnit
        default: false
        }
    }
}

/// The interval a condition's top-level `and` puts on `value` (value>=1万 and value<5万).
struct ValueBounds {
    var lower: (Double, inclusive: Bool)?
    var upper: (Double, inclusive: Bool)?

    init() {}

    init(_ predicate: Predicate) {
        lower = nil
        upper = nil
        switch predicate {
        case .and(let left, let right):
            self = ValueBounds(left)
            let other = ValueBounds(right)
            if let l = other.lower, lower.map({ l.0 > $0.0 }) ?? true { lower = l }
            if let u = other.upper, upper.map({ u.0 < $0.0 }) ?? true { upper = u }
        case .test(.value, let op, .number(let x)):
            switch op {
            case .greater: lower = (x, false)
            case .greaterOrEqual: lower = (x, true)
            case .less: upper = (x, false)
            case .lessOrEqual: upper = (x, true)
            case .equal: (lower, upper) = ((x, true), (x, true))
            default: break
            }
        default: break
        }
    }

    /// Below the interval (in value order, before its first value).
    func isBelow(_ v: Double) -> Bool {
        guard let (x, inclusive) = lower else { return false }
        return inclusive ? v < x : v <= x
    }

    /// Above the interval.
    func isAbove(_ v: Double) -> Bool {
        guard let (x, inclusive) = upper else { return false }
        return inclusive ? v > x : v >= x
    }
}

extension [Int] {
    /// Whether an ascending array holds `element`.
    fileprivate func containsSorted(_ element: Int) -> Bool {
        let i = partitionPoint { $0 < element }
        return i < count && self[i] == element
    }
}

extension Array {
    /// The first index whose element fails `belongsBefore`, for an array partitioned by it.
    fileprivate func partitionPoint(_ belongsBefore: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if belongsBefore(self[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
