import Glibc
import ZhibiaoCore
import ZhibiaoStore

/// Opens stores and loads articles through them for the shell (`--db`, `.open`, `.load` while
/// a store is open): shows progress on a terminal and reports on standard error what was
/// extracted again, removed or could not be read.
struct StoreLoader {
    var errors: TextSink
    var showProgress: Bool
    var isCancelled: () -> Bool = { Interrupt.isRequested }

    /// Opens the store at `path` and reads its graph, then brings both up to date with the
    /// paths it loaded and `adding`. Nothing of `graph` changes unless all of that succeeds:
    /// it then takes the store's documents in place of its own.
    func open(_ path: String, adding: [String], into graph: IndicatorGraph) throws(StoreError) -> (Store, StoreUpdate) {
        let store = try Store.open(path)
        let read = try store.readGraph()
        if let version = store.rebuiltFrom {
            errors.write(
                "note: \(TerminalText.escape(path)) was a store of format \(version); made again in format "
                    + "\(Store.formatVersion), its articles extracted again\n")
        }
        let update = try self.update(store, read, adding: adding, replacing: false)
        graph.replaceContents(with: read)
        return (store, update)
    }

    /// Loads `paths` into the open store and `graph` (`.load`).
    func load(_ paths: [String], replacing: Bool, store: Store, graph: IndicatorGraph) throws(StoreError) -> StoreUpdate
    {
        try update(store, graph, adding: paths, replacing: replacing)
    }

    private func update(
        _ store: Store, _ graph: IndicatorGraph, adding: [String], replacing: Bool
    ) throws(StoreError)
        -> StoreUpdate
    {
        let errors = self.errors
        var shown = false
        let progress = StoreProgress(
            report: { done, total, path in
                // Only a load of several chunks shows a line: a small one is done at once.
                guard showProgress, total > Loader.processorCount * 32 else { return }
                shown = true
                let line = "loading \(done)/\(total): \(SourceFiles.fileName(path))"
                let width = max(20, Terminal.columns(STDERR_FILENO) - 1)
                errors.write("\r" + DisplayWidth.truncated(TerminalText.escape(line), to: width) + "\u{1B}[K")
            }, isCancelled: isCancelled)
        defer { if shown { errors.write("\r\u{1B}[K") } }
        let update = try store.update(
            graph, adding: adding.map(FileSystem.expandTilde), replacing: replacing, progress: progress)
        report(update)
        return update
    }

    /// Says what changed besides new articles, then the problems.
    private func report(_ update: StoreUpdate) {
        for (path, reason) in update.reextracted {
            errors.write("extracted again: \(TerminalText.escape(path)) (\(TerminalText.escape(reason)))\n")
        }
        for (path, count) in update.removed {
            errors.write(
                "removed: \(TerminalText.escape(path)) (its file is gone; \(count) observation\(count == 1 ? "" : "s"))\n"
            )
        }
        for path in update.missingPaths {
            errors.write("note: \(TerminalText.escape(path)) is no longer there; its articles are kept as stored\n")
        }
        for problem in update.load.errors { errors.write("error: \(TerminalText.escape(problem.description))\n") }
        for problem in update.load.warnings { errors.write("warning: \(TerminalText.escape(problem.description))\n") }
    }
}
