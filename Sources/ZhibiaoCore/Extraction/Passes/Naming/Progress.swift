extension SentenceReader {
    /// 新增养老床位820张，为计划的102.5% (为年度目标的): progress against a target, of the amount
    /// before; with no amount before, nothing.
    @inline(__always)
    mutating func progress(_ n: inout Naming) -> NamingVerdict {
        let lead = figures[n.figure].leadStart
        guard lead > 0, s[lead - 1] == "的" else { return .next }
        return nameProgress(&n)
    }

    private mutating func nameProgress(_ n: inout Naming) -> NamingVerdict {
        // (Read in place: most figures are no progress, and a copy of each counted its strings.)
        // (After a task in brackets the name so far is the bracket's close alone: （1500人）的108%.)
        if n.metric.isEmpty || figures[n.figure].leadStart - 1 == taskWordsEnd, figures[n.figure].unit.isPercentSign {
            return nameShareOfTask(&n)
        }
        guard Self.endsWithTarget(n.metric), figures[n.figure].unit.isPercentSign
        else { return .next }
        guard let k = made.indices[first...].last(where: { !made[$0].isRate }) else { return .drop }
        n.metric = withoutChange(name: made[k].name) + Self.progressWord + n.metric
        n.trail.add(.progressOfAmount)
        return .next
    }

    /// 城镇新增就业4126人，完成市定目标任务3800人的108.6%: the share is of the task counted right
    /// before it, which is a target, not a result; both are of what was done before them, in the
    /// task's unit (城镇新增就业, and its 完成率). Only where the count right before the share is
    /// named as a task (its name ends in 任务, 目标 or 计划).
    private mutating func nameShareOfTask(_ n: inout Naming) -> NamingVerdict {
        let task = made.count - 1
        // (The task named by its target words after it, 4800人目标任务的: already named and a
        // target, `readTaskCount`.)
        if task > first, figures[n.figure].leadStart - 1 == taskWordsEnd {
            n.metric = withoutChange(name: made[task].name) + Self.completionRate
            n.trail.add(.progressOfAmount)
            return .next
        }
        guard task > first, figures[n.figure].leadStart - 1 == lastFigureEnd, !made[task].isRate,
            case let named = metric(of: made[task]), named.count >= 2, isTargetWord(named, at: named.count - 2),
            let done = made.indices[first..<task].last(where: { made[$0].unit == made[task].unit && !made[$0].isRate })
        else { return .next }
        made[task].name = made[done].name
        made[task].nameLength = made[done].nameLength
        made[task].kind = .target
        facts.log?.note(made[task].mention, "kind", .kindTargetOfDone)
        n.metric = withoutChange(name: made[done].name) + Self.completionRate
        n.trail.add(.progressOfAmount)
        return .next
    }

    private static let completionRate = Array("完成率".unicodeScalars)

    /// Whether a short name ends with a target (计划, 年度目标, 全年任务) or a budget (预算, 年初预算:
    /// 一般公共预算收入预计完成15.3亿元，为预算的102.4%).
    private static func endsWithTarget(_ metric: [Unicode.Scalar]) -> Bool {
        metric.count >= 2 && metric.count <= 4
            && (isTargetWord(metric, at: metric.count - 2) || isBudgetWord(metric, at: metric.count - 2))
    }
    private static let progressWord = Array("完成".unicodeScalars)
}
