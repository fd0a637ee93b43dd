extension SentenceReader {
    /// 发放养老服务补贴，每人每月最高300元: so much a head of what the clause before gave.
    @inline(__always)
    mutating func perHead(_ n: inout Naming) -> NamingVerdict {
        guard lastFigureEnd < 0, n.metric.first == "每" else { return .next }
        return nameByPerHead(&n)
    }

    private mutating func nameByPerHead(_ n: inout Naming) -> NamingVerdict {
        // (Told first: the clause before is read only for a name that is per head alone.)
        guard namer.isPerOnly(n.metric) else { return .next }
        // (The noun of the clause before is read by the static function, handed what it reads:
        // the reader's method, called here, had the whole reader copied for the call.)
        if case let clause = namer.object(
            of: Self.nounOfClause(before: figures[n.figure].leadStart, in: s, made: made, facts: facts, longest: 32)),
            // Held to a name's length (24, as a 分别 list's subject is), not to a short one: the
            // standard raised is often long (城乡特困人员集中供养基本生活标准).
            clause.count >= 2, clause.count <= 24, !clause.contains(where: isDigit)
        {
            n.metric = clause + n.metric
            n.trail.add(.perHeadOfClause)
        }
        return .next
    }
}
