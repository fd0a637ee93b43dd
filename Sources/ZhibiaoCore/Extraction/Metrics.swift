/// Names the metric of a figure from the words around it: the noun phrase before the number
/// (城镇新增就业4.82万人) or, when the number is the object of a verb, the noun after its
/// classifier (征集3278个就业岗位). A class, made once per document: a sentence reader asks it
/// for every figure, and a struct was copied (its lexicon and place names counted) at each ask.
final class MetricNamer {
    let lexicon: Lexicon
    /// Short names of the document's place (长治, 长治市), stripped like 全市.
    let placeNames: [[Unicode.Scalar]]
    /// The first scalar of each place name, in their order: most phrases start none.
    private let placeFirsts: [Unicode.Scalar]
    /// `placeFirsts`, as a filter (`mayStartPlace`).
    private let placeFirstBits: LowBits
    /// The scalars that may start a front `name` strips but for the document's places
    /// (`Lexicon.strippableFronts`).
    private let fronts: ScalarBits
    /// The scalars a generic name may start with (`Lexicon.genericOpenings`).
    private let genericOpenings: ScalarBits
    /// The first scalar of each clause verb (`Lexicon.clauseVerbs`), and the same as a filter
    /// (`mayHoldClauseVerb`).
    private let clauseVerbFirsts: [Unicode.Scalar]
    private let clauseVerbFirstBits: LowBits
    /// Each two-scalar trailing change word (增长, 下降) as one number, in the lexicon's order
    /// (`pair`): `withoutChange` compares a name's last two scalars with each, where a list of
    /// lists was walked word by word.
    private let trailingChangePairs: [UInt64]
    /// Their last scalars, as a filter: most names end with none, and are told so before the
    /// pairs are compared.
    private let trailingChangeLastBits: LowBits

    init(lexicon: Lexicon, placeNames: [String]) {
        self.lexicon = lexicon
        self.placeNames = placeNames.map { Array($0.unicodeScalars) }
        placeFirsts = self.placeNames.map { $0.first ?? Unicode.Scalar(0) }
        placeFirstBits = LowBits(placeFirsts)
        fronts = lexicon.strippableFronts
        genericOpenings = lexicon.genericOpenings
        // (A loop: `compactMap(\.first)` went through the key path's generic machinery, some
        // thousands of instructions for each document's namer.)
        var verbFirsts: [Unicode.Scalar] = []
        for verb in lexicon.clauseVerbs {
            if let c = verb.first { verbFirsts.append(c) }
        }
        clauseVerbFirsts = verbFirsts
        clauseVerbFirstBits = LowBits(verbFirsts)
        trailingChangePairs = lexicon.trailingChanges.filter { $0.count == 2 }.map { Self.pair($0[0], $0[1]) }
        trailingChangeLastBits = LowBits(lexicon.trailingChanges.filter { $0.count == 2 }.map { $0[1] })
    }

    /// Punctuation and spaces that end a metric phrase.
    @inline(__always)
    static func isDelimiter(_ c: Unicode.Scalar) -> Bool {
        // Most text is Han characters, between the marks below (all before U+3003 or in the
        // full-width forms from U+FF00): told at once, not against each mark.
        if c.value >= 0x3003 && c.value < 0xFF00 { return false }
        return switch c {
        case "，", ",", "。", "；", ";", "：", ":", "！", "？", "!", "?", "、", " ", "\t", "…", "—": true
        default: false
        }
    }

    /// Quotation and title marks, dropped from metric names.
    @inline(__always)
    static func isQuote(_ c: Unicode.Scalar) -> Bool {
        // (All the marks are before U+3010: Han characters are told at once.)
        if c.value >= 0x3010 { return false }
        return switch c {
        case "“", "”", "‘", "’", "「", "」", "『", "』", "\"", "《", "》", "〈", "〉": true
        default: false
        }
    }

    /// The text before a figure back to the clause start or `floor`, raw; a 、 ends it only
    /// where it ends a list item (see `joinsItems`). With it, what `clean` looks for in it
    /// (`PhraseMarks`), noted as its scalars are passed over here: read again in `clean`, every
    /// phrase was walked twice.
    /// (The figure is given by where it starts: a figure passed in was copied, strings and all,
    /// for every figure read.)
    func phraseBefore(
        _ s: [Unicode.Scalar], figureAt leadStart: Int, floor: Int, brackets: inout BracketMentions
    ) -> (range: Range<Int>, marks: PhraseMarks) {
        // A label set off by a colon or a space right before the figure (城镇新增就业：4.82万人,
        // 改造农村公路 156公里) names it.
        var end = leadStart
        if end - 1 > floor, s[end - 1] == "：" || s[end - 1] == ":" || s[end - 1] == " " { end -= 1 }
        // 困难职工帮扶（生活救助、子女助学、医疗救助）286户次: what the brackets list or note
        // explains the phrase before them, which names the figure.
        if end - 1 > floor, s[end - 1] == "）" || s[end - 1] == ")",
            let bracket = brackets.closing(at: end - 1, in: s), bracket.open > floor, !bracket.holdsBracket,
            !bracket.holdsStop && !bracket.holdsComma || Self.isNote(bracket, in: s),
            !Self.isDelimiter(s[bracket.open - 1])
        {
            end = bracket.open
        }
        var marks = PhraseMarks()
        // (The whole walk is made on the buffer, in one closure: one for each run of Han
        // characters was a call, which set up the eight-at-a-time vectors again, and the other
        // scalars were read through the array, each index checked.)
        let i = s.withUnsafeBufferPointer { buffer in
            precondition(floor >= 0 && end <= buffer.count)
            let eight = HanEight()
            var i = end
            var closed = false
            while i > floor {
                // Han characters, most of a phrase, are neither delimiters nor quotation marks
                // (all before U+3010, or full-width forms from U+FF00): passed over in a loop of
                // their own, rather than asked both questions each, noting the words that cut a
                // name and 分 (of 分别). (Eight at a time while all eight are such, then one by
                // one.)
                if let base = buffer.baseAddress {
                    while i - 8 >= floor {
                        let v = UnsafeRawPointer(base + i - 8).loadUnaligned(as: SIMD8<UInt32>.self)
                        guard eight.allHan(v) else { break }
                        if eight.holdsCut(v) { marks.cuts = true }
                        if eight.holdsFen(v) { marks.fen = true }
                        i -= 8
                    }
                }
                while i > floor, buffer[i - 1].value >= 0x3010, buffer[i - 1].value < 0xFF00 {
                    if Self.mayBeNoted(buffer[i - 1]) {
                        if Self.cutsName(buffer[i - 1]) { marks.cuts = true }
                        if buffer[i - 1] == "分" { marks.fen = true }
                    }
                    i -= 1
                }
                guard i > floor else { break }
                let c = buffer[i - 1]
                if Self.isDelimiter(c) && !joinsItems(s, at: i - 1, after: floor, before: end) { break }
                // (A bar sets a page's column label apart from a headline: 权威发布|2024年….)
                if c == "|" || c == "｜" { break }
                if c.value >= 0x3010 {
                    if Self.isMark(c) { marks.toDrop = true }
                    i -= 1
                    continue
                }
                if c == "”" || c == "’" || c == "」" { closed = true }
                // An opening quote still open at the figure starts the phrase (将“每千人口…达到
                // 4.5个”); one that follows a closing quote or a bracket separates two quotations.
                if c == "“" || c == "‘" || c == "「" {
                    if !closed { break }
                    if i >= 2, closingMarks.contains(buffer[i - 2]) { break }
                    closed = false
                }
                if Self.isMark(c) { marks.toDrop = true }
                i -= 1
            }
            return i
        }
        return (i..<end, marks)
    }

    /// Whether `bracket` of `s` is an editorial note (增长（以下如无特别说明，均为同比名义增速）2.8%):
    /// one that starts with 以下 or 注, commas and all, but no stop, forty scalars at most.
    private static func isNote(_ bracket: BracketMentions.Mention, in s: [Unicode.Scalar]) -> Bool {
        let i = bracket.open
        return !bracket.holdsStop && bracket.close - i <= 40 && i + 2 < bracket.close
            && (s[i + 1] == "以" && s[i + 2] == "下" || s[i + 1] == "注")
    }

    /// Whether the 、 at `mark` joins the parts of what one figure names rather than ending it:
    /// the items of a 分别 list (城镇、农村居民…分别达到), two verbs of one action
    /// (新建、改扩建幼儿园42所), or two nouns (中小学、幼儿园23所) — when what follows the 、 up to
    /// the figure is a short noun, not a verb phrase (改造老旧小区、新建口袋公园15个 are two
    /// actions). A 、 right after the figure before ends its list item.
    private func joinsItems(_ s: [Unicode.Scalar], at mark: Int, after floor: Int, before end: Int) -> Bool {
        guard s[mark] == "、", mark > floor, mark > 0, Segmenter.isHan(s[mark - 1]) else { return false }
        // 城镇、农村居民人均可支配收入分别达到…: the items a 分别 list distributes its values over.
        for k in (mark + 1)..<max(mark + 1, end - 1) where s[k] == "分" && (s[k + 1] == "别" || s[k + 1] == "別") {
            return true
        }
        // 高血压、糖尿病患者规范管理率均达到…: the items one value is said of.
        if allOfThem(s, in: (mark + 1)..<end) != nil { return true }
        // 养老、失业、工伤三项社会保险基金收入: the items a count of kinds sums up.
        for k in (mark + 1)..<max(mark + 1, end - 1) where isChineseNumeral(s[k]) && countedKinds.contains(s[k + 1]) {
            guard k > mark + 1, Segmenter.isHan(s[k - 1]), !isChineseNumeral(s[k - 1]) else { continue }
            return true
        }
        var item = mark
        while item > floor && !Self.isDelimiter(s[item - 1]) { item -= 1 }
        let verbs = lexicon.contentVerbs
        if verbs.longest(in: s, at: item)?.length == mark - item { return true }
        // 全市新建、改扩建中小学校12所: a verb ending the item and one opening what follows.
        if verbs.longestEnding(in: s, before: mark) != nil && verbs.longest(in: s, at: mark + 1) != nil
            && !s[item..<mark].contains(where: isDigit)
        {
            return true
        }
        var i = mark + 1
        var joined = false
        while i < end {
            guard Segmenter.isHan(s[i]), !Self.isDelimiter(s[i]) else { return false }
            if s[i] == "和" || s[i] == "及" { joined = true }
            i += 1
        }
        guard end - mark - 1 >= 2, verbs.longest(in: s, at: mark + 1) == nil else { return false }
        // 交通运输、仓储和邮政业增加值: three nouns named as one, none of them an action.
        if joined, mark - item <= 8, verbs.longest(in: s, at: item) == nil, s[item..<mark].allSatisfy(Segmenter.isHan) {
            return true
        }
        return end - mark - 1 <= 6
    }

    /// Whether a phrase may follow `figure` (`phraseAfter` finds none when the sentence ends with
    /// it or a delimiter follows it): the test a caller makes before the call, as most figures
    /// end their clause.
    @inline(__always)
    func mayPrecedePhrase(_ s: [Unicode.Scalar], figure: Figure) -> Bool {
        figure.end < s.count && !Self.isDelimiter(s[figure.end])
    }

    /// The noun phrase after a figure's unit, up to a delimiter, a stop word or the next number.
    /// Whether 提升 or 改善 at `i` upgrades the thing its clause names after it, with no figure
    /// (提升乡镇卫生院), rather than saying how much something rose (提升3.2个百分点).
    private static func upgrades(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 3 < s.count, s[i] == "提" && s[i + 1] == "升" || s[i] == "改" && s[i + 1] == "善",
            Segmenter.isHan(s[i + 2]), Segmenter.isHan(s[i + 3])
        else { return false }
        var k = i + 2
        while k < s.count, !isDelimiter(s[k]) {
            if isDigit(s[k]) { return false }
            k += 1
        }
        return true
    }

    func phraseAfter(_ s: [Unicode.Scalar], figure: Figure, limit: Int) -> Range<Int>? {
        var i = figure.end
        // 330万套(间)保障性租赁住房: a second classifier in brackets.
        if i + 2 < min(limit, s.count), s[i] == "（" || s[i] == "(", Segmenter.isHan(s[i + 1]),
            s[i + 2] == "）" || s[i + 2] == ")"
        {
            i += 3
        }
        if i < s.count && s[i] == "的" { i += 1 }
        if i < s.count && (Self.isDelimiter(s[i]) || listOrCloseMarks.contains(s[i])) { return nil }
        // 688.51万人(注12) is a note; 41472元提高了… says how the figure changed, not what it counts
        // (but 投入1200万元提升乡镇卫生院 what the money upgraded: `upgrades`).
        if i < s.count && (s[i] == "（" || s[i] == "(")
            || lexicon.changeWords.longest(in: s, at: i) != nil && !Self.upgrades(s, at: i)
        {
            return nil
        }
        let start = i
        let stops = lexicon.stopWords
        // 90%以上的自然村实现生活垃圾收运处置: a share is of those who did what follows.
        let isShareOf = start > figure.end && figure.unit.isPercentSign
        while i < min(limit, s.count) && i - start < 20 {
            let c = s[i]
            if c == "、" {
                // 、 joins modifiers of one noun (街道(乡镇)、社区(村)服务点) unless a new figure follows.
                if i + 1 < s.count && (isDigit(s[i + 1]) || isChineseNumeral(s[i + 1])) { break }
                i += 1
                continue
            }
            // Digits here belong to no figure (figures end the phrase through `limit`): 80岁以上老年人.
            if Self.isDelimiter(c) { break }
            // 地级及以上城市, 二级及以上医院: 及 bounds a grade here rather than joining two nouns.
            if c == "及", i + 2 < s.count, s[i + 1] == "以", s[i + 2] == "上" || s[i + 2] == "下" {
                i += 3
                continue
            }
            // 为 starts a clause of its own (为…提供), except in 为老/为民/为农 (为老服务中心).
            if !isInsideWord(s, at: i, from: start), let stop = stops.longest(in: s, at: i),
                i > start ? c != "为" || i + 1 == s.count || !servedGroups.contains(s[i + 1]) : stop.length >= 2
            {
                // Right after the figure only a stop of two or more characters counts: 全部完成整改
                // says what became of what was counted, while one character may start a noun
                // (在建项目, 和美乡村).
                if isShareOf, i > start, stop.length >= 2 {
                    i += stop.length
                    continue
                }
                break
            }
            i += 1
        }
        // 稳定在5%左右的较低水平, 处于2.55%的低位: a level the figure is judged by, not what it
        // counts.
        if i - start >= 2, s[i - 2] == "水" && s[i - 1] == "平" || s[i - 1] == "位" && levelMarks.contains(s[i - 2]) {
            return nil
        }
        // 卫生院120个和村卫生室1800个: a list's next item, running on into its own figure.
        if i == limit, limit < s.count, s[start] == "和" || s[start] == "及" || s[start] == "与" { return nil }
        return i - start >= 2 ? start..<i : nil
    }

    /// Whether the stop word that may start at `i` is part of a longer word: 平均, 人均 (not 均, "all"),
    /// 在校生, 在园幼儿, 在岗职工 (not 在, "at").
    private func isInsideWord(_ s: [Unicode.Scalar], at i: Int, from start: Int) -> Bool {
        switch s[i] {
        case "均": return i > start && averagedOver.contains(s[i - 1])
        case "在": return i + 1 < s.count && enrolledMarks.contains(s[i + 1])
        default: return false
        }
    }

    /// Cleans the raw phrase `s[range]` into a metric name: quotes removed, enumerations
    /// (…等X → X), leading time, place and adverb words, trailing linking verbs and 的. The
    /// phrase is read in place, and copied first only when it holds scalars that are dropped.
    /// A name keeps at most its last `longest` scalars.
    func clean(_ s: [Unicode.Scalar], in range: Range<Int>, longest: Int = 24) -> [Unicode.Scalar] {
        let marks = self.marks(s, in: range)
        guard marks.toDrop else { return name(in: s, range, longest: longest, holdsCuts: marks.cuts).copy(from: s) }
        let kept = self.kept(s, in: range)
        return name(in: kept, 0..<kept.count, longest: longest).copy(from: kept)
    }

    /// `clean(s, in: range)` written over `room`, whose storage is used again when no one else
    /// holds it: the phrase before a figure is cleaned for every figure, and a name copied out
    /// into an array of its own for each was allocated and freed again once the document's
    /// names numbered it (most figures' names are names read before).
    /// (The name's stretches are written from where they lie as soon as they are known: handed
    /// back first in an enum of the two places a name may lie, they were built, returned through
    /// memory and switched over for every figure.)
    /// `marks` is what the phrase holds, as `phraseBefore` found it (`marks(s, in: range)`).
    func clean(_ s: [Unicode.Scalar], in range: Range<Int>, marks: PhraseMarks, into room: inout [Unicode.Scalar]) {
        guard marks.toDrop else {
            name(in: s, range, longest: 24, holdsCuts: marks.cuts).write(from: s, into: &room)
            return
        }
        let kept = self.kept(s, in: range)
        name(in: kept, 0..<kept.count, longest: 24).write(from: kept, into: &room)
    }

    /// Quotes are dropped from a name; so are bytes that were not text (U+FFFD) and control
    /// characters.
    @inline(__always)
    private static func isDropped(_ c: Unicode.Scalar) -> Bool {
        isQuote(c) || c.value == 0xFFFD || c.value < 0x20 || c.value == 0x7F
    }

    /// Whether `c`, which is no Han character, is a mark `kept` drops or reads: one `isDropped`
    /// names, or a bracket that may hold a note number or a short name. Digits and Latin
    /// letters (2023年, PM2.5) are passed before the quotation marks are asked.
    @inline(__always)
    private static func isMark(_ c: Unicode.Scalar) -> Bool {
        if c.value >= 0x30 && c.value < 0x7F && c != "[" { return false }
        return isDropped(c) || c == "[" || c == "［" || c == "（" || c == "("
    }

    /// Whether `c` is a word that cuts a name (等, 共, 由).
    @inline(__always)
    private static func cutsName(_ c: Unicode.Scalar) -> Bool {
        c == "等" || c == "共" || c == "由"
    }

    /// Whether `c` may be one of the scalars `phraseBefore` notes (等, 共, 由 and 分): a filter
    /// passes one Han character in twenty or so besides those four, where comparing each scalar
    /// passed with the four was most of its instructions.
    @inline(__always)
    private static func mayBeNoted(_ c: Unicode.Scalar) -> Bool {
        LowBits.of("等", "共", "由", "分").mayContain(c)
    }

    /// One pass over `s[range]`, from its buffer, passing over Han characters but for the three
    /// that cut a name (等, 共, 由): whether it holds marks to drop (`kept`), and whether `name`
    /// need look for those cuts (most phrases hold neither, and were read three times).
    private func marks(_ s: [Unicode.Scalar], in range: Range<Int>) -> PhraseMarks {
        precondition(range.lowerBound >= 0 && range.upperBound <= s.count)
        var holdsMarks = false
        var holdsCuts = false
        s.withUnsafeBufferPointer { buffer in
            // Eight at a time while all eight are Han characters (`HanEight`), passed over as the
            // loop below passes them, noting a cut; the first eight that hold any other scalar
            // are read one by one from their start, as the rest of the phrase.
            var start = range.lowerBound
            if let base = buffer.baseAddress, range.count >= 8 {
                let eight = HanEight()
                while start + 8 <= range.upperBound {
                    let v = UnsafeRawPointer(base + start).loadUnaligned(as: SIMD8<UInt32>.self)
                    guard eight.allHan(v) else { break }
                    if eight.holdsCut(v) { holdsCuts = true }
                    start += 8
                }
            }
            for i in start..<range.upperBound {
                let c = buffer[i]
                if c.value >= 0x3010 && c.value < 0xFF00 {
                    if Self.cutsName(c) { holdsCuts = true }
                    continue
                }
                if Self.isMark(c) {
                    holdsMarks = true
                    break
                }
            }
        }
        return PhraseMarks(toDrop: holdsMarks, cuts: holdsCuts)
    }

    /// The scalars of `s[range]` a name is cleaned from when the phrase holds marks: without
    /// note numbers, short names in brackets and the scalars `isDropped` names.
    private func kept(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Unicode.Scalar] {
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            if let note = noteMark(s, at: i, end: range.upperBound) ?? shortName(s, at: i, end: range.upperBound) {
                i += note  // 在园幼儿[4]: a bulletin's note number; （以下简称基本医保）: a short name
                continue
            }
            if !Self.isDropped(s[i]) { kept.append(s[i]) }
            i += 1
        }
        return kept
    }

    /// Length of a bracket at `i` of `s` that gives a short name for what comes before it
    /// (（以下简称基本医保）, （简称“一老一小”）), which names nothing itself.
    private func shortName(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        guard s[i] == "（" || s[i] == "(" else { return nil }
        var k = i + 1
        if k + 1 < end, s[k] == "以", s[k + 1] == "下" { k += 2 }
        guard k + 1 < end, s[k] == "简" || s[k] == "下", s[k + 1] == "称",
            let close = s[k..<end].firstIndex(where: { $0 == "）" || $0 == ")" })
        else { return nil }
        return close + 1 - i
    }

    /// Length of a note number in square brackets, [4] or ［12］, at `i` of `s`.
    private func noteMark(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        guard s[i] == "[" || s[i] == "［" else { return nil }
        var k = i + 1
        while k < end && k - i <= 3 && isDigit(s[k]) { k += 1 }
        guard k > i + 1, k < end, s[k] == "]" || s[k] == "］" else { return nil }
        return k + 1 - i
    }

    /// Whether the 等 at `i` is part of a word (中等职业学校, 高等院校, 均等化, 三等奖, 等级)
    /// rather than the end of an enumeration (A、B等X).
    private func isPartOfWord(deng i: Int, in s: [Unicode.Scalar], from start: Int) -> Bool {
        if i + 1 < s.count && s[i + 1] == "级" { return true }
        return i > start && (leadsOfWordsWithDeng.contains(s[i - 1]) || isChineseNumeral(s[i - 1]))
    }

    /// The metric name in `s[range]`: words are cut by moving the bounds, and the name is where
    /// they end (copied out by the caller, once). Nothing past `range` is read.
    /// `holdsCuts` false says `s[range]` holds no 等, 共 or 由.
    private func name(
        in s: [Unicode.Scalar], _ range: Range<Int>, longest: Int, holdsCuts: Bool = true
    )
        -> NameParts
    {
        let end = range.upperBound
        var lo = range.lowerBound
        var hi = end
        // 破获侵犯知识产权、破坏市场秩序等案件708起: what the enumeration sums up keeps the verb
        // the phrase opened with (破获案件).
        var verb: Range<Int>?
        if holdsCuts, let last = lastDeng(in: s, range), end - last - 1 >= 2,
            !isPartOfWord(deng: last, in: s, from: range.lowerBound)
        {
            var start = lo
            while let m = lexicon.leadWords.longest(in: s, at: start, end: last)
                ?? lexicon.periods.longest(in: s, at: start, end: last)
            {
                start += m.length
            }
            if let opening = lexicon.contentVerbs.longest(in: s, at: start, end: last), opening.length >= 2,
                lexicon.contentVerbs.longest(in: s, at: last + 1, end: end) == nil
            {
                verb = start..<(start + opening.length)
            }
            lo = last + 1
        }
        var changed = true
        while changed && lo < hi && mayStripFront(s, at: lo, end: end) {
            changed = false
            // (The readers of a date, a place before a year, a numbered item and 按…计算 are asked
            // only where what they start with is: most fronts start none of them.)
            if isDigit(s[lo]) || isRangeMark(s[lo]), let n = leadingTime(s, from: lo, end: end) {
                lo += n
                changed = true
            }
            // (有 goes, as in 有养老机构56家, but not from a word it opens: 有效灌溉面积, 有效发明专利,
            // 有线电视用户, 有机农产品, 有害生物.)
            // (与 goes too, but not from a baseline: 与2019年相比增加, 与上年相比增加.)
            if let m = lexicon.leadWords.longest(in: s, at: lo, end: end),
                s[lo] != "有" || lo + 1 == end || !Self.wordsAfterYou.contains(s[lo + 1]),
                s[lo] != "与" && s[lo] != "同"
                    || yearBaseline(s, at: lo) == nil && lexicon.comparisons.longest(in: s, at: lo, end: end) == nil
            {
                lo += m.length
                changed = true
            }
            if let m = lexicon.periods.longest(in: s, at: lo, end: end) {
                lo += m.length
                changed = true
            }
            if let m = lexicon.regionNames.longest(in: s, at: lo, end: end) {
                lo += m.length
                changed = true
            }
            if lo < end, mayStartPlace(s[lo]) {
                for p in placeFirsts.indices
                where lo < end && placeFirsts[p] == s[lo] && s.holds(placeNames[p], at: lo, end: end) {
                    lo += placeNames[p].count
                    changed = true
                }
            }
            if lo + 7 < end, isDigit(s[lo + 3]) || isDigit(s[lo + 4]), let n = placeBeforeYear(s, from: lo, end: end) {
                lo += n
                changed = true
            }
            if lo < end, s[lo] == "（" || s[lo] == "(", let n = enumerator(s, from: lo, end: end) {
                lo += n
                changed = true
            }
            // ③改造老旧小区: the item's number is not what it names.
            if lo + 1 < hi, isListMark(s[lo]) {
                lo += 1
                changed = true
            }
            // Nor is 1. or 12、 before a Han character (1.减少农村低收入人口3.2万人).
            if lo + 2 < hi, isDigit(s[lo]), case let n = isDigit(s[lo + 1]) ? 2 : 1, lo + n + 1 < hi,
                s[lo + n] == "." || s[lo + n] == "．" || s[lo + n] == "、", Segmenter.isHan(s[lo + n + 1])
            {
                lo += n + 1
                changed = true
            }
            // 按常住人口计算人均地区生产总值: how the figure was reckoned is not what it measures.
            if lo < hi, s[lo] == "按", let n = reckoning(s, from: lo, end: hi), lo + n < hi,
                lexicon.lightVerbs.longest(in: s, at: lo + n, end: hi) == nil
            {
                lo += n
                changed = true
            }
            // A bracket opened before the phrase and closed after it (…，其中（城镇老年人口1.7万人）).
            if lo < hi, s[lo] == "（" || s[lo] == "(", !s[(lo + 1)..<hi].contains(where: { $0 == "）" || $0 == ")" }) {
                lo += 1
                changed = true
            }
        }
        // 公安部共破获现行经济犯罪案件: who acted, before 共 and a verb, is not what is counted.
        // 低保平均标准由2012年…: where a level started from is not part of its name either.
        // (An index loop: a closure over the slice cost more than the rest of the name's end.)
        var k = lo + 2
        while holdsCuts && k < hi {
            guard s[k] == "共" || s[k] == "由" else {
                k += 1
                continue
            }
            // (公共 is a word: 就业公共服务覆盖率 is one name.)
            if s[k] == "共", s[k - 1] != "公", verb == nil, k + 3 < hi,
                lexicon.contentVerbs.longest(in: s, at: k + 1, end: hi) != nil
            {
                lo = k + 1
                k += 3
                continue
            }
            if s[k] == "由", k + WrittenYear.length < end, WrittenYear.value(in: s, at: k + 1) != nil {
                hi = k
                break
            }
            k += 1
        }
        if lo < hi, isObjectMarker(s[lo]) {
            // 向2025届毕业生发放一次性求职补贴: the metric starts at the verb.
            let verbs = lexicon.contentVerbs
            if let k = ((lo + 1)..<hi).first(where: { verbs.longest(in: s, at: $0, end: end) != nil }) {
                lo = k
            } else {
                // 为全市60周岁以上老年人免费体检: no verb to start at; the marker and the place
                // words after it go.
                lo += 1
                if let m = lexicon.leadWords.longest(in: s, at: lo, end: end), m.length < hi - lo { lo += m.length }
            }
        }
        if lo < hi, s[lo] == "连", let n = streak(s, from: lo, end: hi) {
            lo += n
            // 连续4年保持98%以上: a streak and a linking verb name nothing.
            if lexicon.lightVerbs.longest(in: s, at: lo, end: hi)?.length == hi - lo { hi = lo }
        }
        // 低保标准提高到每人每月820元: the verb goes and what the amount is per stays.
        let perEnd = hi
        var per = hi
        while per - lo > 2, s[per - 2] == "每", isPerUnit(s[per - 1]) { per -= 2 }
        hi = per
        // 新改建农村公路里程去年超16万公里: a period after the noun is read as the figure's period.
        // (The 为 of 违法行为 ends a noun.)
        // (By length alone: the phrases' values, strings, were counted and released for each.)
        while lo < hi,
            let length = lexicon.lightVerbs.longestEndingLength(in: s, before: hi, start: lo)
                ?? lexicon.periods.longestEndingLength(in: s, before: hi, start: lo),
            length < hi - lo, length > 1 || s[hi - 1] != "为" || s[hi - 2] != "行"
        {
            hi -= length
        }
        let perTail = hi < per && per < perEnd ? per..<perEnd : nil
        if hi == per { hi = perEnd }
        // 粮食产量连续10年稳定在…: how long a level has held is not part of what is measured.
        if let start = streakStart(s, from: lo, end: hi) { hi = start }
        while lo < hi,
            s[hi - 1] == "的" || s[hi - 1] == "了" || s[hi - 1] == "（" || s[hi - 1] == "("
                || Self.isDelimiter(s[hi - 1])
        {
            hi -= 1
        }
        if hi - lo > longest {
            // Too long: the name keeps its end, from after a 的 where one falls near the cut
            // (全市已设口腔科的二级及以上综合医院牙椅数 → 二级及以上综合医院牙椅数).
            lo = hi - longest
            if let de = s[lo..<(hi - 4)].firstIndex(of: "的") { lo = de + 1 }
        }
        return NameParts(verb: verb, body: lo..<hi, perTail: perTail)
    }

    /// Where the last 等 of `s[range]` stands.
    private func lastDeng(in s: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var i = range.upperBound
        while i > range.lowerBound {
            i -= 1
            if s[i] == "等" { return i }
        }
        return nil
    }

    /// Whether any of the words `name` strips from a phrase's front may start at `i` (a time, a
    /// lead word, a period, a place, a numbered item, 按…计算, a bracket): most names, once their
    /// front is gone, start none, and are then not read again word list by word list.
    /// (Asked once or twice for every name: inlined, with the lists' bits asked before the range
    /// marks, a search of their set.)
    /// (The scalars a time, a lead word, a period, a region, a numbered item, 按…计算 or a bracket
    /// may start with are asked in one test of `fronts`, where each list's and each mark's were
    /// asked in turn.)
    @inline(__always)
    private func mayStripFront(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        let c = s[i]
        if fronts.mayContain(c) { return true }
        if mayStartPlace(c) {
            for p in placeFirsts.indices where placeFirsts[p] == c { return true }
        }
        // (A place the lexicon does not know before a year: its year's digits come soon.)
        return i + 4 < end && (isDigit(s[i + 3]) || isDigit(s[i + 4]))
    }

    /// Whether `clause` holds a scalar a clause verb (呈, 保持, 实现) starts with, as it must to
    /// hold the verb: one pass, each scalar told by one bit for its lowest six bits before the
    /// verbs' first scalars are compared, where each verb was looked for along the clause in
    /// turn and most clauses hold none.
    func mayHoldClauseVerb(_ clause: [Unicode.Scalar]) -> Bool {
        for c in clause where clauseVerbFirstBits.mayContain(c) {
            for first in clauseVerbFirsts where first == c { return true }
        }
        return false
    }

    /// Whether a place name of the document may start with `c`, told by one bit for its lowest
    /// six bits before the names' first scalars are walked (asked of every front a name may
    /// lose, and most start no place).
    @inline(__always)
    private func mayStartPlace(_ c: Unicode.Scalar) -> Bool {
        placeFirstBits.mayContain(c)
    }

    /// Length of a place the lexicon does not know that stands right before a year (五莲县2012年
    /// 全年实现…): two or three characters and 县, 市, 区, 旗 or 州.
    private func placeBeforeYear(_ s: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
        // (Most phrases have no digit where the year would start: they are turned away first.)
        guard start + 7 < end, isDigit(s[start + 3]) || isDigit(s[start + 4]) else { return nil }
        for k in 2...3 {
            let mark = start + k
            guard mark + 5 < end else { return nil }
            let c = s[mark]
            guard c == "县" || c == "市" || c == "区" || c == "旗" || c == "州", s[mark + 5] == "年",
                s[start..<mark].allSatisfy(Segmenter.isHan), WrittenYear.value(in: s, at: mark + 1) != nil
            else { continue }
            return k + 1
        }
        return nil
    }

    /// Length of a bracketed item number, (一), （十一） or (3), at `start` of `s`.
    private func enumerator(_ s: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
        guard start < end, s[start] == "(" || s[start] == "（" else { return nil }
        var i = start + 1
        while i < end && i - start <= 4 && (isChineseNumeral(s[i]) || isDigit(s[i])) { i += 1 }
        guard i > start + 1, i < end, s[i] == ")" || s[i] == "）", i + 1 < end else { return nil }
        return i + 1 - start
    }

    /// Length of a date or period such as 2025年, 1-11月, 2024年以来, 12月底 at `start` of `s`.
    private func leadingTime(_ s: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
        var i = start
        while i < end && (isDigit(s[i]) || isRangeMark(s[i])) { i += 1 }
        guard i > start, i < end, dateUnits.contains(s[i]) else { return nil }
        i += 1
        for t in lexicon.dateTails {
            if end >= i + t.count && s[i..<(i + t.count)].elementsEqual(t) {
                i += t.count
                break
            }
        }
        return i < end ? i - start : nil
    }

    /// Length of 按…计算 (按可比价格计算, 按常住人口计算) at `start` of `s`.
    private func reckoning(_ s: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
        guard start < end, s[start] == "按" else { return nil }
        var i = start + 2
        while i + 1 < end && i - start <= 12 {
            if s[i] == "计" && s[i + 1] == "算" { return i + 2 - start }
            i += 1
        }
        return nil
    }

    /// Length of 连续4年 or 连续11个月 at `start` of `s`.
    private func streak(_ s: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
        guard end - start >= 4, s[start] == "连", s[start + 1] == "续" else { return nil }
        var i = start + 2
        while i < end && (isDigit(s[i]) || isChineseNumeral(s[i])) { i += 1 }
        guard i > start + 2, i < end else { return nil }
        if s[i] == "年" || s[i] == "天" || s[i] == "周" { return i + 1 - start }
        if s[i] == "个", i + 1 < end, s[i + 1] == "月" { return i + 2 - start }
        return nil
    }

    /// Where a streak (连续4年) that ends `s[..<end]` starts, when one does.
    @inline(__always)
    private func streakStart(_ s: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
        // Told by the last scalar first: most names do not end in a span of time.
        guard end - start >= 5, s[end - 1] == "年" || s[end - 1] == "月" || s[end - 1] == "天" || s[end - 1] == "周"
        else { return nil }
        var i = end - 1
        while i - 1 > start && !(s[i - 1] == "连" && s[i] == "续") { i -= 1 }
        guard i - 1 > start, streak(s, from: i - 1, end: end) == end - (i - 1) else { return nil }
        return i - 1
    }

    /// For 为8.6万名老年人发放高龄津贴, the name of the people counted with what was done for
    /// them (为老年人发放高龄津贴): `phrase` is the raw text before the figure, which must end
    /// with the marker (为, 向, 给, 对), or with it and place words (为全市), and `before` its
    /// cleaned name, which must name no one; `noun` is the cleaned noun after the figure, `after`
    /// where it stood. Nil when no verb follows the noun, at once or after a lead word (对全县1.2万户次、
    /// 2.3万人次特困人员全年发放救助金: the lead goes).
    func servedAction(
        _ s: [Unicode.Scalar], phrase: Range<Int>, before: [Unicode.Scalar], noun: [Unicode.Scalar],
        after: Range<Int>, limit: Int
    ) -> [Unicode.Scalar]? {
        guard namesNoOne(before), let marker = marker(s, endingPhrase: phrase) else { return nil }
        var start = after.upperBound
        if lexicon.contentVerbs.longest(in: s, at: start, end: limit) == nil,
            let lead = lexicon.leadWords.longest(in: s, at: start, end: limit)
        {
            start += lead.length
        }
        guard let verb = lexicon.contentVerbs.longest(in: s, at: start, end: limit) else { return nil }
        var end = start + verb.length
        while end < limit && end - start < 10 && !Self.isDelimiter(s[end]) && !isDigit(s[end]) { end += 1 }
        guard end - start > verb.length else { return nil }
        return [s[marker]] + noun + s[start..<end]
    }

    /// 为8.3万人发放失业保险金4.7亿元: people counted by 人 alone, after a marker (为, 向, 给, 对)
    /// that names no one, and before what was done for them. Their name is that action, up to
    /// the next figure or clause mark, as a number of people (发放失业保险金人数); nil when the
    /// figure is not so placed.
    func servedHeadcount(
        _ s: [Unicode.Scalar], phrase: Range<Int>, before: [Unicode.Scalar], figure: Figure, limit: Int
    ) -> [Unicode.Scalar]? {
        guard figure.family == .people, namesNoOne(before), marker(s, endingPhrase: phrase) != nil else { return nil }
        var start = figure.end
        while start < limit && s[start] == " " { start += 1 }
        guard let verb = lexicon.contentVerbs.longest(in: s, at: start, end: limit) else { return nil }
        var end = start + verb.length
        while end < limit && end - start < 16 && !Self.isDelimiter(s[end]) && !isDigit(s[end]) { end += 1 }
        while end > start && s[end - 1] == " " { end -= 1 }
        guard end - start > verb.length else { return nil }
        return s.copy(start..<end) + Self.headcount
    }
    private static let headcount = Array("人数".unicodeScalars)

    /// When the people a figure counts (为2300名农民工…) run on, through a verb that is not a listed
    /// content verb, into the next figure, the marker (为, 向, 给, 对) that `phrase` ends with
    /// (before any place words, 为全市); `before` is its cleaned name, which must name no one, and
    /// `after` the noun after the figure.
    func servedRunsInto(
        _ s: [Unicode.Scalar], phrase: Range<Int>, before: [Unicode.Scalar], after: Range<Int>, limit: Int
    ) -> Unicode.Scalar? {
        guard namesNoOne(before), after.upperBound == limit, limit < s.count,
            let marker = marker(s, endingPhrase: phrase),
            lexicon.contentVerbs.longest(in: s, at: after.upperBound) == nil
        else { return nil }
        return s[marker]
    }

    /// Where 实现 and what it names (实现再就业, 实现家门口就业) end, right after the noun a count
    /// of people names: at the clause's end, within a few characters and before any figure; nil
    /// when no such outcome follows.
    func outcome(_ s: [Unicode.Scalar], after: Range<Int>, limit: Int) -> Int? {
        let start = after.upperBound
        guard start + 3 < min(limit, s.count), s[start] == "实", s[start + 1] == "现" else { return nil }
        var end = start + 2
        while end < min(limit, s.count), !Self.isDelimiter(s[end]), !isDigit(s[end]) {
            guard end - start < 10 else { return nil }
            end += 1
        }
        guard end - start >= 4, end == s.count || Self.isDelimiter(s[end]) else { return nil }
        return end
    }

    /// Whether the cleaned name before the people a figure counts is empty or only place words
    /// (为全市…).
    func namesNoOne(_ before: [Unicode.Scalar]) -> Bool {
        before.isEmpty || lexicon.leadWords.longest(in: before, at: 0)?.length == before.count
    }

    /// Where the marker (为, 向, 给, 对) of the people a figure counts stands: the last scalar of
    /// `phrase`, or the one before the place words that end it (为全市2.3万名…); nil when there is none.
    func marker(_ s: [Unicode.Scalar], endingPhrase phrase: Range<Int>) -> Int? {
        guard let last = phrase.last else { return nil }
        if isObjectMarker(s[last]) { return last }
        guard let lead = lexicon.leadWords.longestEnding(in: s, before: phrase.upperBound, start: phrase.lowerBound)
        else { return nil }
        let at = phrase.upperBound - lead.length - 1
        return at >= phrase.lowerBound && isObjectMarker(s[at]) ? at : nil
    }

    /// For 航空服务覆盖全国91.2%的人口, the action with the noun it reaches a share of
    /// (航空服务覆盖人口): `before` is the cleaned phrase before the figure, which must end with a
    /// content verb, and `noun` the cleaned noun after 的; nil for any other figure.
    func shareReached(
        _ s: [Unicode.Scalar], figure: Figure, before: [Unicode.Scalar], noun: [Unicode.Scalar]
    ) -> [Unicode.Scalar]? {
        guard figure.end < s.count, s[figure.end] == "的", before.count >= 2, figure.unit.isPercentSign else {
            return nil
        }
        // 覆盖全国, 惠及全市: the whole the share is of goes.
        let end = before.count - (lexicon.leadWords.longestEnding(in: before, before: before.count)?.length ?? 0)
        guard end >= 2, lexicon.contentVerbs.longestEnding(in: before, before: end) != nil else { return nil }
        return before[..<end] + noun
    }

    /// Whether `metric` ends with one of a pair of amounts (收入, 在校生), so that `counterpart`
    /// may name it.
    @inline(__always)
    func mayBeCounterpart(_ metric: [Unicode.Scalar]) -> Bool {
        lexicon.counterparts.longestEnding(in: metric, before: metric.count) != nil
    }

    /// A part of a whole (after 其中) named only by whom or where it is of, named with the
    /// whole's measure: 公立医院 of 医院病床使用率 is 公立医院病床使用率, 城镇居民 of
    /// 居民人均可支配收入 is 城镇居民人均可支配收入, 城镇 of 老年人口 is 城镇老年人口. A part of a
    /// rate needs only to name no measure of its own (青年失业率 does); a part of an amount must
    /// be a listed part word, a modifier (普惠性) or end where the whole begins (医院 of
    /// 医疗卫生机构总数 is a kind of institution, counted in its own right). nil when the part
    /// keeps its own name.
    func part(
        _ metric: [Unicode.Scalar], of whole: [Unicode.Scalar], isRate: Bool, countsPeople: Bool = false
    ) -> [Unicode.Scalar]? {
        // (Institutions may take longer names: 九年一贯制学校.)
        guard !metric.isEmpty, metric.count <= 6 || metric.count <= 8 && SentenceReader.namesInstitutions(metric),
            whole.count >= 2, !isGeneric(metric)
        else { return nil }
        // 其中，农村地区上升52.8%: the part's change follows the whole's measure, said once.
        if let change = changeWordLength(metric), change < metric.count,
            let named = part(Array(metric.dropLast(change)), of: whole, isRate: isRate)
        {
            return endsWithChange(named) ? named : named + metric.suffix(change)
        }
        // (Institutions named at length hold what the whole's institutions hold: 基层医疗卫生机构 of
        // 医疗卫生机构共有卫生技术人员 is 基层医疗卫生机构卫生技术人员.)
        if metric.count > 6, SentenceReader.namesInstitutions(metric), let held = heldEnd(of: whole) {
            return metric + held
        }
        // 城镇居民 of 全体居民人均可支配收入: the part stands where the whole's 全体 was.
        let body = whole.count > 4 && whole[0] == "全" && whole[1] == "体" ? whole[2...] : whole[...]
        var overlap = min(metric.count - 1, body.count)
        while overlap >= 2 && !metric.suffix(overlap).elementsEqual(body.prefix(overlap)) { overlap -= 1 }
        if overlap >= 2 { return metric + body.dropFirst(overlap) }
        // 其中高中9所 after 普通中学38所: a kind of the whole (its 中), named in its own right.
        // (A part of four scalars or more, 第一产业 of 城乡就业人员, is no such kind; nor is a part
        // of a count of people: 小学 of 在校学生 is where they are.)
        if let listed = lexicon.partWords.longest(in: metric, at: 0), listed.length == metric.count,
            let last = metric.last, !whole.contains(last) || metric.count >= 4 || countsPeople
        {
            return metric + whole
        }
        // 普惠性, 护理型, 省级: a modifier, which needs the whole's noun.
        if let last = metric.last, Self.modifierEnds.contains(last) { return metric + whole }
        // 其中，医院934张 after 床位2050张: institutions holding their part of what the whole
        // counts (`held`), which is theirs (医院床位).
        if SentenceReader.namesInstitutions(metric), let held = heldEnd(of: whole) { return metric + held }
        guard isRate, !metric.contains(where: { Self.measureMarks.contains($0) }) else { return nil }
        return metric + whole
    }

    /// The end of `name` that is what institutions hold (床位 of 拥有床位数, with its 数), or nil.
    private func heldEnd(of name: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        let end = name.last == "数" ? name.count - 1 : name.count
        guard let word = lexicon.heldWords.longestEnding(in: name, before: end) else { return nil }
        return name[(end - word.length)...]
    }

    /// Endings of a word that modifies a noun rather than names one (普惠性, 护理型, 省级).
    private static let modifierEnds: ScalarSet = "性型类级"

    /// Characters that make a phrase name a rate of its own (率, 比重, 指数).
    private static let measureMarks: ScalarSet = "率比重例数值度指增降"

    /// For 基金收入48.2亿元，支出41.6亿元 (or 小学招生…，在校生…), the counterpart named with the
    /// subject of the amount before (基金支出, 小学在校生): `metric` is one of a pair of amounts,
    /// with at most the end of that subject before it; nil when `previous` is not the other.
    func counterpart(_ metric: [Unicode.Scalar], of previous: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let own = lexicon.counterparts.longestEnding(in: metric, before: metric.count),
            let other = lexicon.counterparts.longestEnding(in: previous, before: previous.count),
            case let stem = previous.count - other.length, case let named = metric.count - own.length,
            stem > named, !metric[named...].elementsEqual(previous[stem...]),
            previous[..<stem].suffix(named).elementsEqual(metric[..<named])
        else { return nil }
        // (高等学校本年招生…，毕业…: the time before the other amount is its own, not the subject's.)
        var subject = stem
        if named == 0, let time = lexicon.periods.longestEnding(in: previous, before: stem), time.length < stem {
            subject -= time.length
        }
        return Array(previous[..<subject]) + metric[named...]
    }

    /// The content verb right before a figure (征集, 新增备案), kept in front of a noun after it.
    func verbBefore(_ cleaned: [Unicode.Scalar]) -> [Unicode.Scalar] {
        if let m = lexicon.contentVerbs.longestEnding(in: cleaned, before: cleaned.count) {
            if cleaned.count <= 4 { return cleaned }
            return Array(cleaned.suffix(m.length))
        }
        return []
    }

    func isGeneric(_ metric: [Unicode.Scalar]) -> Bool {
        genericReading(metric) != .notGeneric
    }

    /// How `isGeneric` reads a name: as no bare rate or change, as a change word it ends with
    /// (提高, 同比增长), or otherwise (覆盖率, 占…的比重). A bare rate's subject asks whether its
    /// name ends with a change word: when the reading found one, it need not be looked up again.
    func genericReading(_ metric: [Unicode.Scalar]) -> GenericReading {
        guard let opening = metric.first else { return .generic }
        // Every rule below reads from the name's first scalar on: a name no rule can open (most
        // names: 城镇新增就业) is told so at once, not list by list.
        guard mayOpenGeneric(opening) else { return .notGeneric }
        // The tail after a baseline word is metric[start...], read in place.
        var start = 0
        if let baseline = baselineLength(metric) {
            start = baseline
            // 比2023年多/少: more or fewer than a baseline is a change.
            if metric.count - start == 1, metric[start] == "多" || metric[start] == "少" { return .generic }
            if start == metric.count { return .generic }
            if let change = lexicon.changeWords.longest(in: metric, at: start), change.length == metric.count - start {
                return .endingChange
            }
        }
        if let m = lexicon.genericMetrics.longest(in: metric, at: start) {
            if m.length == metric.count - start { return .generic }
            // 增速比去年同期放缓: a bare rate's change against a baseline, of the subject before.
            if start == 0, case let rest = Array(metric[m.length...]), let baseline = baselineLength(rest),
                let change = lexicon.changeWords.longest(in: rest, at: baseline), baseline + change.length == rest.count
            {
                return .endingChange
            }
            // 增速高于全省, 增幅高于全国平均: a bare rate ahead of a place's, of the subject before.
            if start == 0, isAheadOfPlace(metric, at: m.length) { return .generic }
        }
        // 提高, 实际增长, 年均增长: a change, however counted, of nothing named.
        var change = start
        if let adverb = lexicon.changeAdverbs.longest(in: metric, at: change) { change += adverb.length }
        if let m = lexicon.changeWords.longest(in: metric, at: change), m.length == metric.count - change {
            return change > 0 ? .endingChange : .generic
        }
        // 为上年的1.5倍 with its lead read as a linking verb: the baseline alone names nothing.
        if start == 0, Self.relativeBaselines.contains(where: { metric.elementsEqual($0) }) { return .generic }
        // 是2020年的 / 相当于上年的: a multiple of a baseline, which says nothing of what is counted.
        for lead in lexicon.multipleLeads
        where metric.count - start > lead.count && lead.first == metric[start] && metric.holds(lead, at: start) {
            var tail = metric[(start + lead.count)...]
            let named = tail.count
            while let c = tail.first, isDigit(c) || c == "年" || c == "的" { tail.removeFirst() }
            if tail.count < named && tail.isEmpty { return .generic }
            let baseline =
                tail.elementsEqual("上年的".unicodeScalars) || tail.elementsEqual("上年".unicodeScalars)
                || tail.elementsEqual("去年".unicodeScalars)
            return baseline ? .generic : .notGeneric
        }
        // 比年度计划高, 较计划多: ahead of or behind a target, in what comes before.
        if start == 0, metric.count >= 4, metric[0] == "比" || metric[0] == "较",
            let last = metric.last, "高低多少".unicodeScalars.contains(last),
            (1..<(metric.count - 2)).contains(where: { isTargetWord(metric, at: $0) })
        {
            return .generic
        }
        // 按2017年平均汇率计算(为): the figure before, reckoned another way.
        if reckoning(metric, from: start, end: metric.count) == metric.count - start { return .generic }
        // 占一般公共预算支出的比重: a share of a whole, whose subject comes before.
        if metric[start...].first == "占" && metric.count - start >= 3 { return .generic }
        // 高于全国, 快于全省平均水平: ahead of a place, in what comes before.
        if isAheadOfPlace(metric, at: start) { return .generic }
        // 完成目标任务, 实现全年目标数的: progress against a target, whose subject comes before.
        if Self.startsWithProgress(metric[start...]) {
            let tail = Array(metric[start...])
            return targetWords.contains { tail.firstRange(of: $0) != nil } ? .generic : .notGeneric
        }
        return .notGeneric
    }

    /// A multiple's name as a multiple of a base's level (城镇居民人均可支配收入是1978年的倍数,
    /// 接待入境游客为上年的倍数): `metric` names what is counted and ends with the base (1978年,
    /// 上年, 去年同期), after its lead (是, 为, 相当于) or with the lead read away; nil when it
    /// ends with no base or names nothing before it.
    func multipleOfBase(_ metric: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var base = Self.relativeBaselines.first {
            metric.count > $0.count && metric.suffix($0.count).elementsEqual($0)
        }?.count
        if base == nil {
            var end = metric.count
            if end >= 2, metric[end - 2] == "同", metric[end - 1] == "期" { end -= 2 }
            if end >= 6, metric[end - 1] == "年", metric[(end - 5)..<(end - 1)].allSatisfy(isDigit) {
                base = metric.count - (end - 5)
            }
        }
        guard let base, metric.count > base else { return nil }
        let subject = metric[..<(metric.count - base)]
        let led = lexicon.multipleLeads.contains {
            subject.count > $0.count && subject.suffix($0.count).elementsEqual($0)
        }
        return Array(subject) + (led ? [] : ["为"]) + metric.suffix(base) + Self.multipleEnd
    }

    /// How a multiple of a base's level ends its name: the kind reads it as a change.
    static let multipleEnd = Array("的倍数".unicodeScalars)

    /// Where the words after a target noun and its 是 or 为 start in `metric` (地区生产总值增长 of
    /// 经济社会发展主要预期目标是地区生产总值增长), when two or more follow; nil otherwise.
    static func afterTargetCopula(_ metric: [Unicode.Scalar]) -> Int? {
        guard metric.count >= 5 else { return nil }
        for i in 2..<(metric.count - 2) where metric[i] == "是" || metric[i] == "为" {
            if targetWords.contains(where: { metric[(i - 2)..<i].elementsEqual($0) }) { return i + 1 }
        }
        return nil
    }

    /// What makes a word with 有 before it (有效, 有线, 有机, 有害, 有关, 有色, 有偿, 有限, 有序, 有形), where 有
    /// is no linking verb to strip.
    private static let wordsAfterYou: ScalarSet = "效线机害关色偿限序形"

    /// The years before, named relative to the figure's (上年, 去年, 上年同期, 去年同期).
    private static let relativeBaselines: [[Unicode.Scalar]] = ["上年", "去年", "上年同期", "去年同期"].map {
        Array($0.unicodeScalars)
    }

    /// Whether `metric` from `i` on is ahead of or behind a place (高于全国, 快于全省), or that
    /// place's average (高于全省平均, 低于全国平均水平, 高于全市平均增速).
    private func isAheadOfPlace(_ metric: [Unicode.Scalar], at i: Int) -> Bool {
        guard metric.count - i >= 4, metric[i + 1] == "于", isComparativeMark(metric[i]),
            let place = lexicon.leadWords.longest(in: metric, at: i + 2)
        else { return false }
        let rest = i + 2 + place.length
        return rest == metric.count
            || Self.placeAverages.contains { metric.count - rest == $0.count && metric.holds($0, at: rest) }
    }

    /// Whether a name is a gap against a place's, alone or of a bare rate (高于全省平均,
    /// 增速快于全国): like a change, it is of the figure before, without that figure's change.
    func comparesWithPlace(_ metric: [Unicode.Scalar]) -> Bool {
        // (Asked of every bare rate: most hold no 于, and are told so before any list is read.)
        guard metric.count >= 4, metric.contains("于") else { return false }
        return isAheadOfPlace(metric, at: 0)
            || lexicon.genericMetrics.longest(in: metric, at: 0).map { isAheadOfPlace(metric, at: $0.length) } == true
    }

    /// What may follow the place a figure is ahead of: its average.
    private static let placeAverages: [[Unicode.Scalar]] = ["平均", "平均水平", "水平", "平均增速", "平均增幅"].map {
        Array($0.unicodeScalars)
    }

    /// Whether a name that `isGeneric` holds generic may start with `c`: a baseline (listed, or
    /// 比, 较, 与, 同 before a year), a listed generic name, a change and its adverb, a multiple's
    /// lead, 按…计算, 占, 高于 and the like, 完成 or 实现. The lexicon's lists are asked in one
    /// test of the union it makes of their first scalars (`Lexicon.genericOpenings`): asked of
    /// every figure's name, they were asked in turn, and most names start none.
    @inline(__always)
    func mayOpenGeneric(_ c: Unicode.Scalar) -> Bool {
        genericOpenings.mayContain(c) || isBaselineMark(c) || c == "按" || c == "占" || c == "完" || c == "实"
            || isComparativeMark(c)
    }

    /// Whether a phrase starts with a verb of progress against a target (完成, 实现).
    static func startsWithProgress(_ phrase: some Collection<Unicode.Scalar>) -> Bool {
        var it = phrase.makeIterator()
        guard let a = it.next(), let b = it.next() else { return false }
        return a == "完" && b == "成" || a == "实" && b == "现"
    }

    /// Whether a phrase is only a baseline: 同比, 比上年, 比2020年末.
    func isBaselineOnly(_ phrase: [Unicode.Scalar]) -> Bool {
        !phrase.isEmpty && baselineLength(phrase) == phrase.count
    }

    /// Length of the baseline a phrase starts with: a listed one (同比, 比全省) or a named year's.
    private func baselineLength(_ phrase: [Unicode.Scalar]) -> Int? {
        if let listed = lexicon.comparisons.longest(in: phrase, at: 0) { return listed.length }
        guard opensBaseline(phrase, at: 0) else { return nil }
        return yearBaseline(phrase, at: 0)?.length ?? monthBaseline(phrase, at: 0)
    }

    /// Whether a named year's or month's baseline may start at `i` (比, 较, 与, 同 is there):
    /// most names hold none, and are told so before `yearBaseline` and `monthBaseline` are called.
    @inline(__always)
    private func opensBaseline(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i >= 0 && i < s.count && isBaselineMark(s[i])
    }

    /// Where the action starts in the phrase `after` a figure that runs up to the next figure
    /// at `limit` (40个城市新筹集保障性租赁住房94.2万套 → 新筹集…): a content verb after the
    /// noun's first scalar, with 新 before it; nil when none is there.
    func actionRunningInto(_ s: [Unicode.Scalar], from after: Range<Int>, limit: Int) -> Int? {
        guard after.upperBound == limit else { return nil }
        for i in (after.lowerBound + 1)..<limit where lexicon.contentVerbs.longest(in: s, at: i, end: limit) != nil {
            return s[i - 1] == "新" && i - 1 > after.lowerBound ? i - 1 : i
        }
        return nil
    }

    /// Where 均 says a value of every item named before it: the 均 of a phrase that ends
    /// 均达到 or 均为 (not 人均, 年均, an average).
    func allOfThem(_ s: [Unicode.Scalar], in range: Range<Int>) -> Int? {
        guard let j = s[range].lastIndex(of: "均"), j > 0, !averagedOver.contains(s[j - 1]),
            isLinkingVerbsOnly(Array(s[(j + 1)..<range.upperBound]))
        else { return nil }
        return j
    }

    /// Whether a metric is only verbs that link a figure to its subject (完成, 控制在, 累计完成).
    func isLinkingVerbsOnly(_ metric: [Unicode.Scalar]) -> Bool {
        var i = 0
        while let m = lexicon.lightVerbs.longest(in: metric, at: i) { i += m.length }
        return i > 0 && i == metric.count
    }

    /// For 高于全国0.7、全省2.3个百分点, the metric of the figure before with the place it ends
    /// with swapped for the one `phrase`, right after a 、, names (高于全国 → 高于全省); nil when
    /// `phrase` is not such a place, or the metric before ends with none.
    func placeSwapped(_ previous: [Unicode.Scalar], _ s: [Unicode.Scalar], phrase: Range<Int>) -> [Unicode.Scalar]? {
        guard phrase.count >= 2, phrase.lowerBound > 0, s[phrase.lowerBound - 1] == "、",
            lexicon.leadWords.longest(in: s, at: phrase.lowerBound, end: phrase.upperBound)?.length == phrase.count,
            let own = lexicon.leadWords.longestEnding(in: previous, before: previous.count), previous.count > own.length
        else { return nil }
        return previous.dropLast(own.length) + s[phrase]
    }

    /// Whether a metric is one content verb and nothing else (审结, 改扩建).
    func isContentVerbOnly(_ metric: [Unicode.Scalar]) -> Bool {
        !metric.isEmpty && lexicon.contentVerbs.longest(in: metric, at: 0)?.length == metric.count
    }

    /// Whether the noun phrase `after` a figure runs into the next figure, which starts at
    /// `limit`, through a copula alone (…城市优良天数比例为81.9%, 医院门诊量达150万人次).
    func leadsInto(_ s: [Unicode.Scalar], from after: Range<Int>, limit: Int) -> Bool {
        if after.upperBound == limit {
            // The phrase ran up to the figure; its own last words may link them.
            return lexicon.copulas.longestEnding(in: s, before: limit, start: after.lowerBound + 2) != nil
        }
        return lexicon.copulas.longest(in: s, at: after.upperBound, end: limit)?.length == limit - after.upperBound
    }

    func isAdministrativeOnly(_ phrase: [Unicode.Scalar]) -> Bool {
        if let m = lexicon.adminUnits.longest(in: phrase, at: 0), m.length == phrase.count { return true }
        return false
    }

    /// Strips content verbs from the front of a metric used as the subject of a bare rate
    /// (新建改造居家养老服务站点 → 居家养老服务站点, for 覆盖率), and what was done of it from the
    /// back (社区充电桩已建成 → 社区充电桩, for 进度).
    func subject(of metric: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var s = metric
        if let done = s.lastIndex(of: "已"), done >= 2 { s.removeSubrange(done...) }
        // (A target word before the verb goes with it: 计划改造城中村 → 城中村.)
        if let plan = lexicon.targetWords.longest(in: s, at: 0), plan.value != "no",
            s.count - plan.length >= 2, lexicon.contentVerbs.longest(in: s, at: plan.length) != nil
        {
            s.removeFirst(plan.length)
        }
        while let m = lexicon.contentVerbs.longest(in: s, at: 0), s.count - m.length >= 2 { s.removeFirst(m.length) }
        return withoutChange(s)
    }

    /// Whether a name says only what an amount is per, and how far (每人每月, 每人每年最高).
    func isPerOnly(_ metric: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 1 < metric.count, metric[i] == "每", isPerUnit(metric[i + 1]) { i += 2 }
        guard i > 0 else { return false }
        if i + 2 == metric.count, metric[i] == "最", metric[i + 1] == "高" || metric[i + 1] == "低" { i += 2 }
        return i == metric.count
    }

    /// What the first content verb of a phrase acts on (县里为老年人发放养老服务补贴 → 养老服务补贴);
    /// the whole phrase when no verb in it leaves two characters after it.
    func object(of phrase: [Unicode.Scalar]) -> [Unicode.Scalar] {
        for i in phrase.indices {
            if let verb = lexicon.contentVerbs.longest(in: phrase, at: i), phrase.count - i - verb.length >= 2 {
                return Array(phrase[(i + verb.length)...])
            }
        }
        return phrase
    }

    /// A metric without a trailing verb of change and the baseline before it (…总数增加 →
    /// …总数; 城镇就业人员比2020年末增加 → 城镇就业人员).
    /// (The name's last two scalars are made one number once, and again only when a change goes;
    /// a name that ends with no change is read in place and handed back as it is, where a copy of
    /// it was counted and shortened.)
    func withoutChange(_ metric: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var end = metric.count
        if end > 3, trailingChangeLastBits.mayContain(metric[end - 1]) {
            var last = Self.pair(metric[end - 2], metric[end - 1])
            for change in trailingChangePairs where end > 3 && last == change {
                end -= 2
                if end > 3 { last = Self.pair(metric[end - 2], metric[end - 1]) }
            }
        }
        guard end < metric.count else {
            if let baseline = baselineEnding(metric, before: end), end - baseline >= 2 {
                return metric.copy(0..<(end - baseline))
            }
            return metric
        }
        // (The baseline is asked of the name without its change, as it ends there.)
        var s = metric.copy(0..<end)
        if let baseline = baselineEnding(s, before: s.count), s.count - baseline >= 2 { s.removeLast(baseline) }
        return s
    }

    /// The length of a baseline ending `s[..<end]`: a listed one (同比, 比上年) or a named year's
    /// (城镇就业人员比2020年末).
    private func baselineEnding(_ s: [Unicode.Scalar], before end: Int) -> Int? {
        if let listed = lexicon.comparisons.longestEnding(in: s, before: end) { return listed.length }
        // A named year's or month's baseline ends 年, 末, 底, 月, 份 or (相)比: most names end
        // otherwise, and are told so before the seven places one may start are asked.
        guard end > 0, Self.endsNamedBaseline(s[end - 1]) else { return nil }
        // 比2020年 ends there whatever follows; 比2020年末 only when its 末 is the last scalar.
        if opensBaseline(s, at: end - 6), yearBaseline(s, at: end - 6) != nil { return 6 }
        if opensBaseline(s, at: end - 7), yearBaseline(s, at: end - 7)?.length == 7 { return 7 }
        for length in 8...10 where opensBaseline(s, at: end - length) {
            if yearBaseline(s, at: end - length)?.length == length { return length }
        }
        for length in 4...8 where opensBaseline(s, at: end - length) && monthBaseline(s, at: end - length) == length {
            return length
        }
        return nil
    }

    /// Whether a baseline of a named year or month may end with `c`: 比2020年, 比2020年末,
    /// 与2019年相比, 比8月份.
    @inline(__always)
    private static func endsNamedBaseline(_ c: Unicode.Scalar) -> Bool {
        c == "年" || c == "末" || c == "底" || c == "月" || c == "份" || c == "比" || c == "期"
    }

    /// Two scalars as one number, compared in one test.
    @inline(__always)
    private static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    /// Length of the baseline (同比, 比上年) a phrase ends with; 0 when it ends with none.
    func baselineSuffix(_ phrase: [Unicode.Scalar]) -> Int {
        phrase.isEmpty ? 0 : baselineEnding(phrase, before: phrase.count) ?? 0
    }

    /// Where the verb of change a metric ends with begins, with the baseline before it
    /// (本科上线率同比提升 → at 同比); nil when it ends with none.
    func changeStart(_ metric: [Unicode.Scalar]) -> Int? {
        changeLength(metric).map { metric.count - $0 }
    }

    /// The length of the change word a metric ends with (增长, 下降, 增幅); nil when it ends with
    /// none (`endsWithChange`).
    func changeWordLength(_ metric: [Unicode.Scalar]) -> Int? {
        lexicon.changeWords.longestEnding(in: metric, before: metric.count)?.length
    }

    /// The change word a metric ends with (增长, 下降, 增幅), making a percentage a growth rate.
    func endsWithChange(_ metric: [Unicode.Scalar]) -> Bool {
        changeWordLength(metric) != nil
    }

    /// The length of the change a figure's name ends with (增长5.1%, 提高0.8个百分点, 增加3.2万人,
    /// 比上年多312件), with the baseline before it (比上年增加); nil when the name states no change.
    func changeLength(_ metric: [Unicode.Scalar]) -> Int? {
        if let change = changeWordLength(metric) {
            return change + (baselineEnding(metric, before: metric.count - change) ?? 0)
        }
        // 比上年多312件: more or fewer than a baseline is a change too.
        guard let last = metric.last, last == "多" || last == "少",
            let baseline = baselineEnding(metric, before: metric.count - 1)
        else { return nil }
        return 1 + baseline
    }

    /// Whether a growth rate can be the change of a figure's metric: what the rate names
    /// besides its change word is nothing, or shares two characters in a row with the figure's
    /// metric (居民人均可支配收入增长 of 居民人均可支配收入; 县域就诊率同比增加 is not the change of
    /// 争取中央资金 stated before it in the same sentence).
    /// `changeWord` is the length of the change word the rate ends with (`changeWordLength`),
    /// found once by the caller: the rate is asked about every figure before it.
    func isChange(_ rate: [Unicode.Scalar], changeWord: Int, of base: [Unicode.Scalar]) -> Bool {
        let stem = rate.count - changeWord
        guard stem >= 2, base.count >= 2 else { return true }
        // (Index loops over the two names: a slice's `indices.dropLast()` was walked generically.)
        for i in 0..<(stem - 1) {
            let (a, b) = (rate[i], rate[i + 1])
            for j in 0..<(base.count - 1) where base[j] == a && base[j + 1] == b { return true }
        }
        return false
    }
}

/// Length of a month named as a baseline at `i` of `s`: 比8月份, 较上月, 比十一月末, or the months
/// of a year up to one (比1-8月, 较1—9月份, 比1至8月).
func monthBaseline(_ s: [Unicode.Scalar], at i: Int) -> Int? {
    guard i >= 0, i + 3 <= s.count, s[i] == "比" || s[i] == "较" else { return nil }
    var k = i + 1
    if s[k] == "上" {
        k += 1
    } else {
        while k < s.count, k - i <= 2, isDigit(s[k]) || isChineseNumeral(s[k]) { k += 1 }
        guard k > i + 1 else { return nil }
        // 1-8月: from the first month on.
        if k + 1 < s.count, s[k - 1] == "1", k == i + 2, isMonthRangeMark(s[k]) {
            var m = k + 1
            while m < s.count, m - k <= 2, isDigit(s[m]) { m += 1 }
            guard m > k + 1 else { return nil }
            k = m
        }
    }
    guard k < s.count, s[k] == "月" else { return nil }
    k += 1
    if k < s.count, s[k] == "份" || s[k] == "末" || s[k] == "底" { k += 1 }
    return k - i
}

/// 比2023年 or 较2019年末 (also 年底) at `i` of `s`: a baseline of a named year, its length and
/// the year.
func yearBaseline(_ s: [Unicode.Scalar], at i: Int) -> (length: Int, year: Int)? {
    // 相比2021年末: as 比2021年末, one scalar longer.
    if i >= 0, i + 1 < s.count, s[i] == "相", s[i + 1] == "比" {
        return yearBaseline(s, at: i + 1).map { ($0.length + 1, $0.year) }
    }
    guard i >= 0, i + 6 <= s.count, isBaselineMark(s[i]), let year = WrittenYear.value(in: s, at: i + 1) else {
        return nil
    }
    if s[i] == "与" || s[i] == "同" {
        // 与2019年相比, 同2019年同期相比, 与2019年度持平: only with 相比 or 持平 after the year.
        var k = i + 6
        if k + 1 < s.count, s[k] == "同", s[k + 1] == "期" {
            k += 2
        } else if k < s.count, s[k] == "度" || s[k] == "末" || s[k] == "底" {
            k += 1
        }
        guard k + 1 < s.count, s[k] == "相" && s[k + 1] == "比" || s[k] == "持" && s[k + 1] == "平" else { return nil }
        return (k + 2 - i, year)
    }
    // 比2021年末, 较2021年同期.
    if i + 7 < s.count, s[i + 6] == "同", s[i + 7] == "期" { return (8, year) }
    return i + 6 < s.count && (s[i + 6] == "末" || s[i + 6] == "底") ? (7, year) : (6, year)
}

/// What comes before a year that is a baseline: 比2019年, 较2019年, 与2019年相比, 同2019年相比,
/// 相比2019年.
@inline(__always)
func isBaselineMark(_ c: Unicode.Scalar) -> Bool {
    c == "比" || c == "较" || c == "与" || c == "同" || c == "相"
}

func isChineseNumeral(_ c: Unicode.Scalar) -> Bool {
    chineseNumerals.contains(c)
}

private let dateUnits: ScalarSet = "年月日"
/// Words that name a target rather than a result (全年目标, 年度任务, 年度计划).
let targetWords: [[Unicode.Scalar]] = ["目标", "任务", "计划"].map { Array($0.unicodeScalars) }
/// Whether the two scalars at `i` of `s` are a target word (目标, 任务, 计划).
/// (Asked at every scalar of many names: written out as scalars, not read from the list.)
func isTargetWord(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    guard i + 1 < s.count else { return false }
    switch (s[i], s[i + 1]) {
    case ("目", "标"), ("任", "务"), ("计", "划"): return true
    default: return false
    }
}
/// Whether the two scalars at `i` of `s` are 预算, a budget: what a share of the amount before it
/// is progress against (为预算的102.4%), as against a target.
func isBudgetWord(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    i >= 0 && i + 1 < s.count && s[i] == "预" && s[i + 1] == "算"
}
private let closingMarks: ScalarSet = "”’」)）"
/// What comes before 等 in words that hold it: 中等, 高等, 初等, 同等, 平等, 均等, 相等, 对等, 优等, 次等.
private let leadsOfWordsWithDeng: ScalarSet = "中高初同平均相对优次甲乙丙"
/// What stands before 位 in a level (低位, 高位, 中位).
private let levelMarks: ScalarSet = "低高中"
private let listOrCloseMarks: ScalarSet = "、”’」』"
private let chineseNumerals: ScalarSet = "零〇一二两三四五六七八九十百千"
/// 向, 为, 对, 给: a phrase starting with one names the receiver before the verb. (Compared as
/// they are: asked of every name, a set's search cost more than the four comparisons.)
@inline(__always)
private func isObjectMarker(_ c: Unicode.Scalar) -> Bool {
    c == "向" || c == "为" || c == "对" || c == "给"
}
/// Who 为 serves in nouns that hold it: 为老服务中心, 为民服务站, 为农服务社.
private let servedGroups: ScalarSet = "老民农"
/// 高于, 低于, 快于, 慢于, 多于, 少于: ahead of or behind a baseline. (Compared as they are:
/// asked of most names, a set behind a global's lazy initialization was read and searched.)
@inline(__always)
private func isComparativeMark(_ c: Unicode.Scalar) -> Bool {
    c == "高" || c == "低" || c == "快" || c == "慢" || c == "多" || c == "少"
}
/// What 均 follows in an average (平均, 人均, 户均, 年均, 日均, 月均, 亩均, 生均, 师均).
private let averagedOver: ScalarSet = "平人户年日月亩生师"
/// What 在 is part of in nouns of people or things counted as they stand: 在校生, 在园幼儿,
/// 在岗职工, 在职, 在建项目, 在读, 在册, 在库, 在押, 在营企业.
private let enrolledMarks: ScalarSet = "校园岗职建读册库押营"

/// Classifiers that count kinds of things (三项保险, 两类机构, 五大工程).
private let countedKinds: ScalarSet = "项类种大"

/// What an amount is counted per when 每 comes right before it (每人每月). (Compared as they
/// are: asked at the end of every name, a set's global and search cost more than the test.)
@inline(__always)
private func isPerUnit(_ c: Unicode.Scalar) -> Bool {
    c == "人" || c == "户" || c == "月" || c == "年" || c == "日" || c == "天"
}

/// A filter of a few scalars by their lowest six bits, a bit each: a scalar whose bit is clear
/// is none of them, and one whose bit is set may be and is then compared. For a few members it
/// passes one Han character in twenty or so, in one shift, where a list was walked.
struct LowBits {
    private var bits: UInt64 = 0

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for c in scalars { bits |= Self.bit(c) }
    }

    /// A filter of the literal scalars given, made where it is asked (no list is built).
    @inline(__always)
    static func of(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar, _ d: Unicode.Scalar) -> LowBits {
        LowBits(bits: bit(a) | bit(b) | bit(c) | bit(d))
    }

    private init(bits: UInt64) { self.bits = bits }

    @inline(__always)
    func mayContain(_ c: Unicode.Scalar) -> Bool { bits >> UInt64(c.value & 63) & 1 != 0 }

    @inline(__always)
    private static func bit(_ c: Unicode.Scalar) -> UInt64 { 1 << UInt64(c.value & 63) }
}

/// How a name reads as a bare rate or change (`MetricNamer.genericReading`): not at all, as
/// a change word it ends with after something else (同比增长, 实际增长), or otherwise.
enum GenericReading {
    case notGeneric
    case endingChange
    case generic
}

extension [Unicode.Scalar] {
    /// A copy of `self[range]`, made from the buffer: `Array(self[range])` first asks whether
    /// the slice's storage can be taken as it is, which it never can here.
    @inline(__always)
    func copy(_ range: Range<Int>) -> [Unicode.Scalar] {
        precondition(range.lowerBound >= 0 && range.upperBound <= count)
        return withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Whether `word` is written at `i`, ending at or before `end` (the whole array when nil):
    /// an index loop, where `starts(with:)` on a slice is a generic call.
    @inline(__always)
    func holds(_ word: [Unicode.Scalar], at i: Int, end: Int? = nil) -> Bool {
        guard i >= 0, i + word.count <= (end ?? count) else { return false }
        var k = 0
        while k < word.count && self[i + k] == word[k] { k += 1 }
        return k == word.count
    }
}

/// Eight scalars of a phrase read at once, as the phrase before a figure and the cleaner pass
/// over its Han characters: whether all eight lie from U+3010 up to the full-width forms at
/// U+FF00 (Han characters, neither delimiters nor quotation marks; a range tested as its start
/// subtracted, then compared with its width), and whether any is a word that cuts a name (等,
/// 共, 由). Made before the loop that reads with it, so its vectors are made once.
private struct HanEight {
    private let start = SIMD8<UInt32>(repeating: 0x3010)
    private let width = SIMD8<UInt32>(repeating: 0xFF00 - 0x3010)
    private let deng = SIMD8<UInt32>(repeating: ("等" as Unicode.Scalar).value)
    private let gong = SIMD8<UInt32>(repeating: ("共" as Unicode.Scalar).value)
    private let you = SIMD8<UInt32>(repeating: ("由" as Unicode.Scalar).value)
    private let fen = SIMD8<UInt32>(repeating: ("分" as Unicode.Scalar).value)

    @inline(__always)
    func allHan(_ v: SIMD8<UInt32>) -> Bool { all((v &- start) .< width) }

    @inline(__always)
    func holdsCut(_ v: SIMD8<UInt32>) -> Bool { any((v .== deng) .| (v .== gong) .| (v .== you)) }

    /// Whether any of the eight is 分, which 分别 starts with.
    @inline(__always)
    func holdsFen(_ v: SIMD8<UInt32>) -> Bool { any(v .== fen) }
}

/// What `MetricNamer.clean` looks for in a phrase before it names it: whether the phrase holds
/// marks to drop (then a copy without them is named), and whether it holds a word that cuts a
/// name (等, 共, 由; only asked when it holds no marks). Most phrases hold neither.
struct PhraseMarks {
    var toDrop = false
    var cuts = false
    /// Whether the phrase holds 分, as one that says 分别 must (noted by `phraseBefore` only):
    /// a 分别 list is looked for only then, or when the next figures follow closely.
    var fen = false
}

/// A cleaned name as stretches of the scalars it was cleaned from: the verb an enumeration's
/// phrase opened with (破获…等案件 → 破获案件), the words kept, and what an amount is per
/// (每人每月), each copied out only when the name is.
private struct NameParts {
    var verb: Range<Int>?
    var body: Range<Int>
    var perTail: Range<Int>?

    /// The name in an array of its own.
    func copy(from s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard verb != nil || perTail != nil else { return s.copy(body) }
        var named: [Unicode.Scalar] = []
        named.reserveCapacity((verb?.count ?? 0) + body.count + (perTail?.count ?? 0))
        if let verb { named += s[verb] }
        named += s[body]
        if let perTail { named += s[perTail] }
        return named
    }

    /// The name written over `room`, keeping its storage when `room` alone holds it.
    func write(from s: [Unicode.Scalar], into room: inout [Unicode.Scalar]) {
        if verb == nil && perTail == nil {
            // Most names are one stretch: replaced in one call from the buffer, where emptying the
            // room and appending a slice (which counted a reference to `s`) were two generic calls.
            precondition(body.lowerBound >= 0 && body.upperBound <= s.count)
            s.withUnsafeBufferPointer { s in
                room.replaceSubrange(0..<room.count, with: UnsafeBufferPointer(rebasing: s[body]))
            }
            return
        }
        room.removeAll(keepingCapacity: true)
        room.reserveCapacity((verb?.count ?? 0) + body.count + (perTail?.count ?? 0))
        if let verb { room += s[verb] }
        room += s[body]
        if let perTail { room += s[perTail] }
    }
}
