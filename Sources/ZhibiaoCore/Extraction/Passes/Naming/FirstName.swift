extension SentenceReader {
    /// A figure's first name, or nil when it is no indicator or was read whole here: the first
    /// of these that applies names it.
    /// - A second figure right after the first, in another unit, counts the same thing.
    /// - A figure after a baseline year is the figure before as it stood then.
    /// - A count before a noun (征集3278个就业岗位) is named by the noun after it, unless the count
    ///   only bounds or says who acted for the next figure.
    /// - Otherwise the phrase before the figure names it.
    /// `marks` is what the phrase holds (`MetricNamer.phraseBefore`); `s` is the sentence and
    /// `namer` the document's namer, as the reader holds them.
    /// (The sentence and the namer are handed in, not read from the reader: read through `self`,
    /// each was counted again for every call it was handed to, and held in a variable here, once
    /// for every figure.)
    /// (Inlined in `readSingle`, its one caller: called, its arguments and the name it handed
    /// back went through memory for every figure.)
    @inline(__always)
    mutating func firstName(
        _ figure: Figure, in s: [Unicode.Scalar], namer: MetricNamer, phrase: Range<Int>, marks: PhraseMarks,
        limit: Int, nextEnd: Int?
    ) -> Naming? {
        // (Cleaned into the reader's room, which goes back to it unless the phrase is the name.)
        var before: [Unicode.Scalar] = []
        swap(&before, &nameRoom)
        namer.clean(s, in: phrase, marks: marks, into: &before)
        var namedByBefore = false
        defer { if !namedByBefore { swap(&nameRoom, &before) } }
        // (The figure before is read in place, and only when it ends right before this one:
        // copying it for every figure cost more than the test.)
        if lastFigureEnd >= 0, lastFigureEnd <= figure.leadStart, made.count > first,
            case let gap = s[lastFigureEnd..<figure.leadStart],
            gap.allSatisfy({ $0 == " " })
                || gap.count == 1 && gap.first == "、" && made[made.count - 1].unit != figure.unit
        {
            // 3652户5821人, 580户、213万元: a second figure right after the first, in another unit,
            // counts the same thing (spaced out too, as pages often are: 5304 户 8533 人).
            var same = metric(of: made[made.count - 1])
            // (The people of households counted before them: 纳入城乡低保户数 → 纳入城乡低保人数,
            // 低收入农户 → 低收入农户人数, and 贫困人口户数 → 贫困人口, a name of people already.)
            if made[made.count - 1].unit == .household, figure.unit == .person, gap.allSatisfy({ $0 == " " }),
                let last = same.last, last == "户" || last == "数" && same.count > 3 && same[same.count - 2] == "户"
            {
                if last == "数" { same.removeLast(2) }
                if namer.lexicon.peopleNouns.longestEnding(in: same, before: same.count) == nil {
                    same += ["人", "数"]
                }
            }
            made.append(candidate(metric: same, figure: figure, trail: RuleTrail(.otherUnitSameThing)))
            floor = figure.end
            return nil
        }
        if let year = baselineYear(phrase), let previous = lastMade, previous.unit == figure.unit {
            // 达到51757元，较2019年的41472元: the figure before, as it stood in the year named.
            var read = candidate(
                metric: withoutChange(name: previous.name), figure: figure, trail: RuleTrail(.baselineLevel))
            read.year = year
            facts.log?.note(read.mention, "year", .yearStated)
            made.append(read)
            floor = figure.end
            return nil
        }
        var metric: [Unicode.Scalar]
        var trail = RuleTrail(.phraseBefore)
        // 为全县3.1万户、5.2万名低保对象发放…: a count of the people served, with the next figure
        // right after it in another unit (which counts the same people), is named by the noun
        // after that one.
        var (counted, countedLimit) = (figure, limit)
        if figure.end < s.count, s[figure.end] == "、",
            let next = countedWithNext(figure, in: s, namer: namer, phrase: phrase, before: before)
        {
            (counted, countedLimit) = next
        }
        // (Whether a phrase may follow is told here first: most figures end their clause, and the
        // call found none after them.)
        if namer.mayPrecedePhrase(s, figure: counted),
            let after = namer.phraseAfter(s, figure: counted, limit: countedLimit),
            case var noun = namer.clean(s, in: after), noun.count >= 2
        {
            // 覆盖全县87.5%的行政村: a share reached by an action, of anything counted.
            let share = namer.shareReached(s, figure: figure, before: before, noun: noun)
            if share == nil,
                namer.isAdministrativeOnly(noun)
                    || noun.last == "中" && isOutOf(after)
                        && (figure.family != .people || noun.count < 3)
            {
                // "12个县区全部建成…" states coverage, and "32个省级单位中，有28个…" what a
                // count is out of: neither is an indicator. (A count of people out of whom a part
                // is counted is one: 2460名离校未就业高校毕业生中，已有2180人实现就业.)
                floor = after.upperBound
                return nil
            }
            // (What the count of people is out of is named without the 中.)
            if noun.last == "中", isOutOf(after) { noun.removeLast() }
            if countedLimit < s.count, namer.leadsInto(s, from: after, limit: countedLimit) {
                // 339个地级以上城市优良天数比例为81.9%: the count bounds what the next figure
                // measures; the noun after it names that figure. (An amount that bounds it with
                // 的, 经营性收入30万元以上的行政村占比达76%, is part of that name: what is counted
                // is defined by it.)
                floor = after.lowerBound > 0 && s[after.lowerBound - 1] == "的" ? phrase.lowerBound : figure.end
                return nil
            }
            if before.isEmpty, let nextEnd, nextEnd == s.count || MetricNamer.isDelimiter(s[nextEnd]),
                let action = namer.actionRunningInto(s, from: after, limit: countedLimit)
            {
                // 40个城市新筹集保障性租赁住房94.2万套: the count says who acted; what they did
                // names the next figure (which names nothing after it).
                floor = action
                return nil
            }
            if share == nil,
                let marker = namer.servedRunsInto(s, phrase: phrase, before: before, after: after, limit: countedLimit)
            {
                // 为2300名农民工追回欠薪3100万元, with a verb not in the list: the people, with
                // what was done for them; the same words name the next figure.
                metric = [marker] + noun
                trail = RuleTrail(.servedPeople)
                floor = figure.end
            } else if share == nil, after.lowerBound == figure.end + 1, s[figure.end] == "的",
                let measure = namer.lexicon.measuresOf.longestEnding(in: before, before: before.count)
            {
                // 总投资12.6亿元的县人民医院新院区, 日处理能力600吨的生活垃圾焚烧发电厂: the amount
                // is the thing's measure.
                // (Without what was done with the thing after it: …的青少年活动中心开工建设.)
                var thing = noun
                while let verb = namer.lexicon.contentVerbs.longestEnding(in: thing, before: thing.count)
                    ?? namer.lexicon.doneWords.longestEnding(in: thing, before: thing.count),
                    thing.count - verb.length >= 2
                {
                    thing.removeLast(verb.length)
                }
                metric = thing + before.suffix(measure.length)
                trail = RuleTrail(.measureOfThing)
                floor = after.upperBound
            } else {
                let served = namer.servedAction(
                    s, phrase: phrase, before: before, noun: noun, after: after, limit: countedLimit)
                // (公办托育机构设有420个托位: institutions that hold what is counted name it with them.)
                let holder = figure.leadStart > 0 && s[figure.leadStart - 1] == "有" ? holder(before: figure, namer: namer) : nil
                metric =
                    served ?? share ?? (holder.map { $0 + noun }
                        ?? namer.verbBefore(before) + noun + sharedTail(of: noun, after: after))
                trail = RuleTrail(served != nil ? .servedAction : share != nil ? .shareReached : .nounAfterClassifier)
                floor = after.upperBound
                if share == nil, figure.family == .people,
                    let reached = namer.outcome(s, after: after, limit: countedLimit),
                    !namer.verbBefore(before).isEmpty
                {
                    // 帮扶800名残疾人实现就业: what the help brought the people counted.
                    metric += s[after.upperBound..<reached]
                    trail.add(.outcome)
                    floor = reached
                }
            }
        } else if figure.family == .people,
            let served = namer.servedHeadcount(s, phrase: phrase, before: before, figure: figure, limit: limit)
        {
            // 为8.3万人发放失业保险金4.7亿元: the people, by what was done for them; the same
            // words name the money after.
            metric = served
            trail = RuleTrail(.servedAction)
            floor = figure.end
        } else if figure.family == .people,
            let reached = namer.outcome(s, after: figure.end..<figure.end, limit: limit), namer.namesNoOne(before)
        {
            // 已有3150人实现稳定就业: people named by nothing but what they reached; right after what
            // a count of people is out of (1380名农村低收入人口中，1120人实现居家就业), of them.
            // (After 已, `doneOfItem` names them so.)
            metric = Array(s[figure.end..<reached])
            if phrase.lowerBound >= 2, s[phrase.lowerBound - 2] == "中", isClauseMark(s[phrase.lowerBound - 1]),
                let k = lastOutsideBrackets, made[k].unit == figure.unit
            {
                metric = namer.subject(of: self.metric(of: made[k])) + metric
            }
            trail = RuleTrail(.outcome)
            floor = reached
        } else {
            metric = before
            namedByBefore = true
            floor = figure.end
        }
        return Naming(metric: metric, trail: trail, figure: current, phrase: phrase)
    }

    /// Whether a noun ending in 中 says what a count is out of (32个省级单位中，有28个…; 12个县区
    /// 中有8个…), not a school (新建8所初中。, 3所高中、).
    private func isOutOf(_ noun: Range<Int>) -> Bool {
        guard noun.upperBound < s.count else { return false }
        let next = s[noun.upperBound]
        return next == "，" || next == "," || next == "有"
    }

    /// 208名民警、174名辅警因公牺牲: a noun after a figure that the next figure follows at once,
    /// after a 、, shares what the next noun goes on to say when the two end alike (警 …因公牺牲).
    private func sharedTail(of noun: [Unicode.Scalar], after: Range<Int>) -> ArraySlice<Unicode.Scalar> {
        let k = current + 1
        guard after.upperBound < s.count, s[after.upperBound] == "、", k < figures.count,
            figures[k].leadStart == after.upperBound + 1,
            let nextAfter = namer.phraseAfter(
                s, figure: figures[k], limit: k + 1 < figures.count ? figures[k + 1].leadStart : s.count)
        else { return [] }
        let next = namer.clean(s, in: nextAfter)
        guard noun.count >= 2, next.count > noun.count + 1, next[noun.count - 1] == noun.last else { return [] }
        return next[noun.count...]
    }

    /// `figure` running to the end of the next figure, and the limit of that one's phrase, when
    /// the next figure follows it after 、 in another unit and `phrase` ends with the marker of
    /// people served (为, 对, 向, 给, and place words) and names no one else: where the people
    /// it counts are named. Nil otherwise. (Not inlined: most figures have no 、 after them, and
    /// the test is made before the call.)
    @inline(never)
    private func countedWithNext(
        _ figure: Figure, in s: [Unicode.Scalar], namer: MetricNamer, phrase: Range<Int>, before: [Unicode.Scalar]
    ) -> (Figure, limit: Int)? {
        guard current + 1 < figures.count, case let next = figures[current + 1], next.leadStart == figure.end + 1,
            next.unit != figure.unit, namer.namesNoOne(before), namer.marker(s, endingPhrase: phrase) != nil
        else { return nil }
        var counted = figure
        counted.end = next.end
        return (counted, current + 2 < figures.count ? figures[current + 2].leadStart : s.count)
    }

    /// The year of 比2019年的 or 较2019年末的, when that is the whole phrase before a figure, as
    /// the document's year layer reads it.
    @inline(__always)
    private func baselineYear(_ phrase: Range<Int>) -> Int? {
        guard phrase.count >= 7, s[phrase.upperBound - 1] == "的",
            let year = facts.years.written(inBlock: block, at: context.offset + phrase.lowerBound + 1),
            year.lead == .baseline, Int(year.baselineLength) == phrase.count - 1
        else { return nil }
        return year.value
    }

    /// The institutions named in its clause before the verb of holding right before `figure`
    /// (公办托育机构设有420个托位: 公办托育机构), or nil when that clause names none.
    private func holder(before figure: Figure, namer: MetricNamer) -> [Unicode.Scalar]? {
        var verb = figure.leadStart - 1
        if verb > 0, s[verb - 1] == "设" || s[verb - 1] == "拥" || s[verb - 1] == "共" || s[verb - 1] == "建" { verb -= 1 }
        var start = verb
        while start > 0, !isClauseMark(s[start - 1]), s[start - 1] != "。" { start -= 1 }
        guard verb - start >= 2 else { return nil }
        let holder = namer.clean(s, in: start..<verb)
        return holder.count >= 2 && Self.namesInstitutions(holder) ? holder : nil
    }
}
