extension SentenceReader {
    /// 由780元提高到820元: the new level is the figure, named by the subject before 由 (or by the
    /// clause before: 住院分娩率，由1990年的36.4%提高到…); the old one is its baseline, and a figure
    /// of its own only when its year is named (由2019年的…) or is the year before (由上年的…).
    /// Reads the figures at `k` and `k + 1` and returns where reading goes on, or nil when they
    /// are not a change from one level to another.
    mutating func fromToLevels(at k: Int, phrase: Range<Int>) -> Int? {
        guard k + 1 < figures.count, let change = fromTo(phrase, at: k) else { return nil }
        var metric = namer.clean(change.subject, in: change.subject.indices)
        if change.subject.isEmpty, case let clause = nounOfClauseBefore(at: figures[k].leadStart), clause.count >= 2,
            !clause.contains(where: isDigit)
        {
            // 住院分娩率，由1990年的36.4%提高到…: of what the clause before names.
            metric = clause
        }
        if metric.count >= 2, let oldYear = change.oldYear {
            var read = candidate(metric: metric, figure: figures[k], trail: RuleTrail(.fromTo))
            read.year = oldYear
            read.period = String(oldYear)
            facts.log?.note(read.mention, "year", .yearOldLevel)
            made.append(read)
        } else if metric.count >= 2, change.oldIsYearBefore {
            var read = candidate(metric: metric, figure: figures[k], trail: RuleTrail(.fromTo))
            if let year = change.year ?? read.year { read.year = year - 1 }
            read.period = read.year.map { String($0) }
            facts.log?.note(read.mention, "year", .yearOldLevel)
            made.append(read)
        }
        if metric.count >= 2 {
            var read = candidate(metric: metric, figure: figures[k + 1], trail: RuleTrail(.fromTo))
            if let year = change.year {
                read.year = year
            }
            made.append(read)
        }
        floor = figures[k + 1].end
        lastFigureEnd = figures[k + 1].end
        return k + 2
    }

    /// For 标准由X提高到Y, the subject before 由 (or 从), and the year the new level is of when
    /// one is named before it (由2022年的4.8万人增加到2024年的5.6万人); nil when the two figures
    /// are not a change from one level to another.
    /// (The figures at `k` and `k + 1` are read in place, and only once 由 or 从 is found: copying
    /// them for every figure cost more than the rest of the test.)
    @inline(__always)
    private func fromTo(_ phrase: Range<Int>, at k: Int) -> LevelChange? {
        // (The units first: two integers, where 由 is looked for through the phrase.)
        guard figures[k].unit == figures[k + 1].unit, let from = lastFrom(in: phrase) else { return nil }
        let old = figures[k]
        let new = figures[k + 1]
        // The verb between the levels, without the new level's year (2024年的).
        var end = new.leadStart
        if end - old.end > 1, s[end - 1] == "的" { end -= 1 }
        var year: Int?
        if end - old.end > WrittenYear.length, let named = writtenYear(at: end - WrittenYear.length) {
            year = named
            end -= WrittenYear.length
        }
        let gap = end - old.end
        guard gap >= 1, gap <= 3, facts.lexicon.toLevelVerbs.contains(String(scalars: s[old.end..<end])) else {
            return nil
        }
        // 由2019年的3.2万元: the old level's own year, when named right after 由 (with or
        // without 的).
        var oldYear: Int?
        if levelFollows(old, wordEndingAt: from + 1 + WrittenYear.length), let year = writtenYear(at: from + 1),
            (1949...2099).contains(year)
        {
            oldYear = year
        }
        // 由上年的62%, 从去年的: the old level is of the year before.
        let yearBefore =
            levelFollows(old, wordEndingAt: from + 3) && (s[from + 1] == "上" || s[from + 1] == "去")
            && s[from + 2] == "年"
        return LevelChange(
            subject: Array(s[phrase.lowerBound..<from]), year: year, oldYear: oldYear, oldIsYearBefore: yearBefore)
    }

    /// Where the last 由 or 从 of `phrase` stands. (Read on the sentence's buffer: asked for
    /// most figures, and each index was checked against the sentence's bounds, which `phrase`
    /// lies within.)
    private func lastFrom(in phrase: Range<Int>) -> Int? {
        s.withUnsafeBufferPointer { s in
            var i = phrase.upperBound
            while i > phrase.lowerBound {
                i -= 1
                if s[i] == "由" || s[i] == "从" { return i }
            }
            return nil
        }
    }

    /// The year written at `i` of the sentence (2019年), as the document's year layer holds it.
    private func writtenYear(at i: Int) -> Int? {
        facts.years.writtenYear(inBlock: block, at: context.offset + i)
    }

    /// Whether the old level `old` comes right after the word ending at `end` (由2019年, 由上年),
    /// or after that word and 的.
    private func levelFollows(_ old: Figure, wordEndingAt end: Int) -> Bool {
        old.leadStart == end || old.leadStart == end + 1 && s[end] == "的"
    }

    /// What 由X提高到Y says of its new level: what it is of, and the year it is of if named.
    private struct LevelChange {
        var subject: [Unicode.Scalar]
        var year: Int?
        /// The year of the old level, when named (由2019年的…): then it is a figure of that year.
        var oldYear: Int?
        /// Whether the old level is named as the year before's (由上年的…).
        var oldIsYearBefore: Bool
    }

}
