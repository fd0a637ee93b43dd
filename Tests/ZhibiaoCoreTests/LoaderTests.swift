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
        // A folder is read once however often it is named; a file named again on its own is
        // the same text, which is one article: skipped with a warning.
        let a = Loader().load([root, root + "/changzhi-2025-livelihood-part2.txt", root], into: one, threads: 1)
        let b = Loader().load([root, root + "/changzhi-2025-livelihood-part2.txt", root], into: four, threads: 4)
        #expect(a.documentsAdded == 2 && b.documentsAdded == 2)
        let warning =
            "\(root)/changzhi-2025-livelihood-part2.txt: same text as \(root)/changzhi-2025-livelihood-part2.txt, already loaded; skipped"
        #expect(a.warnings.map(\.description) == [warning])
        #expect(b.warnings.map(\.description) == [warning])
        #expect(ObservationExport.render(one, format: .jsonl) == ObservationExport.render(four, format: .jsonl))
        #expect(four.observations.map(\.id) == one.observations.map(\.id))
        #expect(four.observations.map(\.document) == one.observations.map(\.document))
        #expect(Set(four.observations.map(\.document)) == [0, 1])
    }

    static func key(_ text: String) -> DocumentKey { DocumentKey(articleText: text) }

    /// Ids are found whether a document numbers its observations 1, 2, 3… in order (as
    /// extraction does) or not, and numbers a document does not have are not found.
    @Test func observationsAreFoundByIdHoweverTheyAreNumbered() {
        let texts = ["d1", "d2", "d3", "d4", "d5"]
        func observation(_ document: Int, _ number: Int, _ value: Double) -> Observation {
            Observation(
                id: ObservationID(document: Self.key(texts[document - 1]), number: number), document: document - 1,
                metric: "指标\(value)", value: value, unit: "个", sector: .other)
        }
        let graph = IndicatorGraph()
        func document(_ number: Int) -> Document {
            Document(name: "d.txt", path: "d.txt", text: texts[number - 1], sentences: [])
        }
        graph.add(document(1), observations: [observation(1, 1, 10), observation(1, 2, 11), observation(1, 3, 12)])
        graph.add(document(2), observations: [observation(2, 5, 20), observation(2, 2, 21)])
        graph.add(document(3), observations: [])
        graph.add(document(4), observations: [observation(4, 1, 40), observation(4, 2, 41)])
        let found: [(Int, Int, Double?)] = [
            (1, 1, 10), (1, 3, 12), (2, 5, 20), (2, 2, 21), (4, 1, 40), (4, 2, 41),
            (1, 0, nil), (1, 4, nil), (2, 1, nil), (3, 1, nil), (4, 3, nil), (5, 1, nil),
        ]
        for (d, n, value) in found {
            #expect(
                graph.observation(ObservationID(document: Self.key(texts[d - 1]), number: n))?.value == value,
                "\(d):\(n)")
        }
        graph.compact()
        #expect(graph.observation(ObservationID(document: Self.key("d2"), number: 2))?.value == 21)
    }

    /// Two different texts whose keys agree: the one added later takes a salted key, its
    /// observations with it, and both are found by their ids.
    @Test func aTakenKeyIsSaltedForADifferentText() {
        let graph = IndicatorGraph()
        func observation(_ key: DocumentKey, _ number: Int, _ value: Double, growthOf: Int? = nil) -> Observation {
            Observation(
                id: ObservationID(document: key, number: number), metric: "指标", value: value, unit: "个",
                sector: .other, growthOf: growthOf.map { ObservationID(document: key, number: $0) })
        }
        // 甲's document is given 乙's key, as if their hashes agreed.
        graph.add(
            Document(name: "a.txt", path: "a.txt", text: "甲", key: Self.key("乙")),
            observations: [observation(Self.key("乙"), 1, 10)])
        let salted = DocumentKey(articleText: "乙", salt: 1)
        #expect(graph.freeKey(for: "乙") == salted)
        let index = graph.add(
            Document(name: "b.txt", path: "b.txt", text: "乙"),
            observations: [observation(Self.key("乙"), 1, 20), observation(Self.key("乙"), 2, 21, growthOf: 1)].map {
                $0.moved(toDocument: 1)
            })
        #expect(index == 1)
        #expect(graph.documents.map(\.key) == [Self.key("乙"), salted])
        #expect(graph.documentIndex(forKey: salted) == 1)
        #expect(graph.observation(ObservationID(document: Self.key("乙"), number: 1))?.value == 10)
        #expect(graph.observation(ObservationID(document: salted, number: 1))?.value == 20)
        #expect(
            graph.observation(ObservationID(document: salted, number: 2))?.growthOf
                == ObservationID(document: salted, number: 1))
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

    /// A file's name is the last component of its path as the file system cuts it, whatever the
    /// text: trailing slashes go, and a path that names no component is its own name.
    @Test(arguments: [
        ("Samples/长治市2025年民生实事.txt", "长治市2025年民生实事.txt"), ("a/b/c.txt", "c.txt"), ("c.txt", "c.txt"),
        ("dir/", "dir"), ("/dir//", "dir"), ("/", "/"), ("//", "//"), ("", ""), ("文章/\u{301}注.txt", "\u{301}注.txt"),
    ])
    func fileNameIsThePathsLastComponent(path: String, name: String) {
        #expect(SourceFiles.fileName(path) == name)
    }

    /// Keys are ordered as their letters are, though compared without making the letters.
    @Test func keysOrderAsTheirText() {
        let keys = (0..<300).map { DocumentKey(articleText: "文章\($0)") }
        for (a, b) in zip(keys, keys.shuffled()) {
            #expect((a < b) == (a.text < b.text))
            #expect((b < a) == (b.text < a.text))
        }
        let id = ObservationID(document: keys[0], number: 1234)
        #expect(id.description == keys[0].text + ":1234")
        #expect(id.derived.description == keys[0].text + ":1234d")
        #expect(ObservationID(id.derived.description) == id.derived)
    }
}
