extension SentenceReader {
    /// A paragraph under a short heading that names an item (城乡供水管网改造), opening with an
    /// amount named only by the progress made (完成投资3.2亿元), is the item's: 城乡供水管网改造
    /// 完成投资. Progress reports list their items so, a title line and the progress under it.
    /// (Only an amount that names nothing of its own, `item-amount` in phrases.tsv: under a
    /// heading of a theme, 生态环境持续向好, 完成营造林 names itself.) Runs after `clauseBefore`,
    /// which names a figure that has no name at all, and before the verb rules.
    @inline(__always)
    mutating func itemHeading(_ n: inout Naming) -> NamingVerdict {
        // (Most figures are not their paragraph's first, or have no item heading above them.)
        guard context.underHeading, n.figure == 0, made.count == first, n.phrase.lowerBound == 0,
            MetricNamer.startsWithProgress(n.metric),
            namer.lexicon.itemAmounts.longest(in: n.metric, at: 2)?.length == n.metric.count - 2,
            case let item = DocumentPass.item(
                ofHeading: facts.itemHeading.last,
                after: DocumentPass.item(ofHeading: facts.itemHeading.before, after: [])),
            !item.isEmpty
        else { return .next }
        n.metric = item + n.metric
        n.trail.add(.itemHeading)
        return .next
    }
}

extension DocumentPass {
    /// The item a heading names, for the paragraph right under it (`itemHeading`): the heading
    /// without its number (一、, （一）, 1.), when that leaves two to sixteen Han characters; a
    /// heading line that goes on with 和, 及 or 与 goes on the item above it (农贸市场改造 /
    /// 和便民服务提升). Empty otherwise.
    static func item(ofHeading text: [Unicode.Scalar], after previous: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // (Its number as the segmenter reads a section's; spaces a page set inside the title go:
        // 实施乡镇污水处理 提质增效工程.)
        let start = Segmenter.sectionNumberLength(text)
        guard start < text.count, case let words = text[start...].filter({ !Segmenter.isSpace($0) }),
            words.count >= 2, words.allSatisfy({ Segmenter.isHan($0) })
        else { return [] }
        if !previous.isEmpty, let first = words.first, first == "和" || first == "及" || first == "与" {
            return previous.count + words.count <= 24 ? previous + words : []
        }
        return words.count <= 16 ? words : []
    }
}
