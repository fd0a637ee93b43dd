/// Which observations a statement is about: its targets and its `where`, answered from the
/// graph's indexes wherever an equality allows, scanning only what remains.
struct Selection {
    /// Positions in `graph.observations`, ascending.
    var positions: [Int]
    /// How many observations had the full condition tested (the rest were ruled out by an index).
    var examined: Int
}

extension Evaluator {
    func select(_ targets: Targets?, filter: Expr?) throws(Diagnostic) -> Selection {
        let (candidates, predicate) = try narrow(targets, filter: filter)
        let observations = graph.observations
        let pool = candidates ?? Array(observations.indices)
        guard let predicate else { return Selection(positions: pool, examined: 0) }
        var matching: [Int] = []
        for (n, position) in pool.enumerated() {
            if n & 0xFFFF == 0xFFFF && isCancelled() { break }
            if predicate.matches(observations[position]) { matching.append(position) }
        }
        return Selection(positions: matching, examined: pool.count)
    }

    /// The positions the targets and the indexed equalities allow (nil: all of them), and the
    /// condition that each must still pass.
    func narrow(_ targets: Targets?, filter: Expr?) throws(Diagnostic) -> (candidates: [Int]?, predicate: Predicate?) {
        var candidates: [Int]?
        if case .names(let names) = targets {
            var union: [Int] = []
            for name in names { union = Positions.union(union, try resolve(name)) }
            candidates = union
        }
        let predicate = try filter.map { expr throws(Diagnostic) in try ConditionCompiler(graph: graph).compile(expr) }
        if let predicate, let indexed = indexed(predicate) {
            candidates = candidates.map { Positions.intersection($0, indexed) } ?? indexed
        }
        return (candidates, predicate)
    }

    /// A sector's observations, or those of the catalog indicator the name names (by id,
    /// 中文 name or alias) together with those whose metric contains the name.
    func resolve(_ name: Name) throws(Diagnostic) -> [Int] {
        if let sector = Sector(name: name.text) { return graph.bySector[sector] ?? [] }
        var indicator: [Int] = []
        if let named = graph.catalog.indicator(named: name.text) {
            for member in graph.catalog.family(of: named) {
                indicator = Positions.union(indicator, graph.byIndicator[Int16(member)] ?? [])
            }
        }
        let metrics = graph.byMetric.keys.filter { $0.contains(name.text) }
        guard !metrics.isEmpty || !indicator.isEmpty else {
            let known = Sector.allCases.flatMap { [$0.id, $0.chineseName] } + graph.metrics
            throw Diagnostic(
                "no sector or metric matches '\(name.text)'", at: name.span,
                notes: ["`list sectors` and `list metrics` show the names"],
                suggestion: Suggestions.closest(to: name.text, among: known))
        }
        return metrics.reduce(indicator) { Positions.union($0, graph.byMetric[$1] ?? []) }
    }

    /// Positions that can satisfy `predicate` according to an index, or nil if none applies.
    private func indexed(_ predicate: Predicate) -> [Int]? {
        switch predicate {
        case .test(let field, .equal, let operand): return lookup(field, operand)
        case .test: return nil
        case .any(let field, let operands):
            var union: [Int] = []
            for operand in operands {
                guard let positions = lookup(field, operand) else { return nil }
                union = Positions.union(union, positions)
            }
            return union
        case .and(let left, let right):
            switch (indexed(left), indexed(right)) {
            case (let l?, let r?): return Positions.intersection(l, r)
            case (let l?, nil): return l
            case (nil, let r): return r
            }
        case .or(let left, let right):
            guard let l = indexed(left), let r = indexed(right) else { return nil }
            return Positions.union(l, r)
        case .not: return nil
        }
    }

    private func lookup(_ field: Field, _ operand: Predicate.Operand) -> [Int]? {
        switch (field, operand) {
        case (.sector, .sector(let sector)): graph.bySector[sector] ?? []
        case (.year, .number(let year)): year == year.rounded() && abs(year) < 1e9 ? graph.byYear[Int(year)] ?? [] : []
        case (.unit, .text(let unit)): graph.byUnit[unit] ?? []
        case (.region, .text(let region)): graph.byRegion[region] ?? []
        case (.metric, .text(let metric)): graph.byMetric[metric] ?? []
        case (.doc, .document(let index)): graph.byDocument[index] ?? []
        case (.indicator, .indicator(let index)) where index >= 0: graph.byIndicator[index] ?? []
        default: nil
        }
    }
}

/// Set operations on ascending position lists, by merging.
enum Positions {
    static func union(_ a: [Int], _ b: [Int]) -> [Int] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                result.append(a[i])
                i += 1
            } else if i == a.count || b[j] < a[i] {
                result.append(b[j])
                j += 1
            } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        return result
    }

    static func intersection(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if b[j] < a[i] {
                j += 1
            } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        return result
    }
}
