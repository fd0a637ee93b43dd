import Foundation
import Testing

/// The rc file, `.show` and `.echo` in a real terminal (tmux).
@Suite(.serialized, .enabled(if: Built.tmux != nil, "tmux is not installed (run .ci/setup); terminal tests skipped"))
final class TerminalScriptTests {
    let folder = NSTemporaryDirectory() + "zhibiao-terminal-script-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func theRcFileRunsAtStartAndTypedLinesAreNotEchoed() throws {
        try ".mode csv\n.echo on\n".write(toFile: folder + "/rc", atomically: true, encoding: .utf8)
        try "list years\n".write(toFile: folder + "/years.zq", atomically: true, encoding: .utf8)
        let shell = try TerminalSession(environment: [
            "ZHIBIAO_HISTORY": folder + "/history", "ZHIBIAORC": folder + "/rc",
        ])
        let start = try shell.wait { $0.last == "zhibiao>" }
        #expect(start == [Built.banner, "zhibiao>"])
        let years = Built.samples.byYear.keys.sorted().map { "\($0),\(Built.samples.byYear[$0]!.count)" }
        #expect(
            try shell.enter("list years") == start.dropLast() + ["zhibiao> list years", "year,observations"] + years + [
                "zhibiao>"
            ])
        let read = try shell.enter(".read \(folder)/years.zq")
        #expect(
            Array(read.suffix(years.count + 4)) == [
                "zhibiao> .read \(folder)/years.zq", "list years", "year,observations",
            ] + years + ["zhibiao>"])
        let show = try shell.enter(".show")
        #expect(
            Array(show.suffix(11)) == [
                "zhibiao> .show", "    mode: csv", "  output: stdout", "   timer: off", "    bail: off",
                "   color: auto", "    echo: on", "expanded: off", "   pager: auto", " history: \(folder)/history",
                "zhibiao>",
            ])
    }
}
