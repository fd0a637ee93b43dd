extension SentenceReader {
    /// A clause that opens with 已 and names no subject of its own says how much of the item
    /// counted just before is done: 改造城中村12个，已完工8个 and 新建幼儿园3所，已完成主体工程2所
    /// are 城中村已完工 and 幼儿园已完成主体工程. Named by its verb alone (完工), the part done read
    /// as a thing of its own, or as the verb acting on the item (完工老旧小区). Only after a figure
    /// in the same unit, which the part is of; a part named by nothing or by linking verbs alone
    /// (，已完成12公里) is the item itself, restated (`clauseBefore`). Where the clause says the
    /// part was done (已完成, 已建成: `done` in phrases.tsv) and the item's count is no smaller,
    /// that count is the task set, a target (开展技能培训8000人次，已完成6520人次), whatever names
    /// the part, unless a share in brackets follows the part to be read instead.
    @inline(__always)
    mutating func doneOfItem(_ n: inout Naming) -> NamingVerdict {
        let open = n.phrase.lowerBound
        guard open >= 1, open < figures[n.figure].leadStart, s[open] == "已", isClauseMark(s[open - 1])
        else { return .next }
        return nameDoneOfItem(&n)
    }

    private mutating func nameDoneOfItem(_ n: inout Naming) -> NamingVerdict {
        guard let k = lastOutsideBrackets, made[k].unit == figures[n.figure].unit, !made[k].isRate
        else { return .next }
        // (A share in brackets after the part says itself whether the count was the task:
        // `bracketedShare` reads it.)
        let end = figures[n.figure].end
        if made[k].kind == .actual, made[k].value >= figures[n.figure].value,
            end == s.count || s[end] != "（" && s[end] != "(",
            facts.lexicon.doneWords.longest(in: s, at: n.phrase.lowerBound + 1, end: figures[n.figure].leadStart) != nil
        {
            made[k].kind = .target
            facts.log?.note(made[k].mention, "kind", .kindTargetOfDone)
        }
        guard n.metric.count >= 2 else { return .next }
        let item = namer.subject(of: metric(of: made[k]))
        guard item.count >= 2, n.metric.firstRange(of: item) == nil else { return .next }
        n.metric = item + Self.done + n.metric
        n.trail.add(.doneOfItemBefore)
        return .next
    }

    private static let done: [Unicode.Scalar] = ["已"]
}
