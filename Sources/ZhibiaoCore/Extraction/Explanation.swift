/// A rule of extraction that decides a field of a figure, named so that `explain` can say which
/// one read a figure as it did. The ids are what `zhibiao explain` prints; the summaries say what
/// each rule decides, with an example of the form it reads.
public enum ExtractionRule: UInt8, CaseIterable, Sendable {
    // The figure itself.
    case number = 1
    case unit
    // Its name.
    case phraseBefore, nounAfterClassifier, measureOfThing, shareReached, servedPeople, servedAction, outcome
    case otherUnitSameThing, baselineLevel, otherPlaceSameComparison, clauseBefore, restated
    case verbOfObjectBefore, doneOfItemBefore, clauseReached, perHeadOfClause, levelReached, perCapitaOfGroup
    case perCapitaOfSentenceBefore, perPopulationOfList
    case counterpart, heldByInstitutions, itemHeading, purposeAfter
    case shareOfAmount, bareRateSubject, partOfWhole, eachOfList, measureOfPlaces, progressOfAmount, bracketedShare
    case respectiveList, fromTo, tableRow
    // Its time.
    case yearStated, yearWholePeriod, yearBreakdown, yearSectionHeading, yearParagraphOpening, yearClauseOpening
    case yearOfDocument, yearOldLevel, yearListed, yearListOpening, periodStated, periodBreakdown, periodClauseOpening
    case periodParagraphOpening, periodHeading
    // Its place and sector.
    case regionNamed, regionOfDocument, sectorScores
    // Its link to another figure, and what it states.
    case growthBase, kindCompletion, kindChange, kindTarget, kindTargetList, kindFutureYear, kindTableColumn,
        kindActual, kindTargetOfDone, kindQuotedTask, kindTaskHeading, kindPlanDocument, kindBracketedTarget

    public var id: String {
        switch self {
        case .number: "figure.number"
        case .unit: "figure.unit"
        case .phraseBefore: "metric.phrase-before"
        case .nounAfterClassifier: "metric.noun-after"
        case .measureOfThing: "metric.measure-of-thing"
        case .shareReached: "metric.share-reached"
        case .servedPeople: "metric.served-people"
        case .servedAction: "metric.served-action"
        case .outcome: "metric.outcome"
        case .otherUnitSameThing: "metric.other-unit"
        case .baselineLevel: "metric.baseline-level"
        case .otherPlaceSameComparison: "metric.other-place"
        case .clauseBefore: "metric.clause-before"
        case .restated: "metric.restated"
        case .verbOfObjectBefore: "metric.verb-of-object-before"
        case .doneOfItemBefore: "metric.done-of-item-before"
        case .clauseReached: "metric.clause-reached"
        case .perHeadOfClause: "metric.per-head"
        case .levelReached: "metric.level-reached"
        case .perCapitaOfGroup: "metric.per-capita-of-group"
        case .perCapitaOfSentenceBefore: "metric.per-capita-of-sentence-before"
        case .perPopulationOfList: "metric.per-population-of-list"
        case .counterpart: "metric.counterpart"
        case .purposeAfter: "metric.purpose-after"
        case .heldByInstitutions: "metric.held"
        case .shareOfAmount: "metric.share-of-amount"
        case .bareRateSubject: "metric.bare-rate"
        case .partOfWhole: "metric.part-of-whole"
        case .eachOfList: "metric.each-of-list"
        case .measureOfPlaces: "metric.measure-of-places"
        case .progressOfAmount: "metric.progress"
        case .itemHeading: "metric.item-heading"
        case .bracketedShare: "metric.bracketed-share"
        case .respectiveList: "metric.respective-list"
        case .fromTo: "metric.from-to"
        case .tableRow: "metric.table-row"
        case .yearStated: "year.stated"
        case .yearWholePeriod: "year.whole-period"
        case .yearBreakdown: "year.breakdown"
        case .yearSectionHeading: "year.section-heading"
        case .yearParagraphOpening: "year.paragraph-opening"
        case .yearClauseOpening: "year.clause-opening"
        case .yearOfDocument: "year.document"
        case .yearOldLevel: "year.old-level"
        case .yearListed: "year.listed"
        case .yearListOpening: "year.list-opening"
        case .periodStated: "period.stated"
        case .periodBreakdown: "period.breakdown"
        case .periodClauseOpening: "period.clause-opening"
        case .periodParagraphOpening: "period.paragraph-opening"
        case .periodHeading: "period.heading"
        case .regionNamed: "region.named"
        case .regionOfDocument: "region.document"
        case .sectorScores: "sector.keywords"
        case .growthBase: "growth.base"
        case .kindCompletion: "kind.completion"
        case .kindChange: "kind.change"
        case .kindTarget: "kind.target"
        case .kindTargetList: "kind.target-list"
        case .kindFutureYear: "kind.future-year"
        case .kindTableColumn: "kind.table-column"
        case .kindActual: "kind.actual"
        case .kindTargetOfDone: "kind.target-of-done"
        case .kindTaskHeading: "kind.task-heading"
        case .kindPlanDocument: "kind.plan-document"
        case .kindBracketedTarget: "kind.bracketed-target"
        case .kindQuotedTask: "kind.quoted-task"
        }
    }

    public var summary: String {
        switch self {
        case .number: "the number as written, with 万/亿 multiplied out and hedges read (4200人以上)"
        case .unit: "the unit as written, turned into its base unit by units.tsv"
        case .phraseBefore: "the noun phrase before the figure, without linking verbs (城镇新增就业4.82万人)"
        case .nounAfterClassifier: "the noun after a classifier (累计建成8个区域性养老服务中心)"
        case .measureOfThing:
            "an amount between a measure and the thing it measures (总投资12.6亿元的县人民医院新院区)"
        case .shareReached: "a share reached by an action (覆盖全县87.5%的行政村)"
        case .servedPeople: "the people served, with what was done for them (为1800名农民工讨薪)"
        case .servedAction: "the people an action served (为8.6万名80岁以上老年人发放高龄津贴)"
        case .outcome: "people helped to an outcome, or named by it alone (帮扶800名残疾人实现就业)"
        case .otherUnitSameThing: "a second figure in another unit counts the same thing (3652户5821人)"
        case .baselineLevel: "the figure before, as it stood in the year named (较2020年的30120元)"
        case .otherPlaceSameComparison: "the same comparison with another place (高于全国2.6、全省1.4个百分点)"
        case .clauseBefore: "the figure is of the clause before (农村危房改造，完成2860户)"
        case .restated: "the same thing as the figure before, more exactly (突破3万元大关，达到30215元)"
        case .verbOfObjectBefore: "a verb alone acts on what the figure before counts (受理群众诉求4260件，办结4105件)"
        case .doneOfItemBefore: "how many of the item before are done, in a clause opening with 已 (改造城中村12个，已完工8个)"
        case .clauseReached: "what the clause before did reached them (推进学生营养餐工程，覆盖3.1万人)"
        case .perHeadOfClause: "so much a head of what the clause before gave (发放养老服务补贴，每人每月最高300元)"
        case .levelReached: "the level a change before reached, so much a head (提高40元，达到每人每月780元)"
        case .perCapitaOfGroup: "a per-capita measure right after a count of people is theirs (低收入农户共412户986人，人均可支配收入…)"
        case .perCapitaOfSentenceBefore:
            "a per-capita measure opening a sentence is of the group the sentence before measured (城镇居民人均可支配收入…。人均消费支出…)"
        case .perPopulationOfList:
            "an item after a figure per so many people is per as many (每千人口执业（助理）医师3.12人、注册护士3.86人)"
        case .counterpart: "the other of a pair named before (城乡居民医保基金收入21.6亿元，支出19.8亿元)"
        case .purposeAfter: "money named by what the clause after did with it (投入资金880万元，改造城区供热管网)"
        case .heldByInstitutions: "what institutions hold, after a count of them (初级中学4所，在校学生3100人)"
        case .shareOfAmount: "a share of the amount before (政府卫生支出1520亿元，占28.3%)"
        case .bareRateSubject: "a bare rate or change takes the subject it is of (增长5.1%, 覆盖率)"
        case .partOfWhole: "a part named by whom it is of takes the whole's measure (65岁及以上人口9.6万人, 其中农村5.1万人)"
        case .eachOfList: "one figure for each thing named (接种率和孕产妇产前筛查率均达到96%)"
        case .measureOfPlaces: "places listed alone take the measure of the place's figure before (…均在95%以上，青石镇、白沙镇达到100%)"
        case .progressOfAmount: "progress against a target, of the amount before (为计划的128%)"
        case .itemHeading: "progress opening a paragraph is of the item its heading names (城乡供水管网改造, 完成投资3.2亿元)"
        case .bracketedShare: "a share in brackets after a part done or works under way (已完成9个（75%）, 正在施工中（80%）)"
        case .respectiveList: "分别: values over the items named (城乡居民…分别达到41200元、21800元)"
        case .fromTo: "由…提高到…: the new level is the figure; an old one of a named year is a figure of that year"
        case .tableRow: "a table row's item names every figure of the row (| 1 | 新增城镇就业 | 2.4万人 | 2.61万人 | 108.8% |)"
        case .yearStated: "a year the sentence names before the figure, as 2025年 or 今年 or 上年 (2025年)"
        case .yearWholePeriod: "the period is a whole year"
        case .yearBreakdown: "其中: the year of the figure it breaks down"
        case .yearSectionHeading: "the year the section's heading names (一、2023年工作回顾)"
        case .yearParagraphOpening: "the year a sentence before in the paragraph opened with"
        case .yearClauseOpening:
            "the year that opened the clauses before a semicolon (2026年全县将抓好两件事：一是稳就业；二是力争城镇新增就业5200人)"
        case .yearOfDocument: "the document's year: the year its results are of (or its file name's)"
        case .yearOldLevel: "the year an old level is of (由2020年的…, 由上年的…)"
        case .yearListed: "one value for each year listed (2021—2023年…分别为…)"
        case .yearListOpening:
            "the year the paragraph that opens a list with a colon names, for the list's paragraphs (2025年，全县计划继续办好十件民生实事：)"
        case .periodStated: "a period the sentence names before the figure, as 1-11月 or 前三季度 or 截至9月底 (2023年以来)"
        case .periodBreakdown: "其中: the period of the figure it breaks down"
        case .periodClauseOpening:
            "the period that opened the clauses before a semicolon (2024年1月至11月，全市城镇新增就业4.5万人；发放创业担保贷款3亿元)"
        case .periodParagraphOpening: "the period that opened the paragraph alone before its comma (前三季度，…)"
        case .periodHeading: "a heading that is only a period, over the block (一季度)"
        case .regionNamed: "a place the sentence names before the figure (regions.tsv)"
        case .regionOfDocument: "the document's place: the one it names most, which 全市 and 我市 mean"
        case .sectorScores: "sector keywords (sectors.tsv) of the name, the clause, the paragraph and the section"
        case .growthBase: "a change points at the figure before that it is a change of"
        case .kindCompletion: "a % of a target reached (完成全年目标的118%)"
        case .kindChange: "a growth or fall against a base (增加2.4万人, 比上年提高1.1个百分点)"
        case .kindTarget: "a target word before the figure in its clause (力争城镇新增就业4200人以上)"
        case .kindTargetList:
            "a list opened as targets: by target words before a colon (计划目标为：…。…) or by a heading that names targets (主要目标指标。…)"
        case .kindFutureYear: "a figure of a year after the one the article was written in (明年, 到2027年) is planned"
        case .kindTableColumn: "a table's column says what its figures are (年度目标, 完成情况, 完成率)"
        case .kindActual: "no target, completion or change said: a result"
        case .kindTargetOfDone: "the whole a part done is counted against (12个社区养老服务站建设已完成9个（75%）)"
        case .kindTaskHeading:
            "a heading's figure over a paragraph that fulfils the task with another figure of the same thing (新增养老床位300张，新增养老床位412张，超额完成年度任务)"
        case .kindQuotedTask: "a quotation put on a list of tasks (将“新建老年助餐点1200个，培训养老护理员8000人次”列入)"
        case .kindPlanDocument: "a figure of the year a document titled as a plan plans (…教育工作要点), not said to be done"
        case .kindBracketedTarget: "a figure in brackets after target words alone, beside what it sets (新建社区食堂62个（年度目标50个）), or named by them alone after it (目标任务5000人)"
        }
    }
}

/// What decided one field of a figure: the rule and the words it read.
/// A phrase a layer holds of a sentence, for `explain`: the layer (`period`, `place`), the words
/// and what they read as before any figure's context is applied.
public struct LayerNote: Sendable, Equatable {
    public var layer: String
    public var words: String
    public var reads: String
}

public struct FieldNote: Sendable, Equatable {
    public var field: String
    public var rule: ExtractionRule
    public var words: String

    public init(field: String, rule: ExtractionRule, words: String = "") {
        self.field = field
        self.rule = rule
        self.words = words
    }
}

/// The rules that named a figure, in the order they applied (up to seven), packed in one word:
/// reading without `explain` pays only a shift and an or for each.
struct RuleTrail {
    private var packed: UInt64 = 0

    init(_ first: ExtractionRule) { add(first) }

    mutating func add(_ rule: ExtractionRule) {
        guard packed >> 48 == 0 else { return }
        packed = packed << 8 | UInt64(rule.rawValue)
    }

    /// The rules, first applied first.
    var rules: [ExtractionRule] {
        var result: [ExtractionRule] = []
        var bits = packed
        while bits != 0 {
            if let rule = ExtractionRule(rawValue: UInt8(bits & 0xFF)) { result.append(rule) }
            bits >>= 8
        }
        return result.reversed()
    }
}

/// Where `explain` collects what decided each field of each figure, by mention. Extraction
/// keeps one only when asked to explain; otherwise nothing is recorded.
final class ExplainLog {
    private(set) var notes: [Mention: [FieldNote]] = [:]
    /// What the layers hold of each sentence whose figures were read, by sentence index, in
    /// the order the words stand.
    private(set) var layers: [Int: [LayerNote]] = [:]

    /// Records what the period, quotation, list, bracket and place layers hold of sentence
    /// `index` (`s`): `periods` as the period recogniser reads the whole sentence, `quotations`
    /// as far as the figure finder read them, the lists the sentence's `figures` form, the
    /// brackets of the whole sentence, `places` those of its block that fall in it (`offset` is
    /// where it starts in the block).
    func noteLayers(
        sentence index: Int, _ s: [Unicode.Scalar], periods: PeriodMentions, reader: PeriodReader,
        quotations: QuotationMentions, figures: [Figure], places: ArraySlice<PlaceMentions.Mention>, offset: Int,
        regions: [Region]
    ) {
        var found: [(at: Int, note: LayerNote)] = periods.marks.map { range, mark in
            (
                range.lowerBound,
                LayerNote(layer: "period", words: String(scalars: s[range]), reads: reader.reading(of: mark))
            )
        }
        for (range, reason) in periods.passedOver {
            let why =
                switch reason {
                case .baseline: "a baseline"
                case .level: "the level of another time"
                case .target: "the time of a target"
                case .classYear: "a class"
                }
            let note = LayerNote(layer: "period", words: String(scalars: s[range]), reads: "passed over: " + why)
            found.append((range.lowerBound, note))
        }
        for quotation in quotations.mentions {
            let words = String(scalars: s[quotation.open..<min(s.count, quotation.close + 1)])
            let reads =
                quotation.hides
                ? "a name, a title or speech: numbers in it are not read as figures"
                : "a quotation: numbers in it are read as figures"
            found.append((quotation.open, LayerNote(layer: "quotation", words: words, reads: reads)))
        }
        for run in FigureLists.runs(of: figures, in: s) {
            let first = figures[run.lowerBound]
            let words = String(scalars: s[first.start..<figures[run.upperBound - 1].end])
            // 分别 in the clause before the list makes it a 分别 group.
            var i = first.leadStart
            while i > 0, !Self.clauseEnds.contains(s[i - 1]) { i -= 1 }
            let reads =
                FigureLists.respectively(in: i..<first.leadStart, of: s) != nil
                ? "a 分别 group of \(run.count) values: one goes to each item the words before it name"
                : "a list of \(run.count) values: one to each item or figure before it, where they name as many"
            found.append((first.start, LayerNote(layer: "list", words: words, reads: reads)))
        }
        for bracket in BracketMentions.of(s).mentions {
            let at = bracket.open >= 0 ? bracket.open : bracket.close
            let words = String(scalars: s[at..<min(s.count, bracket.close + 1)])
            let reads =
                bracket.open < 0
                ? "a closing bracket that closes nothing"
                : bracket.close == s.count
                    ? "a bracket left open: it holds the rest of the sentence"
                    : "a bracket: what it holds notes or breaks down the words or the figure before it"
            found.append((at, LayerNote(layer: "bracket", words: words, reads: reads)))
        }
        for place in places where place.start >= offset && place.end <= offset + s.count {
            let region = regions[place.region]
            let words = String(scalars: s[(place.start - offset)..<(place.end - offset)])
            found.append(
                (
                    place.start - offset,
                    LayerNote(layer: "place", words: words, reads: "\(region.name) (\(region.kind))")
                ))
        }
        layers[index] = found.sorted { $0.at < $1.at }.map(\.note)
    }

    /// What ends a clause: a comma, a stop, a colon, a mark of question or exclamation.
    private static let clauseEnds: ScalarSet = "，,。；;：:！？!?"

    /// Records `note` for the figure of `mention`, in place of an earlier note of that field.
    func note(_ mention: Mention, _ note: FieldNote) {
        var list = notes[mention] ?? []
        list.removeAll { $0.field == note.field }
        list.append(note)
        notes[mention] = list
    }

    func note(_ mention: Mention, _ field: String, _ rule: ExtractionRule, _ words: String = "") {
        note(mention, FieldNote(field: field, rule: rule, words: words))
    }

    /// The name's rules, in order, as one note each (`metric`, then `metric` again for a rule
    /// that changed it).
    func note(_ mention: Mention, metric: [Unicode.Scalar], trail: RuleTrail) {
        var list = notes[mention] ?? []
        list.removeAll { $0.field == "metric" }
        for rule in trail.rules { list.append(FieldNote(field: "metric", rule: rule)) }
        if let last = list.lastIndex(where: { $0.field == "metric" }) { list[last].words = String(scalars: metric) }
        notes[mention] = list
    }
}

extension ExplainLog {
    /// Notes what decided a new candidate's figure, time, place and sector, as
    /// `DocumentFacts.candidate` decided them: `stated` is what the sentence itself names
    /// before the figure, `clause` the figure's clause in the sentence.
    func explain(
        _ made: Candidate, metric: [Unicode.Scalar], figure: Figure, context: SentenceContext,
        stated: (period: String?, year: Int?), clause: Range<Int>, scorer: SectorScorer, documentRegion: String?
    ) {
        let s = context.sentence
        let mention = made.mention
        note(mention, "value", .number, String(scalars: s[figure.leadStart..<figure.end]))
        note(
            mention, "unit", .unit,
            "\(scorer.lexicon.unitName(made.unit)) (\(scorer.lexicon.familyName(figure.family)))")
        var yearRule: ExtractionRule =
            stated.year != nil ? .yearStated : context.blockYear != nil ? context.yearRule : .yearOfDocument
        if let whole = stated.period ?? (stated.year == nil ? context.headerPeriod : nil),
            whole.unicodeScalars.count == 4, Int(whole) != nil
        {
            yearRule = .yearWholePeriod
        }
        if made.year != nil { note(mention, "year", yearRule) }
        if stated.period != nil {
            note(mention, "period", .periodStated)
        } else if context.headerPeriod != nil {
            note(mention, "period", context.periodRule)
        }
        if let region = made.region {
            note(mention, "region", region == documentRegion ? .regionOfDocument : .regionNamed, region)
        }
        let clauseWords = scorer.words(Array(s[clause]))
        let nameWords = scorer.words(metric)
        var evidence: [String] = []
        if !nameWords.isEmpty { evidence.append("name: " + nameWords.joined(separator: " ")) }
        if !clauseWords.isEmpty { evidence.append("clause: " + clauseWords.joined(separator: " ")) }
        evidence.append("then the paragraph's, the section's and the paragraph before's")
        note(mention, "sector", .sectorScores, evidence.joined(separator: "; "))
    }
}
