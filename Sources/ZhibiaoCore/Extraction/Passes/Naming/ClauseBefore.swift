extension SentenceReader {
    /// A figure named by nothing, by one character (a verb alone: 已演51场) or by linking verbs
    /// only: 筹集保障性租赁住房，完成6.4万套 (or 约6.4万套) is of the clause before;
    /// 收入突破2万元大关，达到20345元 is the figure before, more exactly; 60场文艺演出进乡村已演51场,
    /// a part done of the whole counted just before in the same clause, counts what that whole
    /// counts.
    @inline(__always)
    mutating func clauseBefore(_ n: inout Naming) -> NamingVerdict {
        // (A name of linking verbs only starts with one: its first scalar and the one after are
        // asked, as the search for the first verb asks them.)
        guard n.metric.count < 2 || namer.lexicon.lightVerbs.mayStart(in: n.metric, at: 0, limit: n.metric.count)
        else { return .next }
        return nameByClauseBefore(&n)
    }

    /// (The noun of the clause before is read by the static function, handed what it reads: the
    /// reader's method, called here, had the whole reader copied for the call.)
    private mutating func nameByClauseBefore(_ n: inout Naming) -> NamingVerdict {
        guard n.metric.count < 2 || namer.isLinkingVerbsOnly(n.metric) else { return .next }
        // (So is a figure of a place after a clause's end: 新建幼儿园9所，其中潞州区2所 counts what the
        // figure before counts, in that place.)
        if n.metric.count < 2, let previous = lastMade, previous.unit == figures[n.figure].unit,
            lastFigureEnd >= 0,
            !s[lastFigureEnd..<figures[n.figure].leadStart].contains(where: { Self.clauseEnds.contains($0) })
                || namesPlace(in: n.phrase)
        {
            n.metric = withoutChange(name: previous.name)
            n.trail.add(.restated)
        } else if let previous = lastMade, previous.kind == .change, previous.isRate,
            !figures[n.figure].unit.isRateOrMultiple
                || previous.unit == .points && figures[n.figure].unit.isPercentSign, lastFigureEnd >= 0,
            Self.joinsRateToLevel(s[lastFigureEnd..<figures[n.figure].leadStart]),
            case let subject = withoutChange(name: previous.name), subject.count >= 2,
            !namer.endsWithChange(subject)
        {
            // (地区生产总值增长6.2%达128.4亿元, 增长4.3%，达到56.2亿元: the level the change
            // brought the subject to; so is a share after a change in points: 满意度较上年提高
            // 1.2个百分点，达到98.6%.)
            n.metric = subject
            n.trail.add(.restated)
        } else if case let subject = Self.nounOfClause(
            before: figures[n.figure].leadStart, in: s, made: made, facts: facts, longest: 16),
            subject.count >= 2,
            !subject.contains(where: isDigit)
        {
            n.metric = subject
            n.trail.add(.clauseBefore)
        } else if !n.metric.isEmpty, var k = lastOutsideBrackets {
            // (Past the change of the figure before: 1—9月完成381.6亿元，同比增长4.1%，全年预计完成
            // 515亿元.)
            while k > first, made[k].isRate, made[k].unit != figures[n.figure].unit { k -= 1 }
            guard made[k].unit == figures[n.figure].unit, !bracketed.contains(k) else { return .next }
            n.metric = withoutChange(name: made[k].name)
            // (What was done of a target restates what the target is of, not the plan: 年计划完成
            // 地区生产总值520亿元，1—9月完成381.6亿元 is 完成地区生产总值.)
            if made[k].kind == .target, case let name = n.metric,
                let frame = (0..<min(2, name.count)).first(where: { isTargetWord(name, at: $0) }),
                name.count - frame - 2 >= 2
            {
                n.metric.removeFirst(frame + 2)
            }
            n.trail.add(.restated)
        }
        return .next
    }

    private static let clauseEnds: ScalarSet = "，,；;：:。"

    /// Whether what lies between a change and the figure after it, besides linking verbs, is
    /// nothing or one comma: the figure is then the level the change brought its subject to.
    private static func joinsRateToLevel(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
        var commas = 0
        for c in between where clauseEnds.contains(c) {
            guard c == "，" || c == "," else { return false }
            commas += 1
        }
        return commas <= 1
    }
}
