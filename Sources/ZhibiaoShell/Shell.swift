import ZhibiaoCore

/// Options the command line passes to the interactive shell.
public struct ShellOptions: Sendable {
    public var loadPaths: [String]
    public var readRC: Bool

    public init(loadPaths: [String], readRC: Bool = true) {
        self.loadPaths = loadPaths
        self.readRC = readRC
    }
}

/// The interactive shell: reads statements and dot-commands, runs them, prints answers.
public struct Shell {
    public var options: ShellOptions

    public init(options: ShellOptions) {
        self.options = options
    }

    /// Runs until the user leaves; returns the process exit status.
    public func run() -> Int32 {
        0
    }
}
