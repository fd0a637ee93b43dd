extension SentenceReader {
    /// 发放养老服务补贴，每人每月最高300元: so much a head of what the clause before gave.
    /// 基础养老金月人均提高12元，达到每人每月205元: the level a change before in the same unit
    /// reached, so much a head.
    @inline(__always)
    mutating func perHead(_ n: inout Naming) -> NamingVerdict {
        guard n.metric.first == "每" || lastFigureEnd >= 0 && n.metric.count > 4 && n.metric.count <= 10
        else { return .next }
        return lastFigureEnd < 0 ? nameByPerHead(&n) : nameLevelReached(&n)
    }

    private mutating func nameLevelReached(_ n: inout Naming) -> NamingVerdict {
        guard let verb = namer.lexicon.lightVerbs.longest(in: n.metric, at: 0),
            case let per = Array(n.metric[verb.length...]), namer.isPerOnly(per),
            let previous = lastMade, previous.unit == figures[n.figure].unit,
            namer.endsWithChange(metric(of: previous))
        else { return .next }
        var subject = namer.subject(of: withoutChange(name: previous.name))
        // (月人均提高12元: what the change was per goes; the level says its own per.)
        if subject.count > 2, subject[subject.count - 2] == "人", subject.last == "均" {
            subject.removeLast(2)
            if let last = subject.last, last == "月" || last == "年" { subject.removeLast() }
        }
        guard subject.count >= 2 else { return .next }
        n.metric = subject + per
        n.trail.add(.levelReached)
        return .next
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
