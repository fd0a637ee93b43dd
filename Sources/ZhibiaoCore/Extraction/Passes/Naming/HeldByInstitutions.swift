extension SentenceReader {
    /// 普通高中24所，在校学生5.6万人 (or 养老服务机构31家、床位4120张): what institutions hold (`held`
    /// in phrases.tsv), named alone right after a count of them, is theirs (普通高中在校学生).
    @inline(__always)
    mutating func heldByInstitutions(_ n: inout Naming) -> NamingVerdict {
        // (What is held follows the figure before at once, after a comma or 、, and starts with a word
        // of `held`: its first two scalars are asked here, as the search for the word asks them.)
        // (A bracket may note the count first: 公办养老机构9家（含公建民营）、床位1630张.)
        guard lastFigureEnd >= 0, case let gap = noteAfterCount(), n.phrase.lowerBound == gap + 1,
            s[gap] == "，" || s[gap] == "," || s[gap] == "、",
            namer.lexicon.heldWords.mayStart(in: n.metric, at: 0, limit: n.metric.count)
        else { return .next }
        return nameHeldByInstitutions(&n)
    }

    /// Where the figure before ends, or the bracket right after it that notes it.
    @inline(__always)
    private func noteAfterCount() -> Int {
        guard lastFigureEnd < s.count, s[lastFigureEnd] == "（" || s[lastFigureEnd] == "(",
            let close = s[lastFigureEnd...].prefix(24).firstIndex(where: { $0 == "）" || $0 == ")" }),
            close + 1 < s.count
        else { return lastFigureEnd }
        return close + 1
    }

    private mutating func nameHeldByInstitutions(_ n: inout Naming) -> NamingVerdict {
        if holdsNothingNamed(n.metric), let previous = lastMade, isCountOfInstitutions(previous) {
            n.metric = metric(of: previous) + n.metric
            n.trail.add(.heldByInstitutions)
        } else if let institutions = institutionsHolding(before: n.metric) {
            // 普通小学17所，招收新生2073人，在校学生12117人: what the same institutions hold, listed
            // on after what they hold first.
            n.metric = institutions + n.metric
            n.trail.add(.heldByInstitutions)
        }
        return .next
    }

    /// The institutions the figure before is held by (普通小学 of 普通小学招收新生), when `metric`
    /// is only what institutions hold, and so is the rest of that figure's name; nil otherwise.
    private func institutionsHolding(before metric: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let held = namer.lexicon.heldWords
        guard held.longest(in: metric, at: 0)?.length == metric.count, let previous = lastMade, !previous.isRate
        else { return nil }
        let name = self.metric(of: previous)
        guard let word = held.longestEnding(in: name, before: name.count), name.count - word.length >= 2,
            !name[..<(name.count - word.length)].elementsEqual(metric)
        else { return nil }
        let institutions = Array(name[..<(name.count - word.length)])
        return Self.namesInstitutions(institutions) ? institutions : nil
    }

    /// Whether a name ends as institutions' names do (学, 校, 园, 院, 所, 机构, 中心 …).
    static func namesInstitutions(_ name: [Unicode.Scalar]) -> Bool {
        guard let last = name.last else { return false }
        return institutionEnds.contains(last) || name.count >= 2 && name[name.count - 2] == "机" && last == "构"
            || name.count >= 2 && name[name.count - 2] == "中" && last == "心"
    }

    private static let institutionEnds: ScalarSet = "学校园院所站馆中"

    /// Whether `metric` is only what institutions hold (在校学生, 床位) and the figure before,
    /// which its phrase follows at once after a comma (as `heldByInstitutions` has found before
    /// asking), is the first figure of its clause (not 另有教学点38个, after which what is held is
    /// the whole's).
    @inline(__always)
    private func holdsNothingNamed(_ metric: [Unicode.Scalar]) -> Bool {
        // (With 数 or not: 床位数320张 as 床位320张.)
        guard current >= 1, let held = namer.lexicon.heldWords.longest(in: metric, at: 0)?.length,
            held == metric.count || held + 1 == metric.count && metric.last == "数"
        else {
            return false
        }
        // The figure before opens the sentence, or its clause: nothing but its own name since the
        // figure before it.
        guard current >= 2 else { return true }
        return !s[figures[current - 2].end..<figures[current - 1].leadStart].contains(where: { $0 == "，" || $0 == "," })
    }

    /// Whether a candidate counts institutions that stand (24所, 186家; not 新建学校5所, an action).
    private func isCountOfInstitutions(_ candidate: Candidate) -> Bool {
        guard namer.lexicon.institutionUnits.contains(namer.lexicon.unitName(candidate.unit)) else { return false }
        let name = metric(of: candidate)
        return namer.subject(of: name).count == name.count
    }
}
