import Foundation
import Testing

/// Every kind of input file a user may hand the tool, through the real binary: the message on
/// standard error (naming the file), the exit status, and what is still exported beside it.
@Suite(.serialized) struct InputFileTests {
    static let article = """
        2024年全市城镇新增就业4.82万人，增长3%。
        全市新增托育机构52家，千人口托位数达到4.5个。
        居家养老服务站点覆盖率达到62.9%。
        """

    /// A scratch folder, removed when the test ends.
    final class Scratch {
        let path: String

        init() throws {
            path =
                FileManager.default.temporaryDirectory.appendingPathComponent("zhibiao-input-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }

        deinit {
            _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path + "/dir/locked")
            try? FileManager.default.removeItem(atPath: path)
        }

        @discardableResult
        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let file = path + "/" + name
            try FileManager.default.createDirectory(
                atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            return file
        }
    }

    static func export(_ paths: [String]) throws -> (status: Int32, output: String, errors: String) {
        try ExportScoreTests.run(ExportScoreTests.binary.path, ["export", "--format", "jsonl"] + paths)
    }

    static func metrics(_ jsonl: String) -> [String] {
        jsonl.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["metric"] as? String
        }
    }

    static let expectedMetrics = ["城镇新增就业", "城镇新增就业增长", "新增托育机构", "千人口托位数", "居家养老服务站点覆盖率"]

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    /// One readable encoding of the article: exported as if it were UTF-8, without a message.
    struct Encoding: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var testDescription: String { name }
    }

    static let encodings: [Encoding] = [
        Encoding(name: "UTF-8", bytes: Array(article.utf8)),
        Encoding(name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array(article.utf8)),
        Encoding(name: "UTF-16LE with BOM", bytes: [0xFF, 0xFE] + utf16(article, bigEndian: false)),
        Encoding(name: "UTF-16BE with BOM", bytes: [0xFE, 0xFF] + utf16(article, bigEndian: true)),
        Encoding(name: "UTF-16LE without BOM", bytes: utf16(article, bigEndian: false)),
        Encoding(name: "UTF-16BE without BOM", bytes: utf16(article, bigEndian: true)),
        Encoding(name: "GB18030", bytes: Array(article.data(using: String.Encoding(rawValue: 0x8000_0632))!)),
    ]

    @Test(arguments: encodings) func readableEncodingsExportTheSameObservations(_ encoding: Encoding) throws {
        let scratch = try Scratch()
        let file = try scratch.write("article.txt", encoding.bytes)
        let (status, output, errors) = try Self.export([file])
        #expect(status == 0)
        #expect(errors == "")
        #expect(Self.metrics(output) == Self.expectedMetrics)
    }

    /// A file that cannot be read or decoded: its message, exit status 3, and the good file
    /// given beside it still exported.
    struct Unreadable: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]?
        var reason: String
        var testDescription: String { name }
    }

    static let unreadable: [Unreadable] = [
        Unreadable(
            name: "binary (an executable renamed .txt)",
            bytes: Array(
                FileManager.default.contents(atPath: ExportScoreTests.binary.path)
                    ?? Data([0x7F, 0x45, 0x4C, 0x46, 0, 0])),
            reason: "not a text file (binary content)"),
        Unreadable(
            name: "Latin-1", bytes: Array(repeating: Array("caf".utf8) + [0xE9, 0x20], count: 40).flatMap { $0 },
            reason: "not UTF-8, UTF-16 or GB18030 text; convert it to UTF-8 first"),
        Unreadable(name: "missing path", bytes: nil, reason: "no such file or folder"),
    ]

    @Test(arguments: unreadable) func unreadableFilesExitThreeNamingTheFileAndKeepTheRest(_ input: Unreadable) throws {
        let scratch = try Scratch()
        let good = try scratch.write("good.txt", Array(Self.article.utf8))
        let bad = scratch.path + "/bad.txt"
        if let bytes = input.bytes { try scratch.write("bad.txt", bytes) }
        let (status, output, errors) = try Self.export([bad, good])
        #expect(status == 3)
        #expect(errors == "zhibiao: \(bad): \(input.reason)\n")
        #expect(Self.metrics(output) == Self.expectedMetrics)
    }

    @Test func anEmptyFileIsAWarning() throws {
        let scratch = try Scratch()
        let file = try scratch.write("empty.txt", [])
        let (status, output, errors) = try Self.export([file])
        #expect(status == 0)
        #expect(output == "")
        #expect(errors == "zhibiao: warning: \(file): empty file\n")
    }

    @Test func invalidUTF8InAGoodFileKeepsWhatIsReadableAndSaysWhere() throws {
        let scratch = try Scratch()
        let lines = Self.article.split(separator: "\n").map { Array($0.utf8) }
        let file = try scratch.write(
            "mid.txt", lines[0] + [0x0A, 0xFF, 0xC0, 0x0A] + lines[1] + [0x0A] + lines[2] + [0x0A, 0xFE])
        let (status, output, errors) = try Self.export([file])
        #expect(status == 0)
        #expect(errors == "zhibiao: warning: \(file): invalid UTF-8 replaced on lines 2, 5\n")
        #expect(Self.metrics(output) == Self.expectedMetrics)
    }

    @Test func aLongSingleLineLoads() throws {
        let scratch = try Scratch()
        let sentence = "2024年全市城镇新增就业4.82万人，增长3%。全市新增托育机构52家。"
        let file = try scratch.write(
            "line.txt", Array(String(repeating: sentence, count: (1 << 20) / sentence.utf8.count).utf8))
        let clock = ContinuousClock()
        let start = clock.now
        let (status, output, errors) = try Self.export([file])
        #expect(clock.now - start < .seconds(60))
        #expect(status == 0)
        #expect(errors == "")
        #expect(Self.metrics(output) == ["城镇新增就业", "城镇新增就业增长", "新增托育机构"])
    }

    @Test func aFolderOfThousandsOfFilesLoads() throws {
        let scratch = try Scratch()
        for i in 1...2_000 { try scratch.write("many/f\(i).txt", Array("2024年全市城镇新增就业\(i)人。\n".utf8)) }
        let (status, output, errors) = try Self.export([scratch.path + "/many"])
        #expect(status == 0)
        #expect(errors == "")
        #expect(output.split(separator: "\n").count == 2_000)
    }

    @Test func aFolderWithUnreadableEntriesNamesEachAndLoadsTheRest() throws {
        let scratch = try Scratch()
        let dir = scratch.path + "/dir"
        try scratch.write("dir/a.txt", Array(Self.article.utf8))
        try FileManager.default.createSymbolicLink(atPath: dir + "/gone.txt", withDestinationPath: dir + "/nowhere.txt")
        #expect(mkfifo(dir + "/pipe.txt", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: dir + "/loop", withDestinationPath: dir)
        var expected = [
            "zhibiao: \(dir)/gone.txt: broken link (its target does not exist)",
            "zhibiao: \(dir)/pipe.txt: not a regular file",
        ]
        // chmod 000 keeps nothing from root (as in CI); a broken link and a pipe stand in there.
        if geteuid() != 0 {
            try scratch.write("dir/locked/b.txt", Array(Self.article.utf8))
            try scratch.write("dir/secret.txt", Array(Self.article.utf8))
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: dir + "/secret.txt")
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: dir + "/locked")
            expected.insert("zhibiao: \(dir)/locked: permission denied", at: 2)
            expected.append("zhibiao: \(dir)/secret.txt: permission denied")
        }
        let (status, output, errors) = try Self.export([dir])
        #expect(status == 3)
        #expect(errors == expected.joined(separator: "\n") + "\n")
        #expect(Self.metrics(output) == Self.expectedMetrics)
    }

    @Test func statementsRunOverWhatLoadedAndTheStatusIsThree() throws {
        let scratch = try Scratch()
        let good = try scratch.write("good.txt", Array(Self.article.utf8))
        let bad = try scratch.write("bad.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 0])
        let (status, output, errors) = try ExportScoreTests.run(
            ExportScoreTests.binary.path, ["-e", "list docs", "--format", "csv", "--load", bad, good])
        #expect(status == 3)
        #expect(errors == "error: \(bad): not a text file (binary content)\n")
        #expect(output.contains("good.txt"))
        #expect(!output.contains("bad.txt"))
    }

    @Test func aBinaryScriptExitsThree() throws {
        let scratch = try Scratch()
        let script = try scratch.write("script.zq", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 0])
        let (status, _, errors) = try ExportScoreTests.run(ExportScoreTests.binary.path, [script])
        #expect(status == 3)
        #expect(errors == "error: cannot read \(script): not a text file (binary content)\n")
    }
}
