/// A sentence's quotations and titles (“…”, 「…」, ‘…’, "…", 《…》, 『…』, 〈…〉), each opening mark
/// matched with the first closing mark of its kind after it (a mark inside a quotation opens
/// nothing): the layer the figure finder reads to pass over the numbers inside short quotations
/// (names and slogans: “15分钟服务圈”, “十四五”), titles (《…26条措施》) and a person's own speech
/// (“…我家…”, ：“…”, unless it speaks for a whole place: 全市, 我省), and the kind pass reads to
/// tell a figure inside a quotation put on a list of tasks (将“新建老年助餐点1200个…”列入…).
///
/// Recognised as far as the finder asks and no further: a sentence's numbers are asked about in
/// order, and no quotation opened after the last of them holds a figure. One layer serves
/// sentence after sentence, its room kept (`begin`).
struct QuotationMentions {
    /// One quotation: where its opening mark stands, and its closing mark (the sentence's
    /// length when it is not closed).
    struct Mention {
        var open: Int
        var close: Int
        /// The opening mark.
        var mark: Unicode.Scalar
        /// Whether the numbers inside are not figures: a title, a short quotation (twelve
        /// scalars or fewer) or speech.
        var hides: Bool

        /// The scalars between the marks.
        var inside: Range<Int> { (open + 1)..<close }
    }

    /// The quotations read, in order; they do not overlap.
    private(set) var mentions: [Mention] = []
    /// Where reading stopped: every quotation opened before it has been read.
    private var reached = 0
    /// The last of `mentions` that hides what it holds: the only one that can hide a position
    /// asked about (each read opens at or before the position asked then, and one read before
    /// the last closes before the last opens, before any position asked about since).
    private var lastHiding: Range<Int>?

    /// An empty layer, for a text no quotation is read in.
    init() {}

    /// Begins the layer of another sentence of `count` scalars, to be asked about positions up
    /// to `lastAsked` (its last number) in order, whose first scalar that `mayOpen` is at
    /// `firstOpening` (`count` if none; the number scan finds it as it passes). Most sentences
    /// hold no such mark before their last number, and are not read at all. (The text after
    /// the last number, often most of the sentence, opens nothing that holds a number.) The
    /// list's room is kept.
    mutating func begin(askedUpTo lastAsked: Int, firstOpening: Int, count: Int) {
        // (Asked first: most sentences leave the list empty, and `removeAll(keepingCapacity:)`
        // is a generic call even then.)
        if !mentions.isEmpty { mentions.removeAll(keepingCapacity: true) }
        lastHiding = nil
        // No quotation opens before the first mark that may open one, and one that opens after
        // the last position asked about holds none of them.
        reached = firstOpening > lastAsked ? count : firstOpening
    }

    /// Whether `position` of `s` is inside a quotation that hides it. `s` is the same sentence
    /// at every call since `begin`, and `position` is never before the one asked about at the
    /// call before, nor after `lastAsked`.
    mutating func hides(_ position: Int, in s: [Unicode.Scalar]) -> Bool {
        if reached <= position { read(s, through: position) }
        return lastHiding?.contains(position) ?? false
    }

    /// The quotation opened by `mark` that holds `range` (its marks outside it), among those
    /// read; nil when none does.
    func holding(_ range: Range<Int>, openedBy mark: Unicode.Scalar) -> Mention? {
        for mention in mentions.reversed() where mention.open < range.lowerBound {
            return mention.mark == mark && mention.close >= range.upperBound ? mention : nil
        }
        return nil
    }

    /// Reads the quotations that open at or before `position`.
    private mutating func read(_ s: [Unicode.Scalar], through position: Int) {
        let n = s.count
        var i = reached
        while i < n && i <= position {
            i = Self.nextMayOpen(in: s, from: i, to: min(n, position + 1))
            guard i < n && i <= position else { break }
            let open = s[i]
            guard let close = Self.closing(open) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < n && s[j] != close { j += 1 }
            let isTitle = open == "《" || open == "〈"
            let isShort = j - (i + 1) <= 12
            let hides = isTitle || isShort || Self.isSpeech(s, from: i, to: j)
            mentions.append(Mention(open: i, close: j, mark: open, hides: hides))
            if hides { lastHiding = (i + 1)..<j }
            i = j + 1
        }
        reached = i
    }

    /// Whether the quotation opened at `open` and closed at `close` is someone's own speech,
    /// whose numbers are a person's (：“每次只需100多元。”, “我家每月多了800元”): after a colon,
    /// or saying 我 or 咱 of themselves. An official's answer that speaks for a whole place
    /// (负责人回答：“全市预约就诊率达到68.4%…”, 我市, 我省) states figures, and hides none, unless
    /// it also speaks of a person's own (我家, 我们村).
    private static func isSpeech(_ s: [Unicode.Scalar], from open: Int, to close: Int) -> Bool {
        var wholePlace = false
        var k = open + 1
        while k < close {
            let next = k + 1 < close ? s[k + 1] : " "
            if s[k] == "咱" { return true }
            if s[k] == "我" {
                if next == "们" {
                    if k + 2 < close, Self.ownAfterWe.contains(s[k + 2]) { return true }
                } else if Self.places.contains(next) {
                    wholePlace = true
                } else {
                    return true
                }
            } else if s[k] == "全", Self.places.contains(next) {
                wholePlace = true
            }
            k += 1
        }
        return !wholePlace && open > 0 && (s[open - 1] == "：" || s[open - 1] == ":")
    }

    /// What follows 全 or 我 when it speaks of a whole place: 全市, 我省, 全国 ….
    private static let places: ScalarSet = "市省区县州国镇乡旗盟"
    /// What follows 我们 when a person speaks of their own: 我们村, 我们家.
    private static let ownAfterWe: ScalarSet = "村家厂店组"

    /// The ranges that hold the opening marks of `closing`: " (U+0022), ‘ to “ (U+2018–U+201C),
    /// 〈 to 『 (U+3008–U+300E). A scalar in none of them opens nothing.
    static let quoteMark: UInt32 = 0x22
    static let curlyMarks: Range<UInt32> = 0x2018..<0x201D
    static let bracketMarks: Range<UInt32> = 0x3008..<0x300F

    /// Whether `v` lies in one of the ranges of the opening marks. Chinese text lies above every
    /// one of them: one comparison passes over it.
    @inline(__always)
    static func mayOpen(_ v: UInt32) -> Bool {
        v < bracketMarks.upperBound
            && (v == quoteMark || v &- curlyMarks.lowerBound < UInt32(curlyMarks.count) || v >= bracketMarks.lowerBound)
    }

    /// The first position from `i` (before `end`) whose scalar `mayOpen`, or `end`. Most
    /// scalars open nothing: a loop of its own over the buffer passes over them.
    @inline(__always)
    private static func nextMayOpen(in s: [Unicode.Scalar], from i: Int, to end: Int) -> Int {
        s.withUnsafeBufferPointer { buffer in
            var k = i
            while k < end && !mayOpen(buffer[k].value) { k += 1 }
            return k
        }
    }

    private static func closing(_ open: Unicode.Scalar) -> Unicode.Scalar? {
        switch open {
        case "“": "”"
        case "「": "」"
        case "‘": "’"
        case "《": "》"
        case "『": "』"
        case "〈": "〉"
        case "\"": "\""
        default: nil
        }
    }
}
