import Testing

@testable import ZhibiaoCore

/// `Mentions`, which keeps an observation's first mention in place and the others in an array:
/// it reads, writes and compares as the list of mentions it holds, whatever their number.
@Suite struct MentionsTests {
    static let a = Mention(document: 0, sentence: 3, figure: 10..<16)
    static let b = Mention(document: 0, sentence: 7, figure: 2..<9)
    static let c = Mention(document: 1, sentence: 0, figure: 0..<4)

    @Test func noMentionIsEmpty() {
        let none = Mentions()
        #expect(none.isEmpty)
        #expect(none.count == 0)
        #expect(none.first == nil)
        #expect(Array(none) == [])
        #expect(none == [])
        #expect(Mentions([]) == none)
    }

    @Test func mentionsReadInTheOrderGiven() {
        let one = Mentions(Self.a)
        #expect(Array(one) == [Self.a])
        #expect(one.count == 1)
        let three: Mentions = [Self.a, Self.b, Self.c]
        #expect(Array(three) == [Self.a, Self.b, Self.c])
        #expect(three.count == 3)
        #expect(three[0] == Self.a && three[1] == Self.b && three[2] == Self.c)
        #expect(Array(three.prefix(1)) == [Self.a])
        #expect(Array(three[1...]) == [Self.b, Self.c])
        #expect(Mentions([Self.a, Self.b, Self.c]) == three)
    }

    @Test func appendingToNoneMakesTheFirst() {
        var mentions = Mentions()
        mentions.append(Self.b)
        #expect(Array(mentions) == [Self.b])
        mentions.append(Self.c)
        mentions.append(Self.a)
        #expect(Array(mentions) == [Self.b, Self.c, Self.a])
        #expect(mentions == [Self.b, Self.c, Self.a])
    }

    @Test func mentionsAreWrittenInPlace() {
        var mentions: Mentions = [Self.a, Self.b]
        mentions[0].document = 5
        mentions[1].sentence = 9
        #expect(
            Array(mentions) == [
                Mention(document: 5, sentence: 3, figure: 10..<16), Mention(document: 0, sentence: 9, figure: 2..<9),
            ])
    }

    @Test func replacingAndRemovingKeepTheOrder() {
        var mentions: Mentions = [Self.a, Self.b, Self.c]
        mentions.remove(at: 0)
        #expect(Array(mentions) == [Self.b, Self.c])
        #expect(mentions == [Self.b, Self.c])
        mentions.replaceSubrange(1..<2, with: [Self.a, Self.a])
        #expect(Array(mentions) == [Self.b, Self.a, Self.a])
        mentions.removeAll()
        #expect(mentions == Mentions())
        #expect(mentions.isEmpty)
    }

    @Test func anObservationMovedCarriesEveryMention() {
        let observation = Observation(
            id: ObservationID(document: DocumentKey(articleText: "x"), number: 1), metric: "城镇新增就业", value: 48200,
            unit: "人", sector: .employment, mentions: [Self.a, Self.b])
        let moved = observation.moved(toDocument: 4)
        #expect(moved.mentions.map(\.document) == [4, 4])
        #expect(moved.mentions.map(\.sentence) == [3, 7])
        #expect(observation.mentions.map(\.document) == [0, 0])
    }
}
