extension SentenceReader {
    /// 发放养老服务补贴，每人每月最高300元: so much a head of what the clause before gave.
    /// 基础养老金月人均提高12元，达到每人每月205元: the level a change before in the same unit
    /// reached, so much a head.
    /// 城镇常住居民人均可支配收入41250元，增长5.1%。人均消费支出26380元: a per-capita measure
    /// opening a sentence is of the group the paragraph's sentence before measured per head.
    @inline(__always)
    mutating func perHead(_ n: inout Naming) -> NamingVerdict {
        if lastFigureEnd < 0, n.metric.count >= 4, n.metric[0] == "人", n.metric[1] == "均" {
            return namePerCapitaOfSentenceBefore(&n)
        }
        guard n.metric.first == "每" || lastFigureEnd >= 0 && n.metric.count > 4 && n.metric.count <= 10
        else { return .next }
        return lastFigureEnd < 0 ? nameByPerHead(&n) : nameLevelReached(&n)
    }

    private mutating func namePerCapitaOfSentenceBefore(_ n: inout Naming) -> NamingVerdict {
        // (The last amount before, past its change: 城镇居民人均可支配收入41250元，增长5.1%。)
        guard first > context.blockCandidates,
            let k = made[context.blockCandidates..<first].lastIndex(where: { !$0.isRate }),
            case let before = metric(of: made[k]),
            let at = (2..<max(2, before.count - 1)).first(where: { before[$0] == "人" && before[$0 + 1] == "均" }),
            case let group = Array(before[..<at]),
            namer.lexicon.wholePopulation.longest(in: group, at: 0)?.length != group.count
        else { return .next }
        n.metric = group + n.metric
        n.trail.add(.perCapitaOfSentenceBefore)
        return .next
    }

    private mutating func nameLevelReached(_ n: inout Naming) -> NamingVerdict {
        if n.metric[0] == "人", n.metric[1] == "均" { return namePerCapitaOfGroup(&n) }
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

    /// 全镇低收入农户共412户986人，人均可支配收入达到19870元: a per-capita measure in the clause
    /// right after a count of people or households is theirs (低收入农户人均可支配收入), unless
    /// they are the place's whole population (`whole-population` in phrases.tsv).
    private mutating func namePerCapitaOfGroup(_ n: inout Naming) -> NamingVerdict {
        guard let previous = lastMade, previous.unit == .person || previous.unit == .household,
            n.phrase.lowerBound > 0, n.phrase.lowerBound - 1 == lastFigureEnd,
            isClauseMark(s[n.phrase.lowerBound - 1])
        else { return .next }
        var group = namer.subject(of: withoutChange(name: previous.name))
        // (Of the group, not of its count: 低收入农户人数 → 低收入农户.)
        if group.count > 4, group[group.count - 1] == "数", group[group.count - 2] == "人" || group[group.count - 2] == "户" {
            group.removeLast(2)
        }
        // (After a place's whole population, 常住人口52.3万人，人均地区生产总值…, it is the place's.)
        guard group.count >= 2, group.count <= 12, n.metric.firstRange(of: group) == nil,
            namer.lexicon.wholePopulation.longest(in: group, at: 0)?.length != group.count,
            // (惠及3200人，人均每月补贴…: people named by a verb are no group.)
            namer.lexicon.contentVerbs.longest(in: group, at: 0) == nil,
            namer.lexicon.lightVerbs.longest(in: group, at: 0) == nil
        else { return .next }
        n.metric = group + n.metric
        n.trail.add(.perCapitaOfGroup)
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
