import Foundation
import Testing
import ZhibiaoCore

/// The exports of the articles the project keeps, compared whole with the snapshots committed in
/// `Tests/Snapshots/`: a change to extraction that alters any figure shows here line by line, so
/// that "the exports are unchanged" is checked, not claimed. Run the suite with
/// `ZHIBIAO_RECORD_SNAPSHOTS=1` to write the snapshots anew once a change is meant, and read
/// their diff before committing it.
@Suite struct ExportSnapshotTests {
    /// Each snapshot and the folder it exports. `Tests/Fixtures/generated` holds six articles of
    /// the benchmark corpus (`zhibiao-corpus --megabytes 1 --seed 7`: reviews, work reports and
    /// bulletins), so that the generated corpus's figures are held as the real ones are.
    static let sets = [
        ("samples", "Samples"),
        ("generated", "Tests/Fixtures/generated"),
        ("articles", "Tests/Articles"),
        ("cities", "Tests/Fixtures/cities"),
        ("heldout", "Tests/Fixtures/heldout"),
        ("unseen", "Tests/Fixtures/unseen"),
    ]

    static var recording: Bool { ProcessInfo.processInfo.environment["ZHIBIAO_RECORD_SNAPSHOTS"] == "1" }

    @Test(arguments: sets)
    func exportMatchesItsSnapshot(_ name: String, _ folder: String) throws {
        try Self.compare(name, folder)
    }

    /// The development set's export is held too where the set is beside the checkout (as in CI).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ExportScoreTests.devset.path)))
    func devsetExportMatchesItsSnapshot() throws {
        try Self.compare("devset", "../shared/devset")
    }

    /// A store extracts an article again only when `ExtractorVersion` changes, and its revision
    /// is raised by hand when the rules in code change. The snapshots say when they did:
    /// `Tests/Snapshots/revision` holds the revision and a hash of the snapshots it was raised
    /// for, and a change to the snapshots under the same revision fails here.
    @Test func theExtractorRevisionIsRaisedWhenTheSnapshotsChange() throws {
        let folder = ExportScoreTests.root.appendingPathComponent("Tests/Snapshots")
        var hash = ContentHash()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".jsonl") })
            .sorted()
        {
            hash.add(name)
            hash.add(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        let recorded = try String(contentsOf: folder.appendingPathComponent("revision"), encoding: .utf8)
            .split(whereSeparator: \.isWhitespace)
        let revision = ExtractorVersion.revision
        let line = "\(revision) \(hash.hex)"
        #expect(recorded.count == 2, "Tests/Snapshots/revision holds '\(line)'")
        guard recorded.count == 2, let was = Int(recorded[0]) else { return }
        if recorded[1] == hash.hex {
            #expect(revision >= was, "Tests/Snapshots/revision names revision \(was), ahead of the code's \(revision)")
        } else {
            #expect(
                revision > was,
                """
                the export snapshots changed since revision \(was): raise ExtractorVersion.revision, so that \
                stores extract their articles again, and write '\(was + 1) \(hash.hex)' to Tests/Snapshots/revision
                """)
            #expect(revision <= was, "write '\(line)' to Tests/Snapshots/revision")
        }
    }

    static func compare(_ name: String, _ folder: String) throws {
        let (status, export, errors) = try ExportScoreTests.run(
            ExportScoreTests.binary.path, ["export", "--format", "jsonl", folder])
        #expect(status == 0, "\(errors)")
        let snapshot = ExportScoreTests.root.appendingPathComponent("Tests/Snapshots/\(name).jsonl")
        if Self.recording {
            try export.write(to: snapshot, atomically: true, encoding: .utf8)
            return
        }
        let recorded = try String(contentsOf: snapshot, encoding: .utf8)
        #expect(export.split(separator: "\n").count > 40)
        #expect(
            export == recorded,
            "\(name): the export differs from Tests/Snapshots/\(name).jsonl\n\(Self.differences(recorded, export))")
    }

    /// The first lines that differ, numbered, each as recorded and as exported now.
    static func differences(_ recorded: String, _ now: String, limit: Int = 8) -> String {
        let (old, new) = (recorded.split(separator: "\n"), now.split(separator: "\n"))
        var report = ["\(old.count) lines recorded, \(new.count) now"]
        for index in 0..<max(old.count, new.count) where report.count <= limit {
            let (a, b) = (index < old.count ? old[index] : "(none)", index < new.count ? new[index] : "(none)")
            if a != b { report.append("line \(index + 1):\n  was \(a)\n  now \(b)") }
        }
        return report.joined(separator: "\n")
    }
}
