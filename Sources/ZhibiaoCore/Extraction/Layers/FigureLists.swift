/// The lists a sentence's figures form: runs of figures with nothing between them but 、, a
/// space, 和, 及 or 与 (56.2万人、38.1万人和12.4万人), where the "per" of the next value belongs to
/// it (每人每月760元、每人每年6000元). The 分别 pass distributes a list over the items named
/// before it (城镇、农村居民人均可支配收入分别为…: a 分别 group, told by where 分别 stands in
/// the phrase before the list, `respectively(in:of:)`), or item by item where nothing says 分别.
///
/// Recognised as the pass asks, each run of figures once: most figures are not followed closely
/// by another, and are never asked about. The pass asks about a sentence's figures in order, so
/// the run read last is all the layer keeps (a list of every figure's run, emptied for every
/// sentence, cost more than the runs it saved reading again).
struct FigureLists {
    /// The figures of the run read last (its first, and the index after its last).
    private var last = 0..<0

    /// Begins the layer of another sentence.
    mutating func begin() {
        last = 0..<0
    }

    /// Where the list that runs from figure `k` of `figures` (the figures of `s`) on ends: the
    /// index after its last figure. A run is read from the first of its figures asked about;
    /// asked again about a figure in it, the layer answers without reading.
    @inline(__always)
    mutating func end(from k: Int, of figures: [Figure], in s: [Unicode.Scalar]) -> Int {
        if last.contains(k) { return last.upperBound }
        var j = k + 1
        while j < figures.count && Self.joins(figures[j - 1], figures[j], in: s) { j += 1 }
        last = k..<j
        return j
    }

    /// Where 分别 stands in `phrase` of `s`, the phrase before a list's first figure (both its
    /// scalars within it): the word that makes the list a 分别 group, splitting what the phrase
    /// names (the subject, 城乡居民人均可支配收入) from the verb after it (达到), the values going
    /// one to each item of the subject. Read in place rather than in a copy of the phrase.
    static func respectively(in phrase: Range<Int>, of s: [Unicode.Scalar]) -> Int? {
        var i = phrase.lowerBound
        while i + 1 < phrase.upperBound {
            if s[i] == "分" && (s[i + 1] == "别" || s[i + 1] == "別") { return i }  // (別: traditional)
            i += 1
        }
        return nil
    }

    /// The runs of two figures or more among `figures` (the figures of `s`), in order, as
    /// `explain` lists them.
    static func runs(of figures: [Figure], in s: [Unicode.Scalar]) -> [Range<Int>] {
        var layer = FigureLists()
        var runs: [Range<Int>] = []
        var k = 0
        while k < figures.count {
            let end = layer.end(from: k, of: figures, in: s)
            if end - k >= 2 { runs.append(k..<end) }
            k = end
        }
        return runs
    }

    /// Whether `next` follows `figure` in one list: between them nothing, or 、, a space, 和, 及
    /// or 与 (`listGaps` without its comma), once the "per" of `next` (每人每年, Han characters
    /// from 每, four at most) is left to it. (A gap of more than six scalars cannot be one.)
    @inline(__always)
    private static func joins(_ figure: Figure, _ next: Figure, in s: [Unicode.Scalar]) -> Bool {
        let gap = figure.end..<next.leadStart
        guard gap.count <= 6 else { return false }
        var end = gap.upperBound
        if let per = firstPer(in: s, gap), end - per <= 4, isHan(s, per..<end) { end = per }
        return end - gap.lowerBound <= 2 && isListGap(s, gap.lowerBound..<end)
    }

    /// Where 每 first stands in `range` of `s`, if it does.
    @inline(__always)
    private static func firstPer(in s: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        for i in range where s[i] == "每" { return i }
        return nil
    }

    /// Whether `range` of `s` is all Han characters.
    private static func isHan(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range where !Segmenter.isHan(s[i]) { return false }
        return true
    }

    /// Whether `range` of `s` may stand between two values of a list: nothing, or what
    /// `listGaps` holds but for a comma.
    private static func isListGap(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range where !listGaps.contains(s[i]) || s[i] == "，" || s[i] == "," { return false }
        return true
    }
}

/// What may stand between the values of one list: 、, a space, a comma, 和, 及, 与.
let listGaps: ScalarSet = "、 ，,和及与與"
