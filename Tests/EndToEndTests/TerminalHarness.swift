import Foundation
import ZhibiaoCore

/// Finds the built `zhibiao` next to the test bundle, and the package root for `Samples`.
enum Built {
    static var binary: String? {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        let path = URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("zhibiao").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// The sample corpus as the library loads it, to state what the shell should show
    /// without repeating the extractor's current counts.
    static let samples: IndicatorGraph = {
        let graph = IndicatorGraph()
        _ = Loader().load([packageRoot + "/Samples"], into: graph)
        return graph
    }()

    static var banner: String {
        let count = samples.observations.count
        return "zhibiao — 2 documents, \(count) observation\(count == 1 ? "" : "s"). .help for help."
    }

    /// The `.docs` rows in csv: doc, key, name, characters, paragraphs, observations.
    static var docsCSV: [String] {
        samples.documents.enumerated().map { index, document in
            "\(index + 1),\(document.key),\(document.name),\(document.characterCount),\(document.paragraphCount),"
                + "\(samples.byDocument[index]?.count ?? 0)"
        }
    }

    static var tmux: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program to completion; returns its exit status, standard output and error.
    /// Uses posix_spawn directly: the child gets only standard input, output and error, so a
    /// daemon it leaves behind (the tmux server) holds none of the test runner's pipes.
    @discardableResult
    static func run(
        _ program: String, _ arguments: [String], input: String? = nil,
        environment: [String: String]? = nil, directory: String? = nil, capture: Bool = true
    ) throws
        -> (status: Int32, output: String, errors: String)
    {
        var inputPipe = [Int32](repeating: 0, count: 2)
        var outputPipe = [Int32](repeating: 0, count: 2)
        var errorPipe = [Int32](repeating: 0, count: 2)
        guard pipe(&inputPipe) == 0, pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else { throw SpawnFailed() }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        markDescriptorsCloseOnExec()
        // posix_spawn has no portable chdir action; a shell changes folder, then execs.
        let command =
            directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, program] + arguments }
            ?? [program] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + env { free(pointer) }
        }
        // The runner's threads may block or ignore signals; the child starts with defaults.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes, argv, env)
        for fd in [inputPipe[0], outputPipe[1], errorPipe[1]] { close(fd) }
        guard spawned == 0 else {
            for fd in [inputPipe[1], outputPipe[0], errorPipe[0]] { close(fd) }
            throw SpawnFailed()
        }
        let bytes = Array((input ?? "").utf8)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(inputPipe[1], raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
        close(inputPipe[1])
        let output = readAll(outputPipe[0])
        let errors = readAll(errorPipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exit, output, errors)
    }

    /// Every descriptor above standard error closes in spawned children.
    private static func markDescriptorsCloseOnExec() {
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in fds.compactMap(Int32.init) where fd > 2 {
            _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC)
        }
    }

    private static func readAll(_ fd: Int32) -> String {
        defer { close(fd) }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            data += chunk[0..<n]
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct SpawnFailed: Error {}
}

/// `zhibiao` running in a private tmux server: keys go in, the screen comes out.
final class TerminalSession {
    private static let counter = Counter()
    let socket: String
    private let tmux: String

    /// Starts the binary in a pane of `columns` × `rows` (120×40 unless said) with
    /// `environment` added to a clean one; the pane stays after the program ends so its exit
    /// status can be read. It starts in `directory`, the package root unless given.
    init(
        environment: [String: String], columns: Int = 120, rows: Int = 40, directory: String = Built.packageRoot
    ) throws {
        guard let tmux = Built.tmux, let binary = Built.binary else { throw Unavailable() }
        self.tmux = tmux
        socket = "zhibiao-test-\(getpid())-\(Self.counter.next())"
        var env = [
            "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "TERM": "xterm-256color", "LANG": "C.UTF-8",
        ]
        env.merge(environment) { $1 }
        let command =
            "env -i " + env.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
            + " '\(binary)'"
        try Built.run(
            tmux,
            [
                "-u", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "zb", "-x", String(columns), "-y",
                String(rows),
                "-c", directory, command, ";", "set-option", "-g", "remain-on-exit", "on",
            ], capture: false)
    }

    deinit {
        _ = try? Built.run(tmux, ["-L", socket, "kill-server"])
    }

    struct Unavailable: Error {}

    /// Copies everything the program writes to the pane from now on into `file`, escapes and
    /// carriage returns included: what was drawn and drawn over, not only what stays.
    func record(to file: String) throws {
        try Built.run(tmux, ["-L", socket, "pipe-pane", "-t", "zb", "-o", "cat >> '\(file)'"])
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try Built.run(tmux, ["-L", socket, "send-keys", "-t", "zb", "-l", text])
    }

    /// Presses named keys: Enter, Tab, Up, Left, C-c, C-d, C-r.
    func press(_ keys: String...) throws {
        try Built.run(tmux, ["-L", socket, "send-keys", "-t", "zb"] + keys)
    }

    /// Types a line, presses Enter and waits for the next prompt, so that nothing is typed
    /// ahead while the shell is busy (the terminal would echo it out of place).
    /// Prompts are counted over everything shown, so that an answer taller than the screen,
    /// which scrolls earlier prompts away, is waited for too.
    @discardableResult
    func enter(_ line: String) throws -> [String] {
        let prompts = try transcript().filter { $0.hasPrefix("zhibiao>") }.count
        try type(line)
        try press("Enter")
        let deadline = Date().addingTimeInterval(Self.patience)
        while Date() < deadline {
            let shown = try transcript()
            if shown.last == "zhibiao>" && shown.filter({ $0.hasPrefix("zhibiao>") }).count > prompts { break }
            usleep(50_000)
        }
        return try lines()
    }

    /// The visible screen; with `escapes`, including its colours as escape sequences.
    func screen(escapes: Bool = false) throws -> String {
        try Built.run(tmux, ["-L", socket, "capture-pane", "-p", "-t", "zb"] + (escapes ? ["-e"] : [])).output
    }

    /// Everything the pane has shown, scrolled off or not, one line per line the program wrote:
    /// a line the terminal wrapped comes back whole (`-J`), so its width shows the wrapping.
    func transcript() throws -> [String] {
        let text = try Built.run(tmux, ["-L", socket, "capture-pane", "-p", "-J", "-S", "-", "-t", "zb"]).output
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The screen's lines without trailing blanks.
    func lines() throws -> [String] {
        var lines = try screen().split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// How long `enter` and `wait` wait for what they wait for before the test reads the screen
    /// as it stands. A passing test waits only as long as the shell takes; the bound is generous
    /// because the suite runs its terminal tests beside other tests on two cores, where a debug
    /// binary loading an article has been seen to take more than ten seconds. (`waitForExit`
    /// keeps ten: tmux sometimes never reports a status, and the tests then read none.)
    static let patience: TimeInterval = 30

    /// Waits (up to `patience`) until `condition` holds for the screen's lines; returns them.
    @discardableResult
    func wait(until condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(Self.patience)
        var lines = try self.lines()
        while !condition(lines) && Date() < deadline {
            usleep(50_000)
            lines = try self.lines()
        }
        return lines
    }

    /// "dead status" once the program has ended, "" while it runs.
    func exitStatus() throws -> String? {
        let text = try Built.run(
            tmux,
            [
                "-L", socket, "display-message", "-p", "-t", "zb",
                "#{pane_dead} #{pane_dead_status}#{?pane_dead_signal,signal #{pane_dead_signal},}",
            ]
        ).output
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 1)
        return parts.first == "1" ? parts.dropFirst().first.map(String.init) ?? "" : nil
    }

    /// The exit status once known: tmux marks the pane dead when the terminal closes, and
    /// learns the status a moment later.
    func waitForExit() throws -> String? {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let status = try exitStatus(), !status.isEmpty { return status }
            usleep(50_000)
        }
        return try exitStatus()
    }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func next() -> Int {
            lock.withLock {
                value += 1
                return value
            }
        }
    }
}
