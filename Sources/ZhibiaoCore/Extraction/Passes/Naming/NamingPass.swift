/// A figure's name while the naming passes read it: the words so far, the rules that made them,
/// and what the passes read it by.
struct Naming {
    var metric: [Unicode.Scalar]
    var trail: RuleTrail
    /// A part of a 其中 breakdown (公立医院病床使用率 of 医院病床使用率).
    var isPart = false
    /// The index in the sentence's `figures` of the figure named (held so rather than the
    /// figure, whose copy for each name counted its strings).
    let figure: Int
    /// The phrase before the figure, back to the figure or clause before.
    let phrase: Range<Int>
}

/// What a naming pass decided.
enum NamingVerdict {
    /// Go on to the next pass with the name as it now is.
    case next
    /// The figure is no indicator, or names nothing: no candidate.
    case drop
    /// The pass made the figure's candidates itself.
    case done
}

/// The passes that refine a figure's first name (`SentenceReader.firstName`), listed in the
/// order they run (`order`). Each reads the name so far and the figures made before it, and may
/// change the name, drop the figure or make its candidates itself. Its file in `Passes/Naming/`
/// holds its rule and the examples it reads; `explain` names the rule it applied.
///
/// A pass opens with the cheap test of whether it may apply at all, inlined where the passes
/// are run (`SentenceReader.namingPassesKeep`), and reads the figure in a function of its own
/// only then: most passes apply to few figures, and a call for each pass and figure cost more
/// than most of the tests.
enum NamingPass: CaseIterable {
    /// 已完成9个（75%）, 正在施工中（80%）: a bracketed share is the item's progress. First, since
    /// it reads the name while it is still empty.
    case bracketedShare
    /// An empty name after a comparison: the same comparison with another place. First, since
    /// it needs the name still empty.
    case otherPlace
    /// An empty name or one of linking verbs only: of the clause before, or the figure before
    /// restated. Before the verb rules, which need a name to read.
    case clauseBefore
    /// 完成投资… opening a paragraph under a heading that names an item: the item's progress.
    /// After `clauseBefore`, which names a figure with no name, and before the verb rules.
    case itemHeading
    /// ，已完工8个 after 改造城中村12个: how much of the item before is done. Before the verb
    /// rule, which would read a verb alone (完工) as acting on the item.
    case doneOfItem
    /// A content verb alone (审结): of what the figure before counts, or what the clause before did.
    case verbOnly
    /// 投入资金880万元，改造…: money named by what the clause after did with it. After the verb
    /// alone, which names a verb alone by what it acts on before.
    case fundsPurpose
    /// 每人每月最高: so much a head of what the clause before gave.
    case perHead
    /// 在校生 after 小学招生: the other of a pair. After the verb rules, so that a verb's object
    /// is named first.
    case counterpart
    /// 在校学生 right after 普通高中24所: what the institutions hold.
    case heldByInstitutions
    /// 、注册护士3.86人 right after 每千人口执业（助理）医师3.12人: per as many people.
    case perPopulation
    /// 占26.7% after an amount: its share.
    case shareOfAmount
    /// A bare rate or change (增长, 覆盖率) takes its subject; a change of nothing named is
    /// dropped. After the rules above, which may have named the subject already.
    case bareRate
    /// 其中，公立医院86.0%: a part takes the whole's measure. After the bare rate, whose subject
    /// may be the whole.
    case partOfWhole
    /// A和B均达到99%: one candidate for each thing named.
    case eachOfList
    /// 为计划的102.5%: progress against a target, of the amount before. Last, since it names by
    /// the figure made before.
    case progress
}

extension NamingPass {
    /// The order the passes run in: the one place it is fixed. `SentenceReader.namingPassesKeep`
    /// calls them one after another, and a debug build checks at every figure that it calls
    /// them in this order, every one of them.
    static let order: [NamingPass] = [
        .bracketedShare, .otherPlace, .clauseBefore, .itemHeading, .doneOfItem, .verbOnly, .fundsPurpose, .perHead,
        .counterpart, .heldByInstitutions, .perPopulation,
        .shareOfAmount, .bareRate,
        .partOfWhole, .eachOfList, .progress,
    ]

    /// Checks, in a debug build, that the passes are called as `order` lists them; in a release
    /// build it holds nothing and checks nothing.
    struct OrderCheck {
        #if DEBUG
            private var position = 0
        #endif

        /// Whether the figure goes on to the next pass after `pass` gave `verdict`.
        @inline(__always)
        mutating func keeps(_ pass: NamingPass, _ verdict: NamingVerdict) -> Bool {
            #if DEBUG
                precondition(
                    position < NamingPass.order.count && NamingPass.order[position] == pass,
                    "naming pass \(pass) is called out of NamingPass.order")
                position += 1
            #endif
            return verdict == .next
        }

        /// Whether every pass of `order` was called (the figure went through them all).
        var calledEvery: Bool {
            #if DEBUG
                precondition(position == NamingPass.order.count, "a naming pass of NamingPass.order is not called")
            #endif
            return true
        }
    }
}

extension SentenceReader {
    /// Runs the naming passes on `naming` in their order (`NamingPass.order`), and whether the
    /// figure is still to be made a candidate by that name: false when a pass dropped it or made
    /// its candidates itself. `namer` is the document's namer, as the reader holds it.
    /// (The passes are written out in their order, each one's test inlined: a loop over the
    /// list of them was a jump through a table for each pass and figure, some 70 instructions a
    /// figure, more than most of the tests.)
    @inline(__always)
    mutating func namingPassesKeep(_ naming: inout Naming, namer: MetricNamer) -> Bool {
        var order = NamingPass.OrderCheck()
        return order.keeps(.bracketedShare, bracketedShare(&naming))
            && order.keeps(.otherPlace, otherPlace(&naming))
            && order.keeps(.clauseBefore, clauseBefore(&naming))
            && order.keeps(.itemHeading, itemHeading(&naming))
            && order.keeps(.doneOfItem, doneOfItem(&naming))
            && order.keeps(.verbOnly, verbOnly(&naming))
            && order.keeps(.fundsPurpose, fundsPurpose(&naming))
            && order.keeps(.perHead, perHead(&naming))
            && order.keeps(.counterpart, counterpart(&naming))
            && order.keeps(.heldByInstitutions, heldByInstitutions(&naming))
            && order.keeps(.perPopulation, perPopulation(&naming))
            && order.keeps(.shareOfAmount, shareOfAmount(&naming))
            && order.keeps(.bareRate, bareRate(&naming, namer: namer))
            && order.keeps(.partOfWhole, partOfWhole(&naming))
            && order.keeps(.eachOfList, eachOfList(&naming))
            && order.keeps(.progress, progress(&naming))
            && order.calledEvery
    }
}
