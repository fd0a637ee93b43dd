import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// What a load did: the documents added, and the files that could not be read or were read
/// with problems.
public struct LoadReport: Sendable {
    public var documentsAdded: Int = 0
    public var observationsAdded: Int = 0
    /// Files that could not be loaded at all.
    public var errors: [InputError] = []
    /// Files that loaded with a problem (invalid bytes replaced, empty file).
    public var warnings: [InputError] = []

    public init() {}
}

/// Reads article files, extracts their observations and adds them to a graph.
public struct Loader: Sendable {
    public var extractor: Extractor

    public init(extractor: Extractor = Extractor()) {
        self.extractor = extractor
    }

    /// Loads files and folders (a folder's `*.txt` files) into `graph`, in order. A file that
    /// cannot be read is reported and skipped; nothing already in the graph is lost. Files are
    /// read and extracted on all cores, in batches, and added to the graph in their order, so
    /// the result does not depend on the number of threads. `compacting` gives back the graph's
    /// spare room afterwards: a caller that loads in many small parts passes false and calls
    /// `IndicatorGraph.compact()` once at the end, since each compaction copies the whole graph.
    public func load(
        _ paths: [String], into graph: IndicatorGraph, threads: Int = Loader.processorCount, compacting: Bool = true
    ) -> LoadReport {
        var report = LoadReport()
        let (files, errors) = SourceFiles.expand(paths)
        report.errors = errors
        let batchSize = max(1, threads) * 8
        var start = 0
        var ready: [Outcome] = []
        while start < files.count || !ready.isEmpty {
            let batch = Array(files[start..<min(files.count, start + batchSize)])
            start += batch.count
            // With threads to spare, the next batch is read and extracted while this one is
            // added to the graph, which one thread does alone.
            let next = BatchOutcomes()
            let reading = DispatchGroup()
            if !batch.isEmpty && threads > 1 {
                DispatchQueue.global().async(group: reading) { next.outcomes = self.read(batch, threads: threads) }
            } else if !batch.isEmpty {
                next.outcomes = read(batch, threads: threads)
            }
            for k in ready.indices { add(&ready[k], to: graph, report: &report) }
            reading.wait()
            ready = next.outcomes
        }
        if compacting && report.documentsAdded > 0 { graph.compact() }
        return report
    }

    /// Loads one article from bytes already read (standard input) as `load` loads a file at
    /// `path` holding them: the same name, year, records and messages.
    public func load(bytes: [UInt8], path: String, into graph: IndicatorGraph) -> LoadReport {
        var report = LoadReport()
        var outcome = extractOne(bytes, path: path)
        add(&outcome, to: graph, report: &report)
        if report.documentsAdded > 0 { graph.compact() }
        return report
    }

    /// Adds what reading one file gave to the graph, or notes why it is not added.
    /// The outcome's document is taken out of it, so that its observations are placed in the
    /// graph's document where they are, not copied first.
    private func add(_ outcome: inout Outcome, to graph: IndicatorGraph, report: inout LoadReport) {
        report.warnings += outcome.warnings
        guard var loaded = outcome.loaded else {
            report.errors += outcome.error.map { [$0] } ?? []
            return
        }
        outcome.loaded = nil
        if let copy = graph.alreadyHolds(loaded.document) {
            report.warnings.append(copy)
            return
        }
        let index = graph.documents.count
        for k in loaded.observations.indices { loaded.observations[k].move(toDocument: index) }
        graph.add(loaded.document, observations: loaded.observations)
        report.documentsAdded += 1
        report.observationsAdded += loaded.observations.count
    }

    /// The processors online: how many files to read at once.
    public static var processorCount: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    /// The outcomes of a batch read on another thread, handed back once it is done.
    private final class BatchOutcomes: @unchecked Sendable {
        var outcomes: [Outcome] = []
    }

    /// What reading one file gave.
    private struct Outcome {
        var loaded: (document: Document, observations: [Observation])?
        var error: InputError?
        var warnings: [InputError] = []
    }

    private func read(_ batch: [String], threads: Int) -> [Outcome] {
        if threads <= 1 || batch.count == 1 { return batch.map(readOne) }
        let results = UnsafeMutableBufferPointer<Outcome>.allocate(capacity: batch.count)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        let loader = self
        DispatchQueue.concurrentPerform(iterations: batch.count) { i in
            (slots.baseAddress! + i).initialize(to: loader.readOne(batch[i]))
        }
        let outcomes = Array(results)
        _ = results.baseAddress!.deinitialize(count: batch.count)
        return outcomes
    }

    /// Reads, decodes and extracts one file, numbered as document 0 until it is added.
    private func readOne(_ path: String) -> Outcome {
        let bytes: [UInt8]
        do {
            bytes = try SourceFiles.read(path)
        } catch {
            return Outcome(error: error)
        }
        return extractOne(bytes, path: path)
    }

    /// Decodes and extracts the bytes of the file at `path`, numbered as document 0.
    private func extractOne(_ bytes: [UInt8], path: String) -> Outcome {
        let decoded: Decoder.Result
        do {
            decoded = try Decoder.decode(bytes)
        } catch {
            return Outcome(error: InputError(path: path, reason: Self.reason(error)))
        }
        var outcome = Outcome()
        if !decoded.invalidLines.isEmpty {
            let lines = decoded.invalidLines.prefix(5).map(String.init).joined(separator: ", ")
            let more = decoded.invalidLines.count > 5 ? " and \(decoded.invalidLines.count - 5) more" : ""
            let plural = decoded.invalidLines.count > 1 ? "s" : ""
            outcome.warnings.append(
                InputError(path: path, reason: "invalid \(decoded.encoding) replaced on line\(plural) \(lines)\(more)"))
        }
        if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            outcome.warnings.append(InputError(path: path, reason: "empty file"))
        }
        outcome.loaded = extractor.extract(
            text: decoded.text, name: SourceFiles.fileName(path), path: path, documentIndex: 0)
        return outcome
    }

    /// The message for bytes that could not become text.
    public static func reason(_ failure: Decoder.Failure) -> String {
        switch failure {
        case .binary:
            "not a text file (binary content)"
        case .unsupportedEncoding(let name) where name.hasPrefix("GB"):
            "not UTF-8: looks like \(name), which this system cannot convert; convert it to UTF-8 first"
        case .unsupportedEncoding:
            "not UTF-8, UTF-16 or GB18030 text; convert it to UTF-8 first"
        }
    }
}

extension IndicatorGraph {
    /// The warning for a document whose text the graph already holds, under whatever name: the
    /// same text is the same article, skipped so that ids stay unique (different texts whose
    /// keys agree are told apart by `add`). Nil when the document is new.
    public func alreadyHolds(_ document: Document) -> InputError? {
        guard let same = documentIndex(forKey: document.key), documents[same].text == document.text else { return nil }
        return InputError(path: document.path, reason: "same text as \(documents[same].path), already loaded; skipped")
    }
}
