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
    /// cannot be read is reported and skipped; nothing already in the graph is lost.
    public func load(_ paths: [String], into graph: IndicatorGraph) -> LoadReport {
        var report = LoadReport()
        let (files, errors) = SourceFiles.expand(paths)
        report.errors = errors
        for path in files {
            let bytes: [UInt8]
            do {
                bytes = try SourceFiles.read(path)
            } catch {
                report.errors.append(error)
                continue
            }
            let decoded: Decoder.Result
            do {
                decoded = try Decoder.decode(bytes)
            } catch {
                report.errors.append(InputError(path: path, reason: Self.reason(error)))
                continue
            }
            if !decoded.invalidLines.isEmpty {
                let lines = decoded.invalidLines.prefix(5).map(String.init).joined(separator: ", ")
                let more = decoded.invalidLines.count > 5 ? " and \(decoded.invalidLines.count - 5) more" : ""
                let plural = decoded.invalidLines.count > 1 ? "s" : ""
                report.warnings.append(
                    InputError(path: path, reason: "invalid \(decoded.encoding) replaced on line\(plural) \(lines)\(more)"))
            }
            if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                report.warnings.append(InputError(path: path, reason: "empty file"))
            }
            let index = graph.documents.count
            let (document, observations) = extractor.extract(
                text: decoded.text, name: SourceFiles.fileName(path), path: path, documentIndex: index)
            graph.add(document, observations: observations)
            report.documentsAdded += 1
            report.observationsAdded += observations.count
        }
        return report
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
