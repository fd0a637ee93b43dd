extension SentenceReader {
    /// A content verb alone: 受理各类案件12.36万件，审结11.82万件 acts on what the figure before
    /// counts (the amount before, past a rate that is its change); 实施营养改善计划，覆盖6.8万人
    /// reached what the clause before did (when no figure came before in the sentence).
    @inline(__always)
    mutating func verbOnly(_ n: inout Naming) -> NamingVerdict {
        guard opensWithContentVerb(n) else { return .next }
        return nameVerbOnly(&n)
    }

    /// Whether a name of four scalars or fewer may open with a content verb (审结, 投入资金): what
    /// `verbOnly` and `fundsPurpose` read. Its first scalar and the one after are asked, as the
    /// search for the verb asks them: most names open with none.
    @inline(__always)
    func opensWithContentVerb(_ n: Naming) -> Bool {
        n.metric.count <= 4 && namer.lexicon.contentVerbs.mayStart(in: n.metric, at: 0, limit: n.metric.count)
    }

    private mutating func nameVerbOnly(_ n: inout Naming) -> NamingVerdict {
        guard namer.isContentVerbOnly(n.metric) else { return .next }
        // (Past the change of the figure before: 受理案件8.2万件，同比增长3.5%，审结7.9万件.)
        var previous = lastMade
        if let last = previous, last.isRate, last.unit != figures[n.figure].unit {
            previous = made[first...].last(where: { !$0.isRate })
        }
        if let previous, previous.unit == figures[n.figure].unit {
            if case let object = namer.subject(of: metric(of: previous)), object.count >= 2,
                object.count < metric(of: previous).count
            {
                n.metric += object
                n.trail.add(.verbOfObjectBefore)
            }
        } else if lastFigureEnd < 0,
            case let clause = namer.subject(of: nounOfClauseBefore(at: figures[n.figure].leadStart)),
            clause.count >= 2, !clause.contains(where: isDigit)
        {
            n.metric = clause + n.metric
            n.trail.add(.clauseReached)
        }
        return .next
    }
}
