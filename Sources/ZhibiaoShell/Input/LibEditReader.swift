import CLibEdit
import Glibc

/// Reads lines on a terminal with libedit's native API: emacs keys, UTF-8 editing, history
/// (Up, Ctrl-R), Tab completion. Ctrl-C makes `readLine` throw; Ctrl-D on an empty line ends
/// the input.
final class LibEditReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let state: LibEditState

    /// Prepares the terminal. `historyEntries` seed the Up arrow; `complete` answers Tab.
    /// Returns nil when libedit cannot start (no usable terminal).
    init?(
        historyEntries: [String], input: UnsafeMutablePointer<FILE>?, output: UnsafeMutablePointer<FILE>?,
        complete: @escaping (String) -> CompletionResult
    ) {
        Locale.prepare()
        guard let input, let output, let editLine = el_init("zhibiao", input, output, output) else { return nil }
        guard let history = history_init() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.state = LibEditState(output: output, complete: complete)
        zb_history_setsize(history, 2000)
        zb_history_setunique(history, 1)
        for entry in historyEntries { zb_history_enter(history, entry) }
        zb_el_set_clientdata(editLine, Unmanaged.passUnretained(state).toOpaque())
        zb_el_set_editor(editLine, "emacs")
        zb_el_set_prompt(editLine, promptFunction)
        zb_el_set_history(editLine, history)
        // With EL_SIGNAL libedit restores the terminal before our SIGINT handler runs and
        // redraws after SIGWINCH and SIGCONT.
        zb_el_set_signal(editLine, 1)
        zb_el_add_function(editLine, "zb-complete", "Complete the word before the cursor", completeFunction)
        zb_el_bind(editLine, "^I", "zb-complete")
        zb_el_bind(editLine, "^R", "em-inc-search-prev")
    }

    deinit {
        el_end(editLine)
        history_end(history)
    }

    func readLine(prompt: String) throws(LineInterrupted) -> String? {
        state.prompt = prompt
        Interrupt.clear()
        var count: Int32 = 0
        errno = 0
        guard let line = el_gets(editLine, &count) else {
            if count < 0 && (errno == EINTR || Interrupt.isRequested) {
                Interrupt.clear()
                fputs("^C\n", state.output)
                fflush(state.output)
                throw LineInterrupted()
            }
            return nil
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    func remember(_ entry: String) {
        zb_history_enter(history, entry)
    }
}

/// What libedit's C callbacks need, reached through `EL_CLIENTDATA` so no global is needed.
final class LibEditState {
    let output: UnsafeMutablePointer<FILE>
    let complete: (String) -> CompletionResult
    /// The line at the last ambiguous Tab: a second Tab on the same line lists the candidates.
    var lastAmbiguousLine: String?
    private var promptStorage: UnsafeMutablePointer<CChar> = strdup("")

    init(output: UnsafeMutablePointer<FILE>, complete: @escaping (String) -> CompletionResult) {
        self.output = output
        self.complete = complete
    }

    deinit { free(promptStorage) }

    var prompt: String {
        get { String(cString: promptStorage) }
        set {
            free(promptStorage)
            promptStorage = strdup(newValue)
        }
    }

    var promptPointer: UnsafeMutablePointer<CChar> { promptStorage }

    static func from(_ editLine: OpaquePointer?) -> LibEditState? {
        guard let editLine, let data = zb_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LibEditState>.fromOpaque(data).takeUnretainedValue()
    }
}

private let promptFunction: zb_prompt_fn = { editLine in
    LibEditState.from(editLine)?.promptPointer
}

private let completeFunction: zb_command_fn = { editLine, _ in
    guard let editLine, let state = LibEditState.from(editLine) else { return UInt8(CC_ERROR) }
    return TabKey.press(editLine, state)
}

/// The process locale: the user's, so that libedit edits multibyte text, but always with a
/// UTF-8 character type (Chinese input must work under a bare `LANG=C`) and C number format.
enum Locale {
    static func prepare() {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            _ = setlocale(LC_CTYPE, "C.UTF-8") ?? setlocale(LC_CTYPE, "en_US.UTF-8")
        }
        setlocale(LC_NUMERIC, "C")
    }
}
