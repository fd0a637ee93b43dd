import Glibc
import ZhibiaoCore

/// Loads articles into the graph for the shell: skips files already loaded, shows a progress
/// line for large loads on a terminal, and reports problems on standard error.
struct CorpusLoader {
    /// Loads above this many bytes show progress.
    static let progressThreshold = 8 << 20

    var errors: TextSink
    var showProgress: Bool

    /// Adds `paths` to `graph`; returns the report (with already-loaded files as warnings).
    @discardableResult
    func load(_ paths: [String], into graph: IndicatorGraph) -> LoadReport {
        let expanded = SourceFiles.expand(paths.map(FileSystem.expandTilde))
        var report = LoadReport()
        report.errors = expanded.errors
        var files: [String] = []
        var seen = Set(graph.documents.map(\.path))
        for file in expanded.files {
            if !seen.insert(file).inserted {
                report.warnings.append(InputError(path: file, reason: "already loaded; skipped"))
            } else {
                files.append(file)
            }
        }
        let progress = showProgress && totalSize(files) > Self.progressThreshold
        let loader = Loader()
        // Chunks of a few of the loader's batches (8 files a core): extraction runs in parallel
        // within a batch, and between chunks the progress line moves and Ctrl-C is heard. A chunk
        // smaller than a batch left cores idle at every chunk's end.
        let chunk = Loader.processorCount * 32
        var index = 0
        while index < files.count {
            if Interrupt.isRequested {
                report.warnings.append(
                    InputError(
                        path: files[index], reason: "loading interrupted; \(index) of \(files.count) files loaded"))
                break
            }
            let part = Array(files[index..<min(files.count, index + chunk)])
            if progress {
                // Cut to the terminal's width, less one column: a line that wrapped could not be
                // written over by the next.
                let line = "loading \(index + part.count)/\(files.count): \(SourceFiles.fileName(part[0]))"
                let width = max(20, Terminal.columns(STDERR_FILENO) - 1)
                errors.write("\r" + DisplayWidth.truncated(TerminalText.escape(line), to: width) + "\u{1B}[K")
            }
            // Compacted once below: compacting after every chunk copied the whole graph each
            // time, which made a load of many small files grow with the square of their number.
            let loaded = loader.load(part, into: graph, compacting: false)
            report.documentsAdded += loaded.documentsAdded
            report.observationsAdded += loaded.observationsAdded
            report.errors += loaded.errors
            report.warnings += loaded.warnings
            index += part.count
        }
        if report.documentsAdded > 0 { graph.compact() }
        if progress { errors.write("\r\u{1B}[K") }
        for problem in report.errors { errors.write("error: \(TerminalText.escape(problem.description))\n") }
        for problem in report.warnings { errors.write("warning: \(TerminalText.escape(problem.description))\n") }
        return report
    }

    private func totalSize(_ files: [String]) -> Int {
        files.reduce(0) { sum, file in
            var info = stat()
            return sum + (stat(file, &info) == 0 ? Int(info.st_size) : 0)
        }
    }
}

extension LoadReport {
    /// `2 documents, 143 observations`
    var summary: String {
        "\(documentsAdded) document\(documentsAdded == 1 ? "" : "s"), "
            + "\(observationsAdded) observation\(observationsAdded == 1 ? "" : "s")"
    }
}
