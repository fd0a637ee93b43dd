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
        let loaded = Set(graph.documents.map(\.path))
        var files: [String] = []
        for file in expanded.files {
            if loaded.contains(file) || files.contains(file) {
                report.warnings.append(InputError(path: file, reason: "already loaded; skipped"))
            } else {
                files.append(file)
            }
        }
        let progress = showProgress && totalSize(files) > Self.progressThreshold
        let loader = Loader()
        for (index, file) in files.enumerated() {
            if Interrupt.isRequested {
                report.warnings.append(
                    InputError(path: file, reason: "loading interrupted; \(index) of \(files.count) files loaded"))
                break
            }
            if progress { errors.write("\rloading \(index + 1)/\(files.count): \(SourceFiles.fileName(file))\u{1B}[K") }
            let part = loader.load([file], into: graph)
            report.documentsAdded += part.documentsAdded
            report.observationsAdded += part.observationsAdded
            report.errors += part.errors
            report.warnings += part.warnings
        }
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
