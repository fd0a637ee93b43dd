import Glibc
import Testing

@testable import ZhibiaoShell

@Suite struct PlainReaderTests {
    /// Reads every line of a file holding `bytes`.
    func lines(of bytes: [UInt8]) throws -> [String] {
        let folder = TemporaryFolder()
        let fd = open(folder.file("input"), O_RDWR | O_CREAT, 0o600)
        defer { close(fd) }
        _ = FileSystem.writeAll(fd, bytes)
        lseek(fd, 0, SEEK_SET)
        let reader = PlainReader(fd: fd)
        var lines: [String] = []
        while let line = try reader.readLine(prompt: "ignored> ") { lines.append(line) }
        return lines
    }

    @Test func splitsLinesAndKeepsTheLastWithoutNewline() throws {
        #expect(
            try lines(of: Array("show employment\r\n\nfind \"就业\"\ncheck".utf8))
                == ["show employment", "", "find \"就业\"", "check"])
    }

    @Test func veryLongLinesArriveWhole() throws {
        let long = String(repeating: "城镇新增就业", count: 200_000)
        let result = try lines(of: Array((long + "\nshort\n").utf8))
        #expect(result.count == 2)
        #expect(result[0] == long)
        #expect(result[1] == "short")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        #expect(try lines(of: [0x61, 0xFF, 0xFE, 0x62, 0x0A, 0xE5, 0xB0]) == ["a\u{FFFD}\u{FFFD}b", "\u{FFFD}"])
    }
}
