import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// The catalog as another thread builds it for `Lexicon.init`, which waits for it before
/// reading it.
private final class CatalogBuild: @unchecked Sendable {
    var catalog: IndicatorCatalog?
}

/// What a unit word means: its base unit, the factor to it, and its family (money, people,
/// rate, duration, …).
public struct UnitInfo: Sendable {
    public var base: String
    public var factor: Double
    public var family: String
    /// The base when it is one character (条, 项, 个, 岁), kept as a scalar: the figure finder asks
    /// for it at every number, and comparing Strings of Chinese text is far dearer.
    let baseScalar: Unicode.Scalar?
    /// Whether the family makes a number a date, a time span or a name, not an indicator.
    let isIndicator: Bool
    /// Whether the family is `rate` or `people`: asked of every figure, where comparing the
    /// family's String each time was a call.
    let isRate: Bool
    let isPeople: Bool
    /// Where the words that make a number in this unit a measure (`measure` in phrases.tsv:
    /// 天数 for 天) are in `Lexicon.measureLists`; nil when none are listed.
    var measures: Int?
    /// The places of `base` and `family` in the lexicon's `unitTable`, which a figure holds.
    var baseID = UnitID.unnamed
    var familyID = UnitFamilyID.unnamed

    public init(base: String, factor: Double, family: String) {
        self.base = base
        self.factor = factor
        self.family = family
        var scalars = base.unicodeScalars.makeIterator()
        let first = scalars.next()
        baseScalar = scalars.next() == nil ? first : nil
        switch family {
        case "duration", "date", "skip": isIndicator = false
        default: isIndicator = true
        }
        isRate = family == "rate"
        isPeople = family == "people"
    }
}

/// A region the extractor knows: its kind, parent and (approximate) population.
public struct Region: Sendable {
    public var name: String
    public var kind: String
    public var parent: String?
    public var population: Double?
    public var aliases: [String]
}

/// The extraction vocabulary, read from the data files (`sectors.tsv`, `units.tsv`,
/// `regions.tsv`, `periods.tsv`, `phrases.tsv`) so that users can extend it without code.
///
/// A class: every part of the extractor keeps it, and a reference is one word to copy where
/// the value would be some sixty arrays to retain and release.
public final class Lexicon: Sendable {
    public let regions: [Region]
    /// The tables it was read from, for its twin in traditional script.
    private let sources: [@Sendable (String) -> [[String]]]
    /// The traditional forms `traditional.tsv` lists that are no simplified character: a text
    /// that writes them is read with `inTraditionalScript`.
    let traditionalMarks: ScalarBits
    /// Whether it lists every word in traditional script as well (it is the twin).
    private let readsTraditionalScript: Bool
    private let twin = TwinLexicon()
    /// The indicator catalog, `indicators.tsv`.
    public let catalog: IndicatorCatalog
    let sectorKeywords: PhraseMatcher<(Sector, Double)>
    let units: PhraseMatcher<UnitInfo>
    /// The distinct names and families of `units`, which figures hold by place.
    let unitTable: UnitTable
    /// The family of each base unit (人 → people, 元 → money), as `units.tsv` gives it where a
    /// unit is written as its own base: the one place that says what a unit counts.
    public let unitFamilies: [String: String]
    let regionNames: PhraseMatcher<Int>
    /// Whether each of `regions` is a district, by index: asked for every place name a
    /// document's text matches, where reading the region's kind copied and compared a String.
    let regionIsDistrict: [Bool]
    let periods: PhraseMatcher<String>
    // The lists of phrases.tsv, one matcher per category, consulted in the rules' loops.
    /// `admin` in phrases.tsv.
    let adminUnits: PhraseMatcher<String>
    /// `anecdote` in phrases.tsv.
    let anecdoteWords: PhraseMatcher<String>
    /// `change` in phrases.tsv.
    let changeWords: PhraseMatcher<String>
    /// `comparison` in phrases.tsv.
    let comparisons: PhraseMatcher<String>
    /// `people` in phrases.tsv.
    let peopleNouns: PhraseMatcher<String>
    /// `change-adverb` in phrases.tsv.
    let changeAdverbs: PhraseMatcher<String>
    /// `content-verb` in phrases.tsv.
    let contentVerbs: PhraseMatcher<String>
    /// `generic` in phrases.tsv.
    let genericMetrics: PhraseMatcher<String>
    /// `counterpart` in phrases.tsv.
    let counterparts: PhraseMatcher<String>
    /// `held` in phrases.tsv.
    let heldWords: PhraseMatcher<String>
    /// `tail` in phrases.tsv.
    let sharedTails: PhraseMatcher<String>
    /// `part` in phrases.tsv.
    let partWords: PhraseMatcher<String>
    /// `light-verb` in phrases.tsv.
    let lightVerbs: PhraseMatcher<String>
    /// `copula` in phrases.tsv.
    let copulas: PhraseMatcher<String>
    /// `qualifier-after`, `qualifier-before` and `qualifier-inside` in phrases.tsv: hedges, with
    /// the qualifiers they name read once (nil for a name zhibiao does not know), so that a
    /// figure's hedge is not parsed from its String each time.
    let qualifiersAfter: PhraseMatcher<Qualifier?>
    let qualifiersBefore: PhraseMatcher<Qualifier?>
    let qualifiersInside: PhraseMatcher<Qualifier?>
    /// `split` in phrases.tsv.
    let splitPairs: PhraseMatcher<String>
    /// `stop` in phrases.tsv.
    let stopWords: PhraseMatcher<String>
    /// `lead` in phrases.tsv.
    let leadWords: PhraseMatcher<String>
    /// The scalars a front that `MetricNamer` strips from a name may start with, but for a
    /// document's own places: the first scalars of the lead words, periods and regions, the
    /// digits and range marks a time starts with, the brackets of a numbered item and 按. Asked
    /// of a name's first scalar in one test, where each list was asked in turn; made with the
    /// lexicon, as a union of three tables of 64K bits costs more than a short article's names
    /// save by it.
    let strippableFronts: ScalarBits
    /// The scalars a name `MetricNamer.isGeneric` holds generic may start with, as the lexicon's
    /// lists say: the first scalars of the generic names, change words, comparisons, change
    /// adverbs and multiples' leads (`MetricNamer.mayOpenGeneric` adds the marks its rules read).
    /// Asked of every figure's name in one test, where each list was asked in turn; made with the
    /// lexicon, as `strippableFronts` is.
    let genericOpenings: ScalarBits
    /// `age-bound` in phrases.tsv.
    let ageBounds: PhraseMatcher<String>
    /// `rank-move` in phrases.tsv.
    let rankMoves: PhraseMatcher<String>
    /// `clause-verb` in phrases.tsv, in the order listed (they are tried in turn).
    let clauseVerbs: [[Unicode.Scalar]]
    /// `to-level` in phrases.tsv.
    let toLevelVerbs: Set<String>
    /// `past-year` in phrases.tsv.
    let pastYearWords: PhraseMatcher<String>
    /// `plan` in phrases.tsv (value `no` for a word that is not one).
    let planWords: PhraseMatcher<String>
    /// `plan-title` in phrases.tsv: what ends a plan's title (工作要点), and words of titles
    /// that tell what was done ("no").
    let planTitleWords: PhraseMatcher<String>
    /// `institution-unit` in phrases.tsv.
    let institutionUnits: Set<String>
    /// `general-place` in phrases.tsv.
    let generalPlaceEndings: Set<String>
    /// `area-mark`, `county-word` and `not-in-place` in phrases.tsv: the characters around 县, 区,
    /// 市 and 省 that tell a place the lexicon does not know from a word (开发区, 县域, 全市).
    let areaMarks: ScalarBits
    let countyWordMarks: ScalarBits
    let notInPlaceNames: ScalarBits
    /// `date-tail` in phrases.tsv, in the order listed.
    let dateTails: [[Unicode.Scalar]]
    /// `multiple-lead` in phrases.tsv, in the order listed.
    let multipleLeads: [[Unicode.Scalar]]
    /// `trailing-change` in phrases.tsv, in the order listed.
    let trailingChanges: [[Unicode.Scalar]]
    /// `target` in phrases.tsv (value `no` for a word that is not one, `noun` for one that may
    /// name a goal rather than set one).
    let targetWords: PhraseMatcher<String>
    /// `done-now` in phrases.tsv: what says a clause's figure is done or stands so now (已, 目前).
    let doneNowWords: PhraseMatcher<String>
    /// `divided-into` in phrases.tsv: what divides a measure into tiers (分为).
    let dividedInto: PhraseMatcher<String>
    /// `task-done` in phrases.tsv: what says a paragraph's figures fulfil the year's task
    /// (超额完成年度任务).
    let taskDoneWords: PhraseMatcher<String>
    /// `achieved` in phrases.tsv.
    let achievedWords: PhraseMatcher<String>
    /// `listed-into` in phrases.tsv: what puts a quotation on a list of tasks (列入).
    let listedInto: PhraseMatcher<String>
    /// `whole-population` in phrases.tsv: counts of a place's whole population (常住人口).
    let wholePopulation: PhraseMatcher<String>
    /// `ratio-name` in phrases.tsv: what names a ratio or an index written as a bare number
    /// (收入比, 指数).
    let ratioNames: PhraseMatcher<String>
    /// `item-amount` in phrases.tsv: an amount that names nothing of its own after a verb of
    /// progress (完成投资).
    let itemAmounts: PhraseMatcher<String>
    /// `purpose-verb` in phrases.tsv: verbs besides content verbs that open what money was spent
    /// on (投入资金6.2亿元，实施…).
    let purposeVerbs: PhraseMatcher<String>
    /// `measure-of` in phrases.tsv: a measure an amount gives of the thing after it (总投资).
    let measuresOf: PhraseMatcher<String>
    /// `policy-verb` in phrases.tsv: what issues a policy (出台), before a bare 23条.
    let policyVerbs: PhraseMatcher<String>
    /// `not-scope` in phrases.tsv: after 全国, a modifier that does not make a figure national.
    let notScope: PhraseMatcher<String>
    /// `programme` in phrases.tsv: a programme of livelihood projects (民生实事), whose size is no
    /// result.
    let programmeWords: PhraseMatcher<String>
    /// `under-way` in phrases.tsv: works under way, before a bracketed share of progress.
    let underWayWords: PhraseMatcher<String>
    /// `done` in phrases.tsv: what a clause opening with 已 says was done of the task before it.
    let doneWords: PhraseMatcher<String>
    /// `policy-after` in phrases.tsv: what makes 23条 part of a policy's name (23条措施).
    let policyNouns: PhraseMatcher<String>
    /// `table-column` in phrases.tsv: words of a table's headings, with the role they name.
    let tableColumns: PhraseMatcher<String>
    /// `measure` in phrases.tsv, one matcher for each unit its values name, found by
    /// `UnitInfo.measures` with no String hashing.
    let measureLists: [PhraseMatcher<String>]

    /// This lexicon with every word and place listed in traditional script as well, built the
    /// first time a text in traditional script asks for it: building it costs as much again as
    /// this one, which every start pays.
    var inTraditionalScript: Lexicon {
        twin.lexicon { Lexicon(tables: sources, inTraditionalScript: true) }
    }

    /// The lexicon to read `text` with: this one, or its twin in traditional script when the
    /// text's opening writes traditional forms (two, in its first 600 scalars: a passage
    /// reposted in traditional script writes them throughout).
    func reading(_ text: String) -> Lexicon {
        guard !readsTraditionalScript else { return self }
        var seen = 0
        var scalars = 0
        for c in text.unicodeScalars {
            if c.value >= 0x4E00, traditionalMarks.mayContain(c) {
                seen += 1
                if seen == 2 { return inTraditionalScript }
            }
            scalars += 1
            if scalars == 600 { break }
        }
        return self
    }

    /// The lexicon built into zhibiao, plus any files in `$ZHIBIAO_DATA`.
    public static let standard: Lexicon = {
        var sources: [@Sendable (String) -> [[String]]] = [DataFiles.builtInRows]
        if let extra = getenv("ZHIBIAO_DATA") { sources.append(DataFiles.rows(in: String(cString: extra))) }
        return Lexicon(tables: sources)
    }()

    private static let cutsKeywords: ScalarSet = "。！？；;!?，,：:”’」』\"）) \t\u{3000}\u{A0}\r\n"

    /// Reads the data files found in `directories`; later directories add to earlier ones.
    public convenience init(directories: [String]) {
        self.init(tables: directories.map(DataFiles.rows(in:)))
    }

    /// Reads the tables each source gives by file name (`sectors.tsv`, …); later sources add to
    /// earlier ones.
    init(tables sources: [@Sendable (String) -> [[String]]], inTraditionalScript: Bool = false) {
        self.sources = sources
        readsTraditionalScript = inTraditionalScript
        var sectorEntries: [(String, (Sector, Double))] = []
        var unitEntries: [(String, UnitInfo)] = []
        var periodEntries: [(String, String)] = []
        var phraseEntries: [String: [(String, String)]] = [:]
        var regions: [Region] = []
        var indicatorRows: [[String]] = []
        // Traditional forms of the tables' characters: in the lexicon for texts in traditional
        // script, every word is listed in them as well.
        var traditional = TraditionalForms()
        for rows in sources {
            for row in rows("traditional.tsv") where row.count >= 2 { traditional.add(row[0], forms: row[1]) }
        }
        let simplifying = traditional.simplifying
        traditionalMarks = ScalarBits(simplifying.keys)
        if !inTraditionalScript { traditional = TraditionalForms() }
        for rows in sources {
            indicatorRows += rows("indicators.tsv")
            for row in rows("sectors.tsv") where row.count >= 2 {
                guard let sector = Sector(name: row[1]) else { continue }
                sectorEntries.append((row[0], (sector, row.count > 2 ? Double(row[2]) ?? 1 : 1)))
            }
            for row in rows("units.tsv") where row.count >= 4 {
                unitEntries.append((row[0], UnitInfo(base: row[1], factor: Double(row[2]) ?? 1, family: row[3])))
            }
            for row in rows("regions.tsv") where row.count >= 2 {
                let aliases = row.count > 4 ? row[4].split(separator: ",").map(String.init) : []
                regions.append(
                    Region(
                        name: row[0], kind: row[1], parent: row.count > 2 && !row[2].isEmpty ? row[2] : nil,
                        population: row.count > 3 ? Double(row[3]) : nil, aliases: aliases))
            }
            for row in rows("periods.tsv") where row.count >= 2 {
                periodEntries.append((row[0], row[1]))
            }
            for row in rows("phrases.tsv") where row.count >= 2 {
                phraseEntries[row[0], default: []].append((row[1], row.count > 2 ? row[2] : ""))
            }
        }
        if !traditional.isEmpty {
            sectorEntries = traditional.adding(to: sectorEntries)
            unitEntries = traditional.adding(to: unitEntries)
            periodEntries = traditional.adding(to: periodEntries)
            for (category, entries) in phraseEntries {
                // (The items a pair splits into are written as the pair is: 城鄉 → 城鎮, 農村.)
                phraseEntries[category] =
                    category == "split"
                    ? traditional.adding(to: entries, writingValues: true) : traditional.adding(to: entries)
            }
        }
        self.regions = regions
        regionIsDistrict = regions.map { $0.kind == "district" }
        // The catalog is built on another core while the word lists are: it is needed only once
        // figures are added to a graph, and it is half of the lexicon's start-up.
        let building = CatalogBuild()
        let catalogDone = DispatchGroup()
        DispatchQueue.global().async(group: catalogDone) { [indicatorRows] in
            building.catalog = IndicatorCatalog(rows: indicatorRows, simplifying: simplifying)
        }
        // A keyword holding a sentence or clause mark, or a space, could be cut by the start of
        // a sentence or clause; sentences and clauses are scored by the keywords of their
        // paragraph (`SectorScorer.hits`), which needs them whole.
        sectorKeywords = PhraseMatcher(
            sectorEntries.filter { entry in !entry.0.unicodeScalars.contains(where: Self.cutsKeywords.contains) })
        var measures: [String: [(String, String)]] = [:]
        for (word, units) in phraseEntries["measure"] ?? [] {
            for unit in units.split(separator: ",") { measures[String(unit), default: []].append((word, String(unit))) }
        }
        var measureLists: [PhraseMatcher<String>] = []
        var measureIndex: [String: Int] = [:]
        for (base, words) in measures {
            measureIndex[base] = measureLists.count
            measureLists.append(PhraseMatcher(words))
        }
        self.measureLists = measureLists
        var unitTable = UnitTable()
        for k in unitEntries.indices {
            unitEntries[k].1.measures = measureIndex[unitEntries[k].1.base]
            unitTable.name(&unitEntries[k].1)
        }
        self.unitTable = unitTable
        units = PhraseMatcher(unitEntries)
        var families: [String: String] = [:]
        for (written, info) in unitEntries where written == info.base { families[info.base] = info.family }
        unitFamilies = families
        periods = PhraseMatcher(periodEntries)
        let list = { (category: String) in PhraseMatcher(phraseEntries[category] ?? []) }
        adminUnits = list("admin")
        anecdoteWords = list("anecdote")
        changeWords = list("change")
        comparisons = list("comparison")
        peopleNouns = list("people")
        changeAdverbs = list("change-adverb")
        contentVerbs = list("content-verb")
        genericMetrics = list("generic")
        counterparts = list("counterpart")
        heldWords = list("held")
        partWords = list("part")
        sharedTails = list("tail")
        lightVerbs = list("light-verb")
        copulas = list("copula")
        let qualifiers = { (category: String) in
            PhraseMatcher((phraseEntries[category] ?? []).map { ($0.0, Qualifier(rawValue: $0.1)) })
        }
        qualifiersAfter = qualifiers("qualifier-after")
        qualifiersBefore = qualifiers("qualifier-before")
        qualifiersInside = qualifiers("qualifier-inside")
        splitPairs = list("split")
        stopWords = list("stop")
        leadWords = list("lead")
        ageBounds = list("age-bound")
        rankMoves = list("rank-move")
        policyNouns = list("policy-after")
        underWayWords = list("under-way")
        doneWords = list("done")
        programmeWords = list("programme")
        notScope = list("not-scope")
        policyVerbs = list("policy-verb")
        listedInto = list("listed-into")
        wholePopulation = list("whole-population")
        ratioNames = list("ratio-name")
        itemAmounts = list("item-amount")
        purposeVerbs = list("purpose-verb")
        measuresOf = list("measure-of")
        doneNowWords = list("done-now")
        dividedInto = list("divided-into")
        taskDoneWords = list("task-done")
        let words = { (category: String) in (phraseEntries[category] ?? []).map(\.0) }
        clauseVerbs = words("clause-verb").map { Array($0.unicodeScalars) }
        toLevelVerbs = Set(words("to-level"))
        pastYearWords = list("past-year")
        planWords = list("plan")
        planTitleWords = list("plan-title")
        institutionUnits = Set(words("institution-unit"))
        generalPlaceEndings = Set(words("general-place"))
        let characters = { (category: String) in ScalarBits(words(category).joined()) }
        areaMarks = characters("area-mark")
        countyWordMarks = characters("county-word")
        notInPlaceNames = characters("not-in-place")
        dateTails = words("date-tail").map { Array($0.unicodeScalars) }
        multipleLeads = words("multiple-lead").map { Array($0.unicodeScalars) }
        trailingChanges = words("trailing-change").map { Array($0.unicodeScalars) }
        targetWords = list("target")
        achievedWords = list("achieved")
        tableColumns = list("table-column")
        var names: [(String, Int)] = []
        for (index, region) in regions.enumerated() {
            names.append((region.name, index))
            for alias in region.aliases where alias != region.name { names.append((alias, index)) }
        }
        // (In traditional script too: 揚州市, 廣東省, 青川縣 name the same places.)
        regionNames = PhraseMatcher(traditional.isEmpty ? names : traditional.adding(to: names))
        var fronts = leadWords.startBits
        fronts.formUnion(periods.startBits)
        fronts.formUnion(regionNames.startBits)
        for c in "0123456789（(按".unicodeScalars { fronts.insert(c) }
        for value in UInt32(0x2460)...0x3289 {
            if let c = Unicode.Scalar(value), isListMark(c) { fronts.insert(c) }
        }
        for c in "-—~～至".unicodeScalars {
            assert(isRangeMark(c))
            fronts.insert(c)
        }
        strippableFronts = fronts
        var openings = genericMetrics.startBits
        openings.formUnion(changeWords.startBits)
        openings.formUnion(comparisons.startBits)
        openings.formUnion(changeAdverbs.startBits)
        for lead in multipleLeads { if let c = lead.first { openings.insert(c) } }
        genericOpenings = openings
        catalogDone.wait()
        catalog = building.catalog!
    }
}

/// The traditional forms of simplified characters (`traditional.tsv`), which the lexicon lists
/// each word in as well: a passage reposted in traditional script (地區生產總值增長9.3%) is read
/// with the same words.
struct TraditionalForms {
    /// Each simplified character's forms: the standard traditional one first, then Taiwan's
    /// where it differs (为: 爲, 為).
    private var forms: [Unicode.Scalar: [Unicode.Scalar]] = [:]
    /// The characters `forms` holds: most words hold none, and are told so by a bit each
    /// rather than a lookup (the lexicon is built at every start).
    private var simplified = ScalarBits()

    var isEmpty: Bool { forms.isEmpty }

    /// Each traditional form that is no simplified character the table lists, with the
    /// simplified character it writes (為 → 为).
    var simplifying: [Unicode.Scalar: Unicode.Scalar] {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (c, written) in forms {
            for t in written where forms[t] == nil { map[t] = c }
        }
        return map
    }

    mutating func add(_ simplified: String, forms written: String) {
        guard simplified.unicodeScalars.count == 1, let c = simplified.unicodeScalars.first else { return }
        forms[c] = written.split(separator: ",").compactMap {
            $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil
        }
        self.simplified.insert(c)
    }

    /// `entries` and, after them, each entry whose word holds a character with a traditional form
    /// again, written in the first forms and (where any differs) in Taiwan's.
    func adding<Value>(to entries: [(String, Value)]) -> [(String, Value)] {
        var result = entries
        for (word, value) in entries {
            let (first, taiwan) = written(word)
            guard let first else { continue }
            result.append((first, value))
            if let taiwan { result.append((taiwan, value)) }
        }
        return result
    }

    /// The same, with each word's value (a text) written in the word's forms too.
    func adding(to entries: [(String, String)], writingValues: Bool) -> [(String, String)] {
        var result = entries
        for (word, value) in entries {
            let (first, taiwan) = written(word)
            guard let first else { continue }
            let values = written(value)
            result.append((first, values.first ?? value))
            if let taiwan { result.append((taiwan, values.taiwan ?? values.first ?? value)) }
        }
        return result
    }

    /// `word` in the first forms and, where any differs, in Taiwan's; nil for a word that holds
    /// no character with a traditional form (and for Taiwan's where it is the first).
    private func written(_ word: String) -> (first: String?, taiwan: String?) {
        guard word.unicodeScalars.contains(where: simplified.mayContain) else { return (nil, nil) }
        var first = String.UnicodeScalarView()
        var taiwan = String.UnicodeScalarView()
        var changed = false
        for c in word.unicodeScalars {
            if let written = forms[c], let standard = written.first {
                first.append(standard)
                taiwan.append(written.last ?? standard)
                changed = true
            } else {
                first.append(c)
                taiwan.append(c)
            }
        }
        guard changed else { return (nil, nil) }
        return (String(first), taiwan.elementsEqual(first) ? nil : String(taiwan))
    }
}

/// A lexicon's twin in traditional script, built once, by the first text that needs it.
private final class TwinLexicon: @unchecked Sendable {
    private let queue = DispatchQueue(label: "zhibiao.lexicon.traditional")
    private var built: Lexicon?

    func lexicon(_ build: () -> Lexicon) -> Lexicon {
        queue.sync {
            if let built { return built }
            let made = build()
            built = made
            return made
        }
    }
}
