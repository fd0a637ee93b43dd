import Glibc
import Synchronization

// The signal handler can only reach globals. An atomic is async-signal-safe and needs no lock,
// so this one global is shared between the handler and the rest of the process.
private let interruptCount = Atomic<Int>(0)

/// Ctrl-C. The shell installs a SIGINT handler without `SA_RESTART`, so a blocked `read` (and
/// libedit's `el_gets`) returns with `EINTR` and the shell can drop the line being typed
/// instead of leaving.
///
/// A long-running statement can poll `Interrupt.isRequested` to stop early: the shell clears
/// the flag before each statement and after handling an interruption.
public enum Interrupt {
    /// Whether Ctrl-C was pressed since the flag was last cleared.
    public static var isRequested: Bool { interruptCount.load(ordering: .relaxed) > 0 }

    /// Forgets earlier presses.
    public static func clear() { interruptCount.store(0, ordering: .relaxed) }

    /// Clears the flag and says whether it was set.
    static func consume() -> Bool { interruptCount.exchange(0, ordering: .relaxed) > 0 }

    /// Installs the handler. Only interactive sessions call this: in a pipe, Ctrl-C should end
    /// the process as it does for any filter.
    static func installHandler() {
        clear()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            interruptCount.add(1, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: the interrupted read must fail with EINTR rather than resume.
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have left SIGINT blocked (some launchers and test runners do); Ctrl-C
        // must still reach the prompt.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// Runs `body` with `signals` ignored, then puts back what was there before: while a
    /// pager runs, Ctrl-C is the pager's, and must neither end the shell nor count as an
    /// interruption of the next statement.
    static func ignoring<T>(_ signals: Int32..., body: () -> T) -> T {
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        var previous = signals.map { _ in sigaction() }
        for (index, signal) in signals.enumerated() { sigaction(signal, &ignore, &previous[index]) }
        defer {
            for (index, signal) in signals.enumerated() { sigaction(signal, &previous[index], nil) }
        }
        return body()
    }

    /// Marks an interruption without a signal (tests, and readers that see EINTR first).
    static func raise() { interruptCount.add(1, ordering: .relaxed) }
}
