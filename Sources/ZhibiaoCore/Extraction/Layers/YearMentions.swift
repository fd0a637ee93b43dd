/// The years a document writes (2024年, 2024-01-15, 整治2023行动, and 1993万元 until it is read
/// as an amount), recognised once in each block: the layer the `documentYear` step counts to
/// tell the year the document reports on, and the block reader reads to tell whether a
/// sentence names a year, which year a heading names and which year opens a paragraph. A year
/// is a run of exactly four digits (12345 holds none) that 年 follows, or that reads as a year
/// of these articles: 1990 to 2099, no Latin letter touching it (A2024 is a code).
struct YearMentions {
    /// A run of exactly four ASCII digits in a block, from `start`, that is a year.
    struct Mention {
        var start: Int
        /// The four digits' value, whatever it is (0800年 is held as 800).
        var value: Int
        /// Whether 年 follows the digits: a written year (2024年).
        var isWrittenYear: Bool
        /// Whether a Latin letter touches the digits on either side (A2024, 2024B: codes).
        var touchesLatin: Bool
        /// What the words right before a written year make of it (比2019年, 由2020年…).
        var lead = Lead.none
        /// What the words right after a written year make of it (2021年以来, 2020年的…); of a year
        /// with no 年, only whether it is a class (2025届).
        var tail = Tail.none
        /// A baseline's scalars from its mark to its end (比2019年 6, 较2019年末 7, 与2019年相比
        /// 8); 0 when the year is no baseline.
        var baselineLength: UInt8 = 0

        /// Where the digits end.
        var end: Int { start + 4 }

        /// Whether the run may be a year of results or a date: 1990 to 2099, no code.
        var isYearLike: Bool { !touchesLatin && value >= 1990 && value <= 2099 }
    }

    /// What stands right before a written year: the words that say it is not the year a
    /// figure is of, but the year of something it is measured against.
    enum Lead: UInt8 {
        case none
        /// 比2019年, 较2019年末, 与2019年相比, 同2019年同期相比 (`yearBaseline`): what a change
        /// is measured from.
        case baseline
        /// 由2020年…, 从2020年…: where a level or a span starts.
        case from
        /// 是2015年的2倍, 相当于2019年的: with 的 after it, the level a figure is a multiple or a
        /// share of.
        case copula
    }

    /// What stands right after a written year's 年.
    enum Tail: UInt8 {
        case none
        /// 2021年以来, 2021年10月以来 (`DocumentContext.startsSince`): from then up to now.
        case since
        /// 2020年的: a noun of that year follows (是2020年的1.3倍, 由2020年的78.1岁).
        case of
        /// 2025年届, 2025届: a class of graduates.
        case classOf
        /// 2019年同期, 2019年水平: the level of that year a figure is compared with.
        case level
    }

    /// Every block's mentions, block after block, each block's in order.
    private var mentions: [Mention] = []
    /// Where each block's mentions begin in `mentions`, and where the last block's end.
    private var firstOfBlock: [Int] = [0]

    /// No number written anywhere.
    init() {}

    /// The recogniser, over every block.
    init(_ blocks: [Block]) {
        firstOfBlock.reserveCapacity(blocks.count + 1)
        // (Read through the list's buffer: a block's text read from the list was retained and
        // released for each block.)
        blocks.withUnsafeBufferPointer { blocks in
            for block in blocks {
                Self.recognise(block.text, into: &mentions)
                firstOfBlock.append(mentions.count)
            }
        }
    }

    /// The years of block `index`, in order; offsets are the block's.
    func of(block index: Int) -> ArraySlice<Mention> {
        mentions[indices(ofBlock: index)]
    }

    /// Where block `index`'s years lie among all (`self[k]`). The readers index the layer
    /// rather than slice it: each slice held a reference to the list, counted and released
    /// for every block.
    func indices(ofBlock index: Int) -> Range<Int> {
        guard index + 1 < firstOfBlock.count else { return 0..<0 }
        return firstOfBlock[index]..<firstOfBlock[index + 1]
    }

    subscript(k: Int) -> Mention { mentions[k] }

    /// The first written year (2023年: four digits, then 年) of block `index` that starts within
    /// `range` of the block. (A sentence holds the 年 of every year it starts: it cannot end
    /// among digits or before the 年 after them.)
    func firstWrittenYear(inBlock index: Int, within range: Range<Int>) -> Mention? {
        for k in indices(ofBlock: index) {
            let mention = mentions[k]
            if mention.start >= range.upperBound { break }
            if mention.start >= range.lowerBound && mention.isWrittenYear { return mention }
        }
        return nil
    }

    /// The written year (2019年) whose four digits start at `start` of block `index`, or nil:
    /// what a rule asks where its words place a year (由2019年的…, …增加到2024年的…). A run of
    /// more digits holds none (12019年).
    func writtenYear(inBlock index: Int, at start: Int) -> Int? {
        written(inBlock: index, at: start)?.value
    }

    /// The mention of the written year whose four digits start at `start` of block `index`, with
    /// what the words around it make of it; nil where no written year starts.
    func written(inBlock index: Int, at start: Int) -> Mention? {
        for k in indices(ofBlock: index) {
            let mention = mentions[k]
            if mention.start > start { break }
            if mention.start == start { return mention.isWrittenYear ? mention : nil }
        }
        return nil
    }

    /// Appends the years of `s` to `found`. Every number of an article is
    /// passed over here and few are four digits long, so the search runs on the buffer in one
    /// loop that reads one scalar in four: a run of four digits holds one of any four scalars in
    /// a row, so a digit at one of them finds every such run, and the short numbers between
    /// (12.5, 3个) are mostly passed over unread. A digit found is read back and on to the ends
    /// of its run; a run of another length is passed over without reading its value. (The search
    /// goes on from just after a run, so no run read back began before where it went on from.)
    @inline(__always)
    static func recognise(_ s: [Unicode.Scalar], into found: inout [Mention]) {
        s.withUnsafeBufferPointer { p in
            let count = p.count
            var from = 0
            var k = 0
            while true {
                // To a digit, one scalar in four; the last few of the text one by one.
                while k &+ 4 <= count && !isDigit(p[k]) { k &+= 4 }
                if k &+ 4 > count {
                    while k < count && !isDigit(p[k]) { k &+= 1 }
                    guard k < count else { return }
                }
                var i = k
                while i > from && isDigit(p[i &- 1]) { i &-= 1 }
                k &+= 1
                while k < count && isDigit(p[k]) { k &+= 1 }
                from = k
                guard k &- i == 4 else { continue }
                let value =
                    Int(p[i].value &- 0x30) &* 1000 &+ Int(p[i &+ 1].value &- 0x30) &* 100
                    &+ Int(p[i &+ 2].value &- 0x30) &* 10 &+ Int(p[i &+ 3].value &- 0x30)
                var mention = Mention(
                    start: i, value: value, isWrittenYear: k < count && p[k] == "年",
                    touchesLatin: i > 0 && isLatin(p[i &- 1]) || k < count && isLatin(p[k]))
                if mention.isWrittenYear {
                    readSurroundings(of: &mention, in: s)
                } else if !mention.isYearLike {
                    continue
                } else if k < count && p[k] == "届" {
                    mention.tail = .classOf
                }
                found.append(mention)
            }
        }
    }

    /// Reads what the words around the written year `mention` of `s` make of it. (A written
    /// year's 年 stands in the block, so the sentence it is read in holds the same words around
    /// it up to the sentence's ends.)
    private static func readSurroundings(of mention: inout Mention, in s: [Unicode.Scalar]) {
        let before = mention.start - 1
        if before >= 0 {
            switch s[before] {
            case "由", "从": mention.lead = .from
            case "是", "于": mention.lead = .copula
            default:
                if let baseline = yearBaseline(s, at: before) {
                    mention.lead = .baseline
                    mention.baselineLength = UInt8(baseline.length)
                }
            }
        }
        let after = mention.end + 1
        if DocumentContext.startsSince(s, after: after) {
            mention.tail = .since
        } else if after < s.count {
            switch s[after] {
            case "的": mention.tail = .of
            case "届": mention.tail = .classOf
            default: if PeriodReader.namesLevel(s, at: after) { mention.tail = .level }
            }
        }
    }
}

/// Where a sentence stands: the block it is of, and where its first scalar is in the block's
/// text. What a reader of the sentence hands on to read a block layer (the years) at the
/// sentence's positions.
struct SentencePlace: Equatable {
    var block: Int
    var offset: Int
}
