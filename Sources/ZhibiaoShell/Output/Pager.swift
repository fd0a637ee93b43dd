import Glibc

/// `.pager auto|on|off`: whether answers on a terminal go through a pager. `auto` pages an
/// answer taller than the screen; `on` pages every answer; `off` never pages.
public enum PagerMode: String, CaseIterable, Sendable {
    case auto, on, off
}

/// Runs a pager as a child process with an answer on its standard input, and waits for it.
enum Pager {
    /// Used when neither `$ZHIBIAO_PAGER` nor `$PAGER` is set: quits at once when the answer
    /// fits one screen (-F), passes colours through (-R), leaves the answer on the screen (-X).
    static let standardCommand = "less -FRX"

    /// The pager command: `$ZHIBIAO_PAGER`, else `$PAGER`, else `less -FRX`. A variable set
    /// to the empty string means no pager.
    static func command(environment: (String) -> String?) -> String? {
        guard let command = environment("ZHIBIAO_PAGER") ?? environment("PAGER") else { return standardCommand }
        return command.allSatisfy(\.isWhitespace) ? nil : command
    }

    /// Why the pager did not show the answer.
    struct Failure: Error, Equatable {
        var reason: String
    }

    /// Runs `command` through `/bin/sh -c` (so it may hold arguments) with `text` on its
    /// standard input and `output` as its standard output, and waits until it ends. While it
    /// runs, Ctrl-C is the pager's: the shell ignores SIGINT, and a pager that quits before
    /// reading everything (SIGPIPE) ends nothing but the writing.
    static func run(_ command: String, text: String, output: Int32 = STDOUT_FILENO) -> Result<Void, Failure> {
        if isMissing(command, path: Terminal.environment("PATH")) {
            return .failure(Failure(reason: "command not found"))
        }
        var fds: [Int32] = [0, 0]
        // Close-on-exec: the pager must not hold the writing end, or it would never see the end.
        guard pipe(&fds) == 0 else { return .failure(Failure(reason: FileSystem.systemReason())) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        if output != STDOUT_FILENO { posix_spawn_file_actions_adddup2(&actions, output, 1) }
        // The pager starts with the signals a program expects, whatever the shell does with them.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP] { sigaddset(&defaults, signal) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        return Interrupt.ignoring(SIGINT, SIGPIPE) {
            let arguments: [String] = ["/bin/sh", "-c", command]
            let argv = arguments.map { strdup($0) } + [nil]
            defer { for pointer in argv { free(pointer) } }
            var pid = pid_t()
            let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
            close(fds[0])
            guard spawned == 0 else {
                close(fds[1])
                return .failure(Failure(reason: String(cString: strerror(spawned))))
            }
            // A pager that quits early closes the pipe: the rest of the answer is not wanted.
            _ = FileSystem.writeAll(fds[1], Array(text.utf8))
            close(fds[1])
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let exited = status & 0x7F == 0
            let code = (status >> 8) & 0xFF
            // 126 and 127 are the shell's: the command could not be run or was not found.
            if exited && (code == 126 || code == 127) {
                return .failure(Failure(reason: code == 127 ? "command not found" : "cannot be run"))
            }
            return .success(())
        }
    }

    /// Whether the command's program is a plain name found nowhere on `path` (or a path to
    /// nothing runnable). Then the pager is not started, so that the one warning is the shell's
    /// own and not also `/bin/sh`'s "not found". Commands that start with anything else (a
    /// builtin, an assignment, quotes) are left to `/bin/sh`, and its exit status 127.
    static func isMissing(_ command: String, path: String?) -> Bool {
        guard let word = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init),
            word.allSatisfy({ $0.isLetter || $0.isNumber || "-_.+/".contains($0) }),
            !shellWords.contains(word)
        else { return false }
        if word.contains("/") { return access(word, X_OK) != 0 }
        let directories = (path ?? "/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: false)
        return !directories.contains { access((($0.isEmpty ? "." : String($0)) + "/" + word), X_OK) == 0 }
    }

    /// Words `/bin/sh` runs itself rather than look up on `$PATH`.
    private static let shellWords: Set<String> = [
        ".", "break", "cd", "command", "continue", "eval", "exec", "exit", "export", "for", "if", "read",
        "readonly", "return", "set", "shift", "test", "times", "trap", "unset", "until", "while",
    ]
}
