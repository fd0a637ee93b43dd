extension SentenceReader {
    /// A content verb alone: 受理各类案件12.36万件，审结11.82万件 acts on what the figure before
    /// counts; 实施营养改善计划，覆盖6.8万人 reached what the clause before did (when no figure
    /// came before in the sentence).
    @inline(__always)
    mutating func verbOnly(_ n: inout Naming) -> NamingVerdict {
        guard n.metric.count <= 4, let opening = n.metric.first, namer.lexicon.contentVerbs.mayStart(opening) else {
            return .next
        }
        return nameVerbOnly(&n)
    }

    private mutating func nameVerbOnly(_ n: inout Naming) -> NamingVerdict {
        guard namer.isContentVerbOnly(n.metric) else { return .next }
        if let previous = lastMade, previous.unit == figures[n.figure].unit {
            if case let object = namer.subject(of: previous.metric), object.count >= 2,
                object.count < previous.metric.count
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
