/// A sentence's round brackets, （…） and (…), each opening matched with the closing that ends
/// it (a bracket inside another is matched first; the full-width and the ASCII marks close each
/// other, as articles mix them): the layer the readers ask when a figure or a name stands beside
/// a bracket. A bracket after a name explains it (困难职工帮扶（生活救助、子女助学）286户次, 增长（以下
/// 如无特别说明，均为同比名义增速）2.8%); a figure whose phrase opens one is a part of the figure
/// before (老年人口62.3万人（其中城镇28.1万人）); a share right inside one is a progress (已完成9个
/// （75%）); and a figure after a bracket closed since the figure before is no longer in it (税收
/// 总额86.2亿元（含代征税12.4亿元），增长7.3%).
///
/// Read whole at the first question about a sentence and not before: most sentences hold no
/// bracket, and every reader asks only once it has seen a bracket's mark where it looks. One
/// layer serves sentence after sentence, its room kept (`begin`).
struct BracketMentions {
    /// One bracket: where its opening and closing marks stand, with what it holds.
    struct Mention {
        /// The opening mark; -1 for a closing mark that closes nothing opened before it.
        var open: Int
        /// The closing mark; the sentence's length for an opening mark not closed.
        var close: Int
        /// Whether a bracket stands inside it (another pair, or one opened and left open).
        var holdsBracket = false
        /// Whether a comma stands inside it, outside any bracket within.
        var holdsComma = false
        /// Whether a full stop or a semicolon stands inside it, outside any bracket within.
        var holdsStop = false
    }

    /// The brackets, in the order they close (those left open last, innermost first).
    private(set) var mentions: [Mention] = []
    /// Whether the sentence since `begin` has been read.
    private var isRead = false
    /// The brackets opened and not yet closed as the sentence is read, innermost last (its
    /// room kept, as the list's is).
    private var open: [Mention] = []

    /// An empty layer, for a text no bracket is read in.
    init() {}

    /// Begins the layer of another sentence, read at the first question about it. The lists'
    /// room is kept.
    mutating func begin() {
        // (Asked first: most sentences leave the list empty, and `removeAll(keepingCapacity:)`
        // is a generic call even then.)
        if !mentions.isEmpty { mentions.removeAll(keepingCapacity: true) }
        isRead = false
    }

    /// The bracket whose closing mark is at `close` of `s` and was opened in the sentence.
    mutating func closing(at close: Int, in s: [Unicode.Scalar]) -> Mention? {
        if !isRead { read(s) }
        return mentions.first { $0.close == close && $0.open >= 0 }
    }

    /// The bracket whose opening mark is at `open` of `s`, closed or not.
    mutating func opening(at open: Int, in s: [Unicode.Scalar]) -> Mention? {
        guard open >= 0 else { return nil }
        if !isRead { read(s) }
        return mentions.first { $0.open == open }
    }

    /// Whether a closing mark stands in `range` of the sentence, whether or not it closes a
    /// bracket. Asked once the layer is read: of a sentence in which a figure was read in
    /// brackets (`opening(at:in:)` read it then).
    func closes(in range: Range<Int>) -> Bool {
        assert(isRead, "the bracket layer is asked before it is read")
        return mentions.contains { range.contains($0.close) }
    }

    /// The layer of `s` read whole, as `explain` lists it.
    static func of(_ s: [Unicode.Scalar]) -> BracketMentions {
        var layer = BracketMentions()
        layer.read(s)
        return layer
    }

    /// Reads the brackets of `s`. Only the marks matter: Chinese text, between the full stop
    /// (U+3002) and the full-width forms (from U+FF08), is passed over in two comparisons.
    private mutating func read(_ s: [Unicode.Scalar]) {
        isRead = true
        if !open.isEmpty { open.removeAll(keepingCapacity: true) }
        for (i, c) in s.enumerated() where c.value <= 0x3002 || c.value >= 0xFF08 {
            switch c {
            case "（", "(":
                if !open.isEmpty { open[open.count - 1].holdsBracket = true }
                open.append(Mention(open: i, close: s.count))
            case "）", ")":
                guard var mention = open.popLast() else {
                    mentions.append(Mention(open: -1, close: i))
                    continue
                }
                mention.close = i
                mentions.append(mention)
            case "，", ",":
                if !open.isEmpty { open[open.count - 1].holdsComma = true }
            case "。", "；", ";":
                if !open.isEmpty { open[open.count - 1].holdsStop = true }
            default: break
            }
        }
        mentions.append(contentsOf: open.reversed())
    }
}
