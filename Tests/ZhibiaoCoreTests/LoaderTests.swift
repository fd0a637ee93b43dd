import Foundation
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

    /// Ids are found whether a document numbers its observations 1, 2, 3… in order (as
    /// extraction does) or not, and numbers a document does not have are not found.
    @Test func observationsAreFoundByIdHoweverTheyAreNumbered() {
        func observation(_ document: Int, _ number: Int, _ value: Double) -> Observation {
            Observation(
                id: ObservationID(document: document, number: number), metric: "指标\(value)", value: value,
                unit: "个", sector: .other)
        }
        let graph = IndicatorGraph()
        let document = Document(name: "d.txt", path: "d.txt", text: "", sentences: [])
        graph.add(document, observations: [observation(1, 1, 10), observation(1, 2, 11), observation(1, 3, 12)])
        graph.add(document, observations: [observation(2, 5, 20), observation(2, 2, 21)])
        graph.add(document, observations: [])
        graph.add(document, observations: [observation(4, 1, 40), observation(4, 2, 41)])
        let found: [(Int, Int, Double?)] = [
            (1, 1, 10), (1, 3, 12), (2, 5, 20), (2, 2, 21), (4, 1, 40), (4, 2, 41),
            (1, 0, nil), (1, 4, nil), (2, 1, nil), (3, 1, nil), (4, 3, nil), (5, 1, nil), (0, 1, nil),
        ]
        for (d, n, value) in found {
            #expect(graph.observation(ObservationID(document: d, number: n))?.value == value, "\(d):\(n)")
        }
        graph.compact()
        #expect(graph.observation(ObservationID(document: 2, number: 2))?.value == 21)
    }

    /// A load gives back the room its arrays grew into, and the graph answers the same after.
    @Test func compactingKeepsTheGraph() {
        let graph = IndicatorGraph()
        _ = Loader().load([Self.root + "/Samples"], into: graph, threads: 1)
        let before = ObservationExport.render(graph, format: .jsonl)
        let indexes = [graph.bySector.mapValues(\.count).description, graph.byMetric.count.description]
        graph.compact()
        #expect(ObservationExport.render(graph, format: .jsonl) == before)
        #expect([graph.bySector.mapValues(\.count).description, graph.byMetric.count.description] == indexes)
        #expect(graph.observations.capacity <= graph.observations.count + graph.observations.count / 8 + 16)
    }

    /// Files are read whole whatever their size, and so is a file whose length the system
    /// does not know in advance (/proc reports 0 bytes).
    @Test func filesAreReadWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhibiao-read-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for size in [0, 1, 65_535, 65_536, 65_537, 200_001] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 7) }
            let path = folder + "/f\(size).txt"
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            #expect(try SourceFiles.read(path) == bytes, "\(size) bytes")
        }
        let status = try SourceFiles.read("/proc/self/status")
        #expect(String(decoding: status, as: UTF8.self).contains("Name:"))
    }
}
