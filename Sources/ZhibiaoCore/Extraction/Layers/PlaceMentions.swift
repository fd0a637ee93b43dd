/// The places a document names (the lexicon's regions: 长治市, 潞州区, 全国), recognised once in
/// each block: the layer the `documentRegion` step counts to tell the place the document is
/// about, and the place scan of each figure reads to tell the place it is of.
struct PlaceMentions {
    /// A region of the lexicon named in a block: `length` scalars from `start`.
    struct Mention {
        var start: Int
        var length: Int
        /// The region's index in `Lexicon.regions`.
        var region: Int

        var end: Int { start + length }
    }

    /// Every block's mentions, block after block, each block's in order.
    private var mentions: [Mention] = []
    /// Where each block's mentions begin in `mentions`, and where the last block's end.
    private var firstOfBlock: [Int] = [0]

    /// No place named anywhere.
    init() {}

    /// The recogniser: the longest name at each point, read on after it (as `PhraseMatcher`'s
    /// `forEachMatch` reads), in every block.
    init(_ blocks: [Block], names: PhraseMatcher<Int>) {
        firstOfBlock.reserveCapacity(blocks.count + 1)
        for index in blocks.indices {
            names.forEachMatch(in: blocks[index].text) { range, index in
                mentions.append(Mention(start: range.lowerBound, length: range.count, region: names.value(at: index)))
            }
            firstOfBlock.append(mentions.count)
        }
    }

    /// The places named in block `index`, in order; offsets are the block's.
    func of(block index: Int) -> ArraySlice<Mention> {
        guard index + 1 < firstOfBlock.count else { return [] }
        return mentions[firstOfBlock[index]..<firstOfBlock[index + 1]]
    }

    /// Every block's mentions, with the block's index.
    func forEach(_ body: (_ block: Int, _ mention: Mention) -> Void) {
        for block in 0..<(firstOfBlock.count - 1) {
            for k in firstOfBlock[block]..<firstOfBlock[block + 1] { body(block, mentions[k]) }
        }
    }
}
