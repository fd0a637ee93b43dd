import Testing

@testable import ZhibiaoCore

@Suite struct LoaderTests {
    static let root = "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/")

    /// Files read on several threads land in the graph in file order, numbered as on one.
    @Test func threadsDoNotChangeTheGraph() {
        let root = Self.root + "/Samples"
        let one = IndicatorGraph()
        let four = IndicatorGraph()
        // A folder is read once however often it is named; a file named on its own is read again.
        let a = Loader().load([root, root + "/changzhi-2025-livelihood-part2.txt", root], into: one, threads: 1)
        let b = Loader().load([root, root + "/changzhi-2025-livelihood-part2.txt", root], into: four, threads: 4)
        #expect(a.documentsAdded == 3 && b.documentsAdded == 3)
        #expect(ObservationExport.render(one, format: .jsonl) == ObservationExport.render(four, format: .jsonl))
        #expect(four.observations.map(\.id.document) == one.observations.map(\.id.document))
        #expect(Set(four.observations.map(\.id.document)) == [1, 2, 3])
    }
}
