extension SentenceReader {
    /// Money named only by the verb that spent it (投入资金880万元, 发放资金2467万元), ending its
    /// clause, is named by what the clause after it did with it, when that clause opens with a
    /// verb (a content verb, or `purpose-verb` in phrases.tsv: 投入资金880万元，改造城区供热管网 is
    /// 投入资金改造城区供热管网), up to its own figure or its end. Reports list their spending so,
    /// one sum after another; named by the verb alone, every sum of a report read as one thing.
    @inline(__always)
    mutating func fundsPurpose(_ n: inout Naming) -> NamingVerdict {
        guard opensWithContentVerb(n) else { return .next }
        return nameByPurpose(&n)
    }

    private mutating func nameByPurpose(_ n: inout Naming) -> NamingVerdict {
        guard let verb = namer.lexicon.contentVerbs.longest(in: n.metric, at: 0),
            verb.length == n.metric.count
                || namer.lexicon.itemAmounts.longest(in: n.metric, at: verb.length)?.length
                    == n.metric.count - verb.length,
            case let end = figures[n.figure].end, end + 3 < s.count, isClauseMark(s[end]), s[end] != "；",
            s[end] != ";", namer.lexicon.familyName(figures[n.figure].family) == "money"
        else { return .next }
        var start = end + 1
        // (…，用于改造…: what it was used for.)
        if s[start] == "用", s[start + 1] == "于" { start += 2 }
        guard start < s.count,
            namer.lexicon.contentVerbs.longest(in: s, at: start) != nil
                || namer.lexicon.purposeVerbs.longest(in: s, at: start) != nil
        else { return .next }
        var stop = start
        // (A list of what it went to stays whole: 实施饮水安全、乡村道路等基础设施项目.)
        while stop < s.count, stop - start < 24, !MetricNamer.isDelimiter(s[stop]) || s[stop] == "、",
            !isDigit(s[stop])
        {
            stop += 1
        }
        guard stop - start >= 3, stop - start < 24 else { return .next }
        let purpose = namer.clean(s, in: start..<stop)
        guard purpose.count >= 3 else { return .next }
        n.metric += purpose
        n.trail.add(.purposeAfter)
        return .next
    }
}
