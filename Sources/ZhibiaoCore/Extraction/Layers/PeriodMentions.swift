/// A sentence's period and year phrases, each recognised once: the layer the period scans of
/// its figures read. It is filled as far as a figure asks (most sentences' last figure stands
/// near their end, and the words after it are never read). What a phrase means is not decided
/// here: 上半年 and 1-11月 are of the year in force where the figure stands, which the scan
/// knows and the layer does not.
struct PeriodMentions {
    /// Every step the scan takes that is more than passing over a scalar or a number, in order:
    /// the phrases (each with its mark) and the phrases of periods.tsv it steps over (全年目标,
    /// 比上年).
    var steps: [PeriodStep] = []
    /// How far the sentence has been recognised: every step starting before it is in `steps`.
    var recognised = 0
    /// Where the sentence stands in its block, for the block layers it reads (the years).
    var place = SentencePlace(block: 0, offset: 0)

    /// The marks recognised, with where each stands.
    var marks: [(range: Range<Int>, mark: PeriodMark)] {
        steps.compactMap { step in step.mark.map { (step.start..<step.next, $0) } }
    }

    /// Where years and phrases of periods.tsv stand that say nothing of a figure's time, and why:
    /// a baseline (比上年, 比2019年), a level (上年同期, 是2020年的), a target (全年目标), a class
    /// (2025年届).
    var passedOver: [(range: Range<Int>, reason: PassedOver)] {
        steps.compactMap { step in step.passed.map { (step.start..<step.next, $0) } }
    }
}

/// What a period or year phrase says, as written (2024年上半年 is a year and the phrase 上半年).
enum PeriodMark: Equatable {
    /// 2021—2024年, 2021至2024年: the years from one to the other.
    case years(first: Int, last: Int)
    /// 2023年, and the period phrase right after it, if any (2023年上半年): a stated year. (A
    /// phrase is its index among the phrases of periods.tsv: a mark holds no string to count.)
    case year(Int, phrase: Int?)
    /// 2021年以来: from that year up to now.
    case sinceYear(Int)
    /// 1-11月, 1至11月, 1月至11月, 1月份—11月份: months of the year in force.
    case months(first: Int, last: Int)
    /// 9月份, 9月，: one month of the year in force.
    case month(Int)
    /// 截至11月底, 截至2024年11月末 (a stated year), 截至今年10月份: January through that month.
    case through(month: Int, year: Int?, isStated: Bool)
    /// A phrase of periods.tsv (前三季度, 今年, 上年), by its index there; `sinceNext` is where the
    /// scan goes on when the phrase is a year followed by 以来 (去年10月以来), which only the year
    /// in force can tell.
    case phrase(Int, sinceNext: Int?)
}

/// Why a year or a phrase of periods.tsv says nothing of a figure's time.
enum PassedOver: Equatable {
    /// 比上年, 较2019年, 与2020年相比: what a change is measured from.
    case baseline
    /// 上年同期, 2019年同期水平, 是2020年的, 由上年的: the level of another time.
    case level
    /// 全年目标, 年度任务: the time a target is set for.
    case target
    /// 2025年届: a class of graduates.
    case classYear
}

/// One step of the period scan: a phrase from `start` to `next`, what it says (nil for one
/// stepped over, with why in `passed`), and where a phrase of periods.tsv that decided it ends,
/// which a scan stopping short of that end would not have read whole.
struct PeriodStep {
    var start: Int
    var next: Int
    var mark: PeriodMark?
    var phraseEnd: Int?
    var passed: PassedOver? = nil
}
