extension SentenceReader {
    /// A share in brackets right after what it measures, in a progress report: 12个养老服务站建设
    /// 已完成9个（75%） is the item's progress towards its target, 城中村改造正在施工中（60%）
    /// the works' progress. Only where the clause says so: the count before is a part done
    /// against a whole stated before it (the share is done ÷ whole) or follows 完成, or the share
    /// follows works under way (`under-way` in phrases.tsv). Any other bracketed share (女性
    /// 3200人（45%）) is left to the passes after. The name is the pass's alone: what the first
    /// name read before or after the bracket is not the share's. The whole a part done is counted
    /// against is the target, not a result.
    @inline(__always)
    mutating func bracketedShare(_ n: inout Naming) -> NamingVerdict {
        let open = figures[n.figure].leadStart - 1
        guard open >= 0, s[open] == "（" || s[open] == "(" else { return .next }
        return nameBracketedShare(&n)
    }

    private mutating func nameBracketedShare(_ n: inout Naming) -> NamingVerdict {
        // (Read in place: most figures are no bracketed share, and a copy of each counted its
        // strings.)
        let open = figures[n.figure].leadStart - 1
        let end = figures[n.figure].end
        guard figures[n.figure].unit.isPercentSign, end < s.count, brackets.opening(at: open, in: s)?.close == end
        else { return .next }
        if open == lastFigureEnd {
            guard current > 0, let done = lastMade, !done.isRate else { return .next }
            let whole = wholeOfPartDone(done, share: figures[n.figure].value)
            guard whole != nil || endsWithCompletion(before: figures[current - 1].leadStart) else { return .next }
            // The whole names the item better than the part done, often named by its verb alone
            // (…服务站建设，已建成11个).
            var item = withoutChange(name: done.name)
            if let whole {
                made[whole].kind = .target
                facts.log?.note(made[whole].mention, "kind", .kindTargetOfDone)
                item = namer.subject(of: metric(of: made[whole]))
            }
            n.metric = item + Self.doneProgress
        } else {
            // The works named since the figure or clause before (a share before it closes with
            // ）、).
            var start = open
            while start > 0, start > lastFigureEnd, !Self.worksBounds.contains(s[start - 1]) { start -= 1 }
            while start < open, Self.worksBounds.contains(s[start]) { start += 1 }
            guard let underWay = facts.lexicon.underWayWords.longestEnding(in: s, before: open, start: start)
            else { return .next }
            var works = namer.clean(s, in: start..<(open - underWay.length))
            // 5个城中村改造正在施工中（60%）: the count the works are named by is the task set.
            if works.count >= 2, start == lastFigureEnd, let k = made.indices.last, k >= first, !made[k].isRate {
                made[k].kind = .target
                facts.log?.note(made[k].mention, "kind", .kindTargetOfDone)
            }
            if works.count < 2, let previous = lastMade, lastFigureEnd > start, !previous.isRate {
                works = withoutChange(name: previous.name)
            }
            guard works.count >= 2 else { return .next }
            n.metric = works + Self.worksProgress
        }
        // Whatever the first name read after the bracket (这3项…) is the next figure's.
        n.trail = RuleTrail(.bracketedShare)
        floor = end
        return .next
    }

    /// The index of the whole a part done is counted against: the candidate just before it in
    /// this sentence, in its unit and no smaller (45场…已演出45场（100%）), of which the part is the
    /// share given (to a point, as a share is rounded), with 已 or 完成 between them. (A part of a
    /// whole is its share as well: 职工5200人，其中女性2300人（44%） says nothing done.)
    private func wholeOfPartDone(_ done: Candidate, share: Double) -> Int? {
        let k = made.count - 2
        guard k >= first, current >= 2, made[k].unit == done.unit, made[k].value >= done.value,
            made[k].value > 0,
            abs(done.value / made[k].value * 100 - share) <= 1
        else { return nil }
        guard figures[current - 2].end <= figures[current - 1].leadStart else { return nil }
        let between = figures[current - 2].end..<figures[current - 1].leadStart
        guard s[between].contains("已") || s[between].firstRange(of: Self.completed) != nil else { return nil }
        return k
    }

    /// Whether 完成 (or 已完成) ends right before `i`.
    private func endsWithCompletion(before i: Int) -> Bool {
        i >= 2 && s[i - 2] == "完" && s[i - 1] == "成"
    }

    private static let completed = Array("完成".unicodeScalars)
    private static let doneProgress = Array("完成进度".unicodeScalars)
    private static let worksProgress = Array("进度".unicodeScalars)
    /// What bounds the works a bracketed share is of: clause marks, and the close of a share
    /// before.
    private static let worksBounds: ScalarSet = "，,；;：:。、）)"
}
