extension SentenceReader {
    /// A clause that opens with 已 (or 实际 before a verb alone) and names no subject of its own
    /// says how much of the item counted just before is done (in the sentence, or the one
    /// before it ended by a semicolon): 改造城中村12个，已完工8个 and 新建幼儿园3所，已完成主体工程2所
    /// are 城中村已完工 and 幼儿园已完成主体工程. Named by its verb alone (完工), the part done read
    /// as a thing of its own, or as the verb acting on the item (完工老旧小区). Only after a figure
    /// in the same unit, which the part is of; a part named by nothing or by linking verbs alone
    /// (，已完成12公里) is the item itself, restated (`clauseBefore`). Where the clause says the
    /// part was done (已完成, 已建成: `done` in phrases.tsv) and the item's count, in the same
    /// sentence, is no smaller, that count is the task set, a target (开展技能培训8000人次，已完成6520人次), whatever names
    /// the part, unless a share in brackets follows the part to be read instead.
    @inline(__always)
    mutating func doneOfItem(_ n: inout Naming) -> NamingVerdict {
        let open = n.phrase.lowerBound
        // (开展技能培训2万人次，…。已开展技能培训8718人次: progress told in a sentence of its own.)
        if open == 0, s[0] == "已", !context.afterSemicolon, first > context.blockCandidates {
            markTaskOfProgress(n)
            return .next
        }
        guard open + 1 < figures[n.figure].leadStart, s[open] == "已" || s[open] == "实" && s[open + 1] == "际",
            open >= 1 ? isClauseMark(s[open - 1]) : context.afterSemicolon && first > context.blockCandidates
        else { return .next }
        // (实际 only before a verb alone, 实际完工: 实际利用外资 names an indicator of its own.)
        if s[open] == "实",
            n.metric.count > 4 || !namer.lexicon.contentVerbs.mayStart(in: n.metric, at: 2, limit: n.metric.count)
        {
            return .next
        }
        return nameDoneOfItem(&n)
    }

    private mutating func nameDoneOfItem(_ n: inout Naming) -> NamingVerdict {
        // (The item is the last figure outside brackets in the part's unit, past a share of a
        // target after it: 新开工加装电梯140部，完成年度目标（120部）的116.7%；已建成投用118部.)
        // (Or the sentence before, ended by a semicolon, in the paragraph.)
        let earliest = first > context.blockCandidates && context.afterSemicolon ? context.blockCandidates : first
        guard var k = lastOutsideBrackets ?? (made.count > earliest ? made.count - 1 : nil) else { return .next }
        while k > earliest, made[k].isRate || bracketed.contains(k), made[k].unit != figures[n.figure].unit { k -= 1 }
        guard made[k].unit == figures[n.figure].unit, !made[k].isRate, !bracketed.contains(k) else { return .next }
        // (A share in brackets after the part says itself whether the count was the task:
        // `bracketedShare` reads it.)
        let end = figures[n.figure].end
        if k >= first, made[k].kind == .actual, made[k].value >= figures[n.figure].value,
            end == s.count || s[end] != "（" && s[end] != "(",
            facts.lexicon.doneWords.longest(in: s, at: n.phrase.lowerBound + 1, end: figures[n.figure].leadStart) != nil
        {
            made[k].kind = .target
            facts.log?.note(made[k].mention, "kind", .kindTargetOfDone)
        }
        guard n.metric.count >= 2 else { return .next }
        let item = namer.subject(of: metric(of: made[k]))
        // (Nor a part that restates the item already, or what a planned item is of: 计划新改建农村
        // 公路400公里，已完成236公里 is 新改建农村公路.)
        guard item.count >= 2, n.metric.firstRange(of: item) == nil, item.firstRange(of: n.metric) == nil else {
            return .next
        }
        // (实际完工 says itself that it was done: 城镇老旧小区实际完工.)
        n.metric = item + (s[n.phrase.lowerBound] == "已" ? Self.done : []) + n.metric
        n.trail.add(.doneOfItemBefore)
        return .next
    }

    private static let done: [Unicode.Scalar] = ["已"]

    /// A sentence that opens with 已 tells the progress of a task its paragraph set out before
    /// (开展农业技能培训2万人次，新建公办幼儿园70所。已开展农业技能培训8718人次，已开工建设公办
    /// 幼儿园63所): the task's figure, of the same thing (what the verbs act on), in the same unit
    /// and no smaller, is the task set, a target, not a result.
    private mutating func markTaskOfProgress(_ n: Naming) {
        let unit = figures[n.figure].unit
        let value = figures[n.figure].value
        let done = namer.subject(of: n.metric)
        guard done.count >= 2 else { return }
        for k in stride(from: first - 1, through: context.blockCandidates, by: -1)
        where made[k].unit == unit && !made[k].isRate {
            guard made[k].kind == .actual, made[k].value >= value, namer.subject(of: metric(of: made[k])) == done
            else { continue }
            made[k].kind = .target
            facts.log?.note(made[k].mention, "kind", .kindTargetOfDone)
            return
        }
    }
}
