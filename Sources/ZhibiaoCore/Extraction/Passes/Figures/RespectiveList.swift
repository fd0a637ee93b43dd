extension SentenceReader {
    /// 分别: the values of a list (A、B和C分别为…, 城乡居民…分别达到41200元、21800元) go to the
    /// items named before them, and the rates after them to those items' figures. Reads the
    /// list's figures from `k` and returns where reading goes on, or nil when no list starts there.
    /// `holdsFen` says whether the phrase holds 分, as `phraseBefore` noted it; `s` is the
    /// sentence, as the reader holds it (handed in: read from the reader, it was counted and
    /// released for each figure followed closely by another).
    /// (Inlined where figures are read, with the cheap tests of whether a list may start at all:
    /// 分 in the phrase, or the next figure close by. Most figures start none; the phrase was read
    /// again for 分 and a call made for each.)
    @inline(__always)
    mutating func respectiveList(at k: Int, in s: [Unicode.Scalar], phrase: Range<Int>, holdsFen: Bool) -> Int? {
        guard holdsFen || k + 1 < figures.count && figures[k + 1].leadStart - figures[k].end <= 6 else { return nil }
        return readList(at: k, in: s, phrase: phrase, holdsFen: holdsFen)
    }

    private mutating func readList(at k: Int, in s: [Unicode.Scalar], phrase: Range<Int>, holdsFen: Bool) -> Int? {
        // Told here first, by index, whether the next figures are marked off as one list (the
        // sentence's list layer). Asking `list` took a copy of the reader (some 500 bytes) for
        // each close figure.
        let end = lists.end(from: k, of: figures, in: s)
        let mayStart =
            holdsFen || k + 1 < figures.count && figures[k + 1].leadStart - figures[k].end <= 6 && end - k >= 2
        guard mayStart, let list = list(at: k, endingAt: end, phrase: phrase, holdsFen: holdsFen) else { return nil }
        // 城乡低保标准分别由每人每月1020元、790元提高到1060元、830元: the levels reached are the
        // list's values, each item's; the old ones, of no year named, are only where they rose from.
        if holdsFen, list.named.isEmpty, list.verb.first == "由" || list.verb.first == "从",
            let reached = levelsReached(after: list.group)
        {
            distribute(reached, subject: list.subject, verb: [], named: [])
            floor = figures[reached.last!].end
            return reached.last! + 1
        }
        distribute(list.group, subject: list.subject, verb: list.verb, named: list.named)
        floor = figures[list.group.last!].end
        return list.group.last! + 1
    }

    /// The figures of a second list as long as `group`, in its unit, right after it and a verb
    /// from one level to another (…1020元、790元提高到1060元、830元), one mark between each;
    /// nil when none follows so.
    private func levelsReached(after group: [Int]) -> [Int]? {
        guard let last = group.last, last + group.count < figures.count else { return nil }
        let reached = Array((last + 1)...(last + group.count))
        let unit = figures[group[0]].unit
        guard reached.allSatisfy({ figures[$0].unit == unit }), figures[last].end <= figures[last + 1].leadStart,
            case let verb = s[figures[last].end..<figures[last + 1].leadStart],
            facts.lexicon.toLevelVerbs.contains(String(scalars: verb))
        else { return nil }
        for (a, b) in zip(reached, reached.dropFirst()) {
            guard figures[a].end <= figures[b].leadStart else { return nil }
            let gap = s[figures[a].end..<figures[b].leadStart]
            guard gap.count == 1, listGaps.contains(gap.first!) else { return nil }
        }
        return reached
    }

    /// 人数分别为城镇549人和农村5819人: after 分别 and its verb, each value named by a short noun
    /// of its own right before it. The figures from `k` so named and their nouns; nil when the
    /// values are not named so.
    private func itemsNamedBefore(_ k: Int, after start: Int) -> (group: [Int], items: [[Unicode.Scalar]])? {
        var first = start
        if let verb = facts.lexicon.lightVerbs.longest(in: s, at: first, end: figures[k].leadStart) {
            first += verb.length
        }
        func noun(_ range: Range<Int>) -> ArraySlice<Unicode.Scalar>? {
            var lo = range.lowerBound
            if lo < range.upperBound, listGaps.contains(s[lo]) { lo += 1 }
            // (每人每月760元、每人每年6000元: what each value is per, not what it is of.)
            guard range.upperBound - lo >= 1, range.upperBound - lo <= 4,
                s[lo..<range.upperBound].allSatisfy({ Segmenter.isHan($0) && $0 != "每" })
            else { return nil }
            // (分别增长5.2%，下降3.1%: changes, not names.)
            let lexicon = facts.lexicon
            guard lexicon.changeWords.longestEnding(in: s, before: range.upperBound, start: lo) == nil,
                lexicon.comparisons.longest(in: s, at: lo, end: range.upperBound) == nil,
                lexicon.contentVerbs.longest(in: s, at: lo, end: range.upperBound) == nil
            else { return nil }
            return s[lo..<range.upperBound]
        }
        guard let head = noun(first..<figures[k].leadStart) else { return nil }
        var group = [k]
        var items = [Array(head)]
        var j = k + 1
        while j < figures.count, figures[j].unit == figures[k].unit,
            let next = noun(figures[j - 1].end..<figures[j].leadStart)
        {
            group.append(j)
            items.append(Array(next))
            j += 1
        }
        return group.count >= 2 ? (group, items) : nil
    }

    /// The list of values starting at figure `k` (the figures up to `end` run on as one list),
    /// with the subject and verb it is distributed by: one that says 分别 (the phrase split
    /// there), or one that goes item by item without saying so (see `itemByItem`); nil when
    /// figure `k` starts no list. (Inlined in its one caller: most figures start no list, and
    /// the call cost more than finding that out.)
    @inline(__always)
    private func list(
        at k: Int, endingAt end: Int, phrase: Range<Int>, holdsFen: Bool
    ) -> (group: [Int], subject: [Unicode.Scalar], verb: [Unicode.Scalar], named: [[Unicode.Scalar]])? {
        if holdsFen, let split = FigureLists.respectively(in: phrase, of: s) {
            var subject = Array(s[phrase.lowerBound..<split])
            // (So is 降幅分别达…: the measure of a change the clause before tells of its items, 刑事
            // 案件、盗窃案件发案数同比均下降，降幅分别为…, names each item's change.)
            let cleaned = namer.clean(subject, in: subject.indices)
            let changeMeasure = Self.isChangeMeasure(cleaned)
            // 纺织业、医药制造业、电气机械制造业三个行业增加值增势较好，分别增长12.6%、…: 分别 opening a
            // clause, with no figure before it in the sentence, is over the items of the clause
            // before (without the count that restates how many they are).
            // (Tiers a measure is divided into are read by `distribute`: 分为…三档，分别为….)
            // (Only when it names as many items as there are values.)
            if made.count == first, cleaned.isEmpty || changeMeasure,
                case let clause = nounOfClauseBefore(at: phrase.lowerBound, longest: 48), clause.contains("、"),
                !facts.lexicon.dividedInto.occurs(in: clause),
                case let told = changeMeasure ? Array(clause[..<(namer.changeStart(clause) ?? clause.count)]) : clause,
                case let listed = Self.withoutItemCount(told),
                Set(items(of: listed, count: end - k)).count == end - k
            {
                subject = listed
                if changeMeasure { return (Array(k..<end), subject, cleaned, []) }
            }
            if !subject.isEmpty, let named = itemsNamedBefore(k, after: split + 2) {
                return (named.group, subject, [], named.items)
            }
            return (Array(k..<end), subject, Array(s[(split + 2)..<phrase.upperBound]), [])
        }
        // (Most figures are not followed closely by another: they are not looked at as a list.)
        guard k + 1 < figures.count, figures[k + 1].leadStart - figures[k].end <= 6, end - k >= 2,
            case let group = Array(k..<end),
            let list = itemByItem(phrase, group: group)
        else { return nil }
        return (group, list.subject, list.verb, [])
    }

    /// Whether a name is only the measure of a change (降幅, 增幅, 涨幅, 减幅, 增速).
    private static func isChangeMeasure(_ name: [Unicode.Scalar]) -> Bool {
        guard name.count == 2 else { return false }
        return (name[0] == "降" || name[0] == "增" || name[0] == "涨" || name[0] == "减")
            && (name[1] == "幅" || name[1] == "速")
    }

    /// `subject` without a count of its items written in words before its tail (汽车制造业、食品制造业
    /// 两个行业增加值 → 汽车制造业、食品制造业增加值): a count of 个, 项 or 类 things after the last 、.
    static func withoutItemCount(_ subject: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let last = subject.lastIndex(of: "、") else { return subject }
        var i = last + 1
        while i + 2 < subject.count {
            if isChineseNumeral(subject[i]), subject[i + 1] == "个" || subject[i + 1] == "项" || subject[i + 1] == "类",
                i > last + 1
            {
                // The counted noun runs to the tail: 行业, 产业, 指标 (two scalars).
                let end = min(subject.count, i + 4)
                return Array(subject[..<i] + subject[end...])
            }
            i += 1
        }
        return subject
    }

    /// A list of values that goes item by item without saying 分别: a bare change after as many
    /// figures (…119.4亿元，增长5%、9.7%、1.9%), or a subject naming as many items
    /// (本科上线率和强基上线率同比提升7.12%和13.86%). The subject and verb to distribute by; nil
    /// when the values are not marked off as a list or do not match what they follow.
    private func itemByItem(_ phrase: Range<Int>, group: [Int]) -> (subject: [Unicode.Scalar], verb: [Unicode.Scalar])?
    {
        // 3652户5821人 (no mark between) states one thing twice.
        for (a, b) in zip(group, group.dropFirst()) where figures[a].end == figures[b].leadStart { return nil }
        let cleaned = namer.clean(s, in: phrase)
        if cleaned.isEmpty || namer.isGeneric(cleaned) {
            let previous = figuresBefore(count: group.count)
            guard previous.count == group.count, previous.allSatisfy({ !made[$0].isRate }),
                Set(previous.map { made[$0].name }).count == group.count
            else { return nil }
            return ([], cleaned)
        }
        let subject = Array(cleaned[..<(namer.changeStart(cleaned) ?? cleaned.count)])
        guard Set(items(of: subject, count: group.count)).count == group.count else { return nil }
        return (subject, Array(cleaned[subject.count...]))
    }

    /// 分别: values over the items of the subject (城乡 → 城镇, 农村; A、B和C), over the items
    /// `named` after it (人数分别为城镇549人和农村5819人), or with no subject over the figures just
    /// before (…分别增长3.6%、5.5%).
    private mutating func distribute(
        _ group: [Int], subject rawSubject: [Unicode.Scalar], verb rawVerb: [Unicode.Scalar],
        named: [[Unicode.Scalar]]
    ) {
        // 2022年、2023年、2024年地区生产总值分别为…: one value for each year named.
        let listed = Self.listedYears(rawSubject)
        let namesYears = listed.years.count == group.count
        var years = namesYears ? listed.years : []
        // The subject names every item (0-17岁、18-34岁、35-59岁和60岁以上人口): each item is
        // held to a name's length, not all of them together.
        var subject = namer.clean(
            rawSubject, in: (namesYears ? listed.end : 0)..<rawSubject.count, longest: 24 * group.count)
        var verb = namer.clean(rawVerb, in: rawVerb.indices)
        if namer.isBaselineOnly(subject) {
            // 同比分别上升28.5%和76.6%: a baseline is not a subject; the change is of the figures before.
            verb = subject + verb
            subject = []
        } else if namer.isGeneric(subject), Set(items(of: subject, count: group.count)).count < group.count {
            // 增幅分别为3.9%、5.1%: a bare change, not a subject; of the figures before.
            verb = subject + verb
            subject = []
        } else if case let baseline = namer.baselineSuffix(subject), baseline > 0 {
            // 事故起数和死亡人数同比分别下降15.5%和8.3%: the baseline is of every item's change.
            verb = Array(subject.suffix(baseline)) + verb
            subject.removeLast(baseline)
        }
        let keepVerb: [Unicode.Scalar]
        if verb == Self.share {
            // 分别占28.5%和15.2%: each item's share (教育支出占比).
            keepVerb = verb + ["比"]
        } else if namer.endsWithChange(verb) || namer.isGeneric(verb) {
            keepVerb = verb
        } else if facts.lexicon.contentVerbs.longest(in: verb, at: 0) != nil, namer.object(of: verb).count < verb.count
        {
            // 县医院、县中医院分别新增床位80张、50张: a verb and what it acts on is each item's
            // measure (县医院新增床位), where a verb alone (分别完成, 分别达到) says nothing more.
            keepVerb = verb
        } else {
            keepVerb = []
        }
        var names: [[Unicode.Scalar]] = []
        var places: [String] = []
        // The figures before that each value changes, when the list has no subject (none
        // otherwise: made only then).
        var bases: [Int] = []
        if !named.isEmpty {
            names = named.map { self.named($0, of: subject) }
        } else if !subject.isEmpty, case let listed = listedAsWritten(subject, count: group.count), !listed.isEmpty,
            listed.allSatisfy({ isPlace($0[...]) }),
            let measure = measureOfPlaces(verb: verb, unit: figures[group[0]].unit)
        {
            // 城中区、鱼峰区分别筹集1120套、980套: places alone before the verb; each figure is the
            // verb's measure, of its own place.
            names = Array(repeating: measure, count: group.count)
            places = listed.map { String(scalars: $0) }
        } else if !subject.isEmpty, let byPlace = placesListed(listedAsWritten(subject, count: group.count)) {
            // 江油市、安州区、梓潼县新增城镇就业分别为…: one measure, each figure of its own place.
            names = Array(repeating: byPlace.measure + keepVerb, count: group.count)
            places = byPlace.places
        } else if !subject.isEmpty {
            names = items(of: subject, count: group.count)
            if !keepVerb.isEmpty { names = names.map { $0 + keepVerb } }
        } else {
            let previous = figuresBefore(count: group.count)
            if previous.count == group.count {
                // (分别增长5.1%和7.2%，分别达38210元和19870元: a linking verb alone adds nothing
                // to the subjects the changes were of.)
                let tail = namer.isLinkingVerbsOnly(verb) ? [] : verb
                names = previous.map { withoutChange(name: made[$0].name) + tail }
                bases = previous
            } else if let listed = itemsOfClauseBefore(group) {
                names = listed.map { $0 + verb }
            }
        }
        if names.isEmpty { names = Array(repeating: verb, count: group.count) }
        // A subject not split into items is held to a name's length again.
        for n in names.indices where names[n].count > 24 { names[n] = namer.clean(names[n], in: names[n].indices) }
        var indexes: [Int] = []
        indexes.reserveCapacity(group.count)
        // (Each candidate goes into `made` as it is made, and is finished there: made in a
        // variable first, it was copied whole into the list, its strings counted, and the
        // variable's destroyed.)
        for (n, k) in group.enumerated() where names[n].count >= 2 {
            // (分别是1952年的22.3倍和82.7倍: multiples of a base, named as such.)
            let name = figures[k].unit == .multiple ? namer.multipleOfBase(names[n]) ?? names[n] : names[n]
            made.append(candidate(metric: name, figure: figures[k], trail: RuleTrail(.respectiveList)))
            let at = made.count - 1
            if figures[k].family == .rate, namer.endsWithChange(names[n]), n < bases.count, case let base = bases[n] {
                made[at].growthOf = base
                facts.log?.note(made[at].mention, "growth", .growthBase, String(scalars: metric(of: made[base])))
            }
            if years.isEmpty, let span = Self.yearSpan(made[at].period), span.count == group.count {
                // 2020—2024年，城镇新增就业分别为…: one value for each year of the span.
                years = Array(span)
            }
            if !places.isEmpty {
                made[at].region = places[n]
                facts.log?.note(made[at].mention, "region", .regionNamed, places[n])
            }
            if !years.isEmpty {
                made[at].year = years[n]
                made[at].period = String(years[n])
                facts.log?.note(made[at].mention, "year", .yearListed)
            }
            indexes.append(at)
        }
        lastGroup = indexes
    }

    /// 猪肉、牛肉、禽蛋产量保持增长，分别增长2.1%、4.6%、3.3%: with no subject of its own
    /// and no figures before to match, a list takes the items the clause before names, one for
    /// each value (the clause's own verb, 保持…, cut off); nil when that clause lists no such
    /// items.
    private func itemsOfClauseBefore(_ group: [Int]) -> [[Unicode.Scalar]]? {
        // (Tiers are read from the whole clause: held to a list's length, its front was cut.)
        if let tiers = tiersOfClause(
            nounOfClauseBefore(at: figures[group[0]].leadStart, longest: 48), count: group.count)
        {
            return tiers
        }
        let clause = nounOfClauseBefore(at: figures[group[0]].leadStart, longest: 8 * group.count)
        guard clause.reduce(0, { $1 == "、" ? $0 + 1 : $0 }) == group.count - 1, !clause.contains(where: isDigit)
        else { return nil }
        let listed = items(of: clause, count: group.count)
        guard Set(listed).count == group.count, listed.allSatisfy({ !$0.isEmpty && $0.count <= 12 }) else { return nil }
        return listed
    }

    /// 照料护理标准分为全自理、半护理、全护理三档，分别为…: what the clause divides into tiers, one
    /// name for each tier (照料护理标准（全自理）); nil unless it lists `count` of them after 分为.
    private func tiersOfClause(_ clause: [Unicode.Scalar], count: Int) -> [[Unicode.Scalar]]? {
        // (分为: `divided-into` in phrases.tsv.)
        guard let divided = facts.lexicon.dividedInto.matches(in: clause).first?.range, divided.lowerBound >= 2
        else { return nil }
        var list = Array(clause[divided.upperBound...])
        // (三档, 两类: how many tiers there are, said after them.)
        if list.count >= 2, case let n = list[list.count - 2], isChineseNumeral(n) || n == "两" || isDigit(n) {
            list.removeLast(2)
        }
        let tiers = list.split(separator: "、").map(Array.init)
        guard tiers.count == count, tiers.allSatisfy({ (2...6).contains($0.count) }) else { return nil }
        let measure = Array(clause[..<divided.lowerBound])
        return tiers.map { measure + ["（"] + $0 + ["）"] }
    }

    /// A subject's items as written, split at 、 and 和, before any item takes another's tail
    /// (麻城市、武穴市、浠水县居民… would otherwise read 麻城市居民…, since 麻城市 ends as 浠水县
    /// does not but 武穴市 does); empty when they are not `count`.
    /// (The items are counted before any is made: most subjects do not list as many, and
    /// `split` with a closure made them all first.)
    private func listedAsWritten(_ subject: [Unicode.Scalar], count: Int) -> [[Unicode.Scalar]] {
        // The non-empty runs between separators, as `split` gives them.
        func forEachItem(_ body: (Range<Int>) -> Void) {
            var start = 0
            for i in subject.indices where subject[i] == "、" || subject[i] == "和" {
                if i > start { body(start..<i) }
                start = i + 1
            }
            if subject.count > start { body(start..<subject.count) }
        }
        var items = 0
        forEachItem { _ in items += 1 }
        guard items == count else { return [] }
        var parts: [[Unicode.Scalar]] = []
        parts.reserveCapacity(count)
        forEachItem { parts.append(Array(subject[$0])) }
        return parts
    }

    /// A list's items when they are places, each a county, district, city or town (江油市、安州区、
    /// 梓潼县新增城镇就业): the places, and the measure the last one goes on to name; nil when
    /// any item is not a place or the last names no measure.
    private func placesListed(_ items: [[Unicode.Scalar]]) -> (places: [String], measure: [Unicode.Scalar])? {
        guard items.count >= 2, let last = items.last, last.count >= 5,
            let cut = (2..<min(last.count - 1, 8)).first(where: { isPlace(last[..<$0]) }),
            items.dropLast().allSatisfy({ isPlace($0[...]) })
        else { return nil }
        let measure = Array(last[cut...])
        guard measure.count >= 2 else { return nil }
        return (items.dropLast().map { String(scalars: $0) } + [String(scalars: Array(last[..<cut]))], measure)
    }

    /// What a 分别 verb after places alone measures: the verb and its object (分别新增床位), or a
    /// verb alone (分别筹集) as the figure before in `unit` that the verb opens the name of
    /// (筹集保障性租赁住房4280套，…分别筹集…); nil when neither.
    private func measureOfPlaces(verb: [Unicode.Scalar], unit: UnitID) -> [Unicode.Scalar]? {
        guard let opening = facts.lexicon.contentVerbs.longest(in: verb, at: 0) else { return nil }
        if namer.object(of: verb).count < verb.count { return verb }
        guard opening.length == verb.count,
            let k = made.indices[first...].last(where: { made[$0].unit == unit && !made[$0].isRate }),
            case let named = withoutChange(name: made[k].name), named.starts(with: verb), named.count > verb.count
        else { return nil }
        return named
    }

    /// Whether a name is a place: one of regions.tsv, or `shortest` (three) to seven characters
    /// ending as an administrative unit does (梓潼县, 安州区, 新华街道) that are no general word
    /// (城区, 小城镇: `general-place` in phrases.tsv). A two-character name (黟县) is asked for only
    /// where a list of places is told apart (`measureOfPlaces`), and then holds no character that
    /// makes a phrase of it (全市, 我县: `not-in-place`).
    func isPlace(_ name: ArraySlice<Unicode.Scalar>, shortest: Int = 3) -> Bool {
        if let m = facts.lexicon.regionNames.longest(in: Array(name), at: 0), m.length == name.count { return true }
        guard name.count >= shortest, name.count <= 7, let last = name.last, Self.placeEnds.contains(last),
            !name.contains(where: isDigit), !name.contains("、")
        else { return false }
        if name.count < 3, name.dropLast().contains(where: facts.lexicon.notInPlaceNames.contains) { return false }
        let tail = Array(name.suffix(2))
        // 诸城市, 邹城市, 麻城市: a county-level city's name may end in 城市, as 大城市 and 中小城市 do.
        let cityNamed = tail == Self.city && name.count == 3 && !Self.sizeWords.contains(name.first!)
        return (cityNamed || !facts.lexicon.generalPlaceEndings.contains(String(scalars: tail)))
            && facts.lexicon.contentVerbs.longest(in: Array(name), at: 0) == nil
    }
    private static let city = Array("城市".unicodeScalars)
    /// What makes X城市 a kind of city rather than one: 大城市, 新城市, 各城市 ….
    private static let sizeWords: Set<Unicode.Scalar> = Set("大小中新老全各本该其超特".unicodeScalars)
    /// What an administrative unit's name ends with (a bit set: asked of every name the
    /// naming passes read, `eachOfList`).
    static let placeEnds: ScalarSet = "县区市旗镇乡"

    /// What an item named after 分别 counts of its subject: 城镇 of 城乡居民…人数 is
    /// 城镇居民…人数 (the pair it is one of, replaced by it); 职工 of 参保人数 is 职工参保人数.
    private func named(_ item: [Unicode.Scalar], of subject: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let pairs = facts.lexicon.splitPairs
        for i in subject.indices {
            guard let m = pairs.longest(in: subject, at: i) else { continue }
            for alternative in m.value.split(separator: ",") where alternative.unicodeScalars.starts(with: item) {
                return Array(subject[..<i]) + alternative.unicodeScalars + subject[(i + m.length)...]
            }
        }
        return item + subject
    }

    /// The years a phrase starts with (2022年、2023年和2024年…, 2023、2024年…) and where they end;
    /// no years when it starts otherwise.
    static func listedYears(_ s: [Unicode.Scalar]) -> (years: [Int], end: Int) {
        var years: [Int] = []
        var i = 0
        var end = 0
        while i + 4 <= s.count, s[i..<(i + 4)].allSatisfy(isDigit), i + 4 == s.count || !isDigit(s[i + 4]),
            let year = decimalValue(s[i..<(i + 4)]), (1990...2099).contains(year)
        {
            years.append(year)
            i += 4
            if i < s.count, s[i] == "年" { i += 1 }
            end = i
            guard i < s.count, s[i] == "、" || s[i] == "和" || s[i] == "与" || s[i] == "及" else { break }
            i += 1
        }
        return years.count >= 2 ? (years, end) : ([], 0)
    }

    /// The years of a period that spans whole years (2020..2024), nil for any other.
    static func yearSpan(_ period: String?) -> ClosedRange<Int>? {
        guard let period, period.utf8.count == 10 else { return nil }
        let parts = period.split(separator: ".", omittingEmptySubsequences: true)
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a < b else { return nil }
        return a...b
    }

    /// What a list of `count` values with no subject is of: the last 分别 group when it has as
    /// many, or else the last `count` candidates of the sentence (fewer when it has fewer).
    private func figuresBefore(count: Int) -> [Int] {
        lastGroup.count == count ? lastGroup : Array(made.indices[first...].suffix(count))
    }

}
