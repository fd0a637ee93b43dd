import Glibc
import Testing
import ZhibiaoCore

@testable import ZhibiaoShell

@Suite struct HistoryTests {
    @Test(
        arguments: [
            ("show employment", nil, "show employment"),
            ("show employment", "show employment", nil),
            (" show employment", nil, nil),
            ("\tsecret", nil, nil),
            ("", nil, nil),
            ("show employment  \n", nil, "show employment"),
            ("compare employment,\nchildcare", "compare employment,", "compare employment,\nchildcare"),
            ("find \"就业\"", "show employment", "find \"就业\""),
        ] as [(String, String?, String?)])
    func policy(text: String, previous: String?, kept: String?) {
        #expect(HistoryPolicy.entry(for: text, after: previous) == kept)
    }

    @Test func fileFormatKeepsMultiLineEntriesAndBackslashes() throws {
        let entries = ["show employment", "compare employment,\nchildcare", #"find "a\nb""#, "find \"就业\""]
        let bytes = HistoryFileFormat.encode(entries)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "show employment\ncompare employment,\\nchildcare\nfind \"a\\\\nb\"\nfind \"就业\"\n")
        #expect(try HistoryFileFormat.decode(bytes) == entries)
    }

    @Test func binaryOrNonUTF8IsCorrupt() {
        #expect(throws: HistoryFileFormat.Corrupt.self) { try HistoryFileFormat.decode([0x73, 0x00, 0x0A]) }
        #expect(throws: HistoryFileFormat.Corrupt.self) { try HistoryFileFormat.decode([0xC4, 0xE3, 0x0A]) }
    }

    @Test func entriesAreWrittenAfterEachAddWithMode0600() {
        let folder = TemporaryFolder()
        var warnings: [String] = []
        let store = HistoryStore(path: folder.file("history")) { warnings.append($0) }
        store.add("show employment")
        #expect(folder.read("history") == "show employment\n")
        store.add("show employment")
        store.add(" hidden")
        store.add("compare employment,\nchildcare")
        #expect(folder.read("history") == "show employment\ncompare employment,\\nchildcare\n")
        #expect(folder.mode("history") == 0o600)
        #expect(store.entries == ["show employment", "compare employment,\nchildcare"])
        #expect(warnings == [])
        #expect(DirectoryEntry.list(folder.path).map(\.name) == ["history"])
    }

    @Test func twoShellsMergeTheirEntries() {
        let folder = TemporaryFolder()
        let first = HistoryStore(path: folder.file("history")) { _ in }
        let second = HistoryStore(path: folder.file("history")) { _ in }
        first.add("show employment")
        second.add("list sectors")
        first.add("check")
        #expect(folder.read("history") == "show employment\nlist sectors\ncheck\n")
        let third = HistoryStore(path: folder.file("history")) { _ in }
        #expect(third.entries == ["show employment", "list sectors", "check"])
    }

    @Test func oldEntriesBeyondTheLimitAreDropped() {
        let folder = TemporaryFolder()
        let store = HistoryStore(path: folder.file("history"), limit: 2) { _ in }
        for entry in ["one", "two", "three"] { store.add(entry) }
        #expect(folder.read("history") == "two\nthree\n")
        #expect(store.entries == ["two", "three"])
    }

    @Test func unwritableFileWarnsOnceAndKeepsHistoryInMemory() {
        let folder = TemporaryFolder()
        var warnings: [String] = []
        let path = folder.file("missing/history")
        let store = HistoryStore(path: path) { warnings.append($0) }
        store.add("show employment")
        store.add("check")
        #expect(
            warnings == [
                "warning: history file \(path): cannot create it (no such file or folder); history is kept for this session only"
            ])
        #expect(store.entries == ["show employment", "check"])
    }

    @Test func corruptFileWarnsOnceAndIsNotOverwritten() throws {
        let folder = TemporaryFolder()
        let fd = open(folder.file("history"), O_WRONLY | O_CREAT, 0o600)
        _ = FileSystem.writeAll(fd, [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])
        close(fd)
        var warnings: [String] = []
        let store = HistoryStore(path: folder.file("history")) { warnings.append($0) }
        store.add("show employment")
        #expect(
            warnings == [
                "warning: history file \(folder.file("history")): it does not look like a zhibiao history file; history is kept for this session only"
            ])
        #expect(store.entries == ["show employment"])
        #expect(try SourceFiles.read(folder.file("history")).count == 6)
    }
}
