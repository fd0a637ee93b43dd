import ZhibiaoCore

/// What the command line decides for the shell. Every field but `loadPaths` has a default, so
/// `ShellOptions(loadPaths: ["Samples"])` starts the ordinary interactive shell.
public struct ShellOptions: Sendable {
    /// Articles (files or folders of `.txt`) loaded at start.
    public var loadPaths: [String]
    /// Whether `loadPaths` were named (`--load`) rather than the default corpus: `.save` then
    /// writes them, as the articles a replay loads instead of its own default.
    public var loadPathsGiven: Bool
    /// The store to open or make (`--db`): the graph is read from it, and loads go into it.
    public var databasePath: String?
    /// Whether to run the rc file at start (`--norc` sets false).
    public var readRC: Bool
    /// The rc file; nil means `$ZHIBIAORC`, else `~/.zhibiaorc`.
    public var rcPath: String?
    /// The history file; nil means `$ZHIBIAO_HISTORY`, else `~/.zhibiao_history`.
    public var historyPath: String?
    /// The output format at start (`--format`).
    public var format: OutputFormat
    /// The colour setting at start; `.auto` follows the terminal, `NO_COLOR` and `TERM`.
    public var color: ColorMode
    /// Texts to run instead of reading input (`-e`), each as a small script: statements and
    /// dot-commands, one a line (statements may also be separated by `;`).
    public var statements: [String]
    /// Script files to run instead of reading input, after `statements`.
    public var scripts: [String]
    /// Whether statements and scripts go on after a failure (`--keep-going`).
    public var keepGoing: Bool

    public init(
        loadPaths: [String], readRC: Bool = true, rcPath: String? = nil, historyPath: String? = nil,
        format: OutputFormat = .table, color: ColorMode = .auto, statements: [String] = [],
        scripts: [String] = [], keepGoing: Bool = false, loadPathsGiven: Bool = false, databasePath: String? = nil
    ) {
        self.databasePath = databasePath
        self.loadPaths = loadPaths
        self.loadPathsGiven = loadPathsGiven
        self.readRC = readRC
        self.rcPath = rcPath
        self.historyPath = historyPath
        self.format = format
        self.color = color
        self.statements = statements
        self.scripts = scripts
        self.keepGoing = keepGoing
    }

    /// What the shell says when it starts with nothing to load (no `--load`, no Samples/ in the
    /// current folder).
    public static let emptyHint =
        "no articles loaded (no Samples/ here): .load PATH in the shell, or start with --load PATH"

    /// Whether the shell runs `statements` and `scripts` and exits rather than reading input.
    var isBatch: Bool { !statements.isEmpty || !scripts.isEmpty }

    func resolvedRCPath(environment: (String) -> String?) -> String? {
        if let rcPath { return rcPath }
        if let path = environment("ZHIBIAORC"), !path.isEmpty { return path }
        return FileSystem.homeDirectory.map { $0 + "/.zhibiaorc" }
    }
}
