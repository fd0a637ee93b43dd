import Glibc
import ZhibiaoCore

/// The persistent history: `$ZHIBIAO_HISTORY`, else `~/.zhibiao_history`. Loaded at start and
/// written after every entry, mode 0600.
///
/// Two shells may share the file. Each write takes an exclusive `flock` on the current file,
/// re-reads it, appends the new entry to what is there (so the other shell's entries survive)
/// and replaces the file by an atomic rename. Because a rename swaps the inode that a waiting
/// shell locked, the locker checks after `flock` that it still holds the file at `path` and
/// otherwise retries: the lock and the data stay on one file and no lock file is left behind.
///
/// A file that cannot be read or written, or holds content no shell wrote, gives one warning;
/// the shell then keeps its history in memory only and never touches that file.
final class HistoryStore {
    let path: String
    let limit: Int
    /// This session's view: the file's entries at start, then what was entered since.
    private(set) var entries: [String] = []
    private var isUsable = true
    private let warn: (String) -> Void

    init(path: String, limit: Int = 2000, warn: @escaping (String) -> Void) {
        self.path = path
        self.limit = limit
        self.warn = warn
        load()
    }

    /// The default location: `$ZHIBIAO_HISTORY` or `~/.zhibiao_history`.
    static func defaultPath(environment: (String) -> String? = Terminal.environment) -> String? {
        if let path = environment("ZHIBIAO_HISTORY"), !path.isEmpty { return path }
        return FileSystem.homeDirectory.map { $0 + "/.zhibiao_history" }
    }

    /// Keeps `text` if the policy allows; returns the entry kept.
    @discardableResult
    func add(_ text: String) -> String? {
        guard let entry = HistoryPolicy.entry(for: text, after: entries.last) else { return nil }
        entries.append(entry)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        if isUsable { persist(entry) }
        return entry
    }

    private func load() {
        do {
            entries = Array(try HistoryFileFormat.decode(SourceFiles.read(path)).suffix(limit))
        } catch let error as InputError where error.reason == "no such file or folder" {
            entries = []
            let slash = path.lastIndex(of: "/")
            let folder = slash.map { String(path[..<$0]) } ?? "."
            if access(folder.isEmpty ? "/" : folder, W_OK) != 0 {
                disable("cannot create it (\(FileSystem.systemReason()))")
            }
        } catch let error as InputError {
            disable("cannot read it (\(error.reason))")
        } catch {
            disable("it does not look like a zhibiao history file")
        }
    }

    private func persist(_ entry: String) {
        guard let fd = lockCurrentFile() else { return }
        defer { close(fd) }
        let onDisk: [String]
        do {
            onDisk = try HistoryFileFormat.decode(SourceFiles.read(path))
        } catch let error as InputError where error.reason == "no such file or folder" {
            onDisk = []
        } catch {
            return disable("it changed into something that is not a zhibiao history file")
        }
        var merged = onDisk
        if merged.last != entry { merged.append(entry) }
        do {
            try FileSystem.writeAtomically(
                HistoryFileFormat.encode(Array(merged.suffix(limit))), to: path, mode: 0o600)
        } catch {
            disable("cannot write it (\(error.reason))")
        }
    }

    /// Opens the file at `path` (creating it) and holds an exclusive lock on that very file.
    private func lockCurrentFile() -> Int32? {
        for _ in 0..<50 {
            let fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                disable("cannot write it (\(FileSystem.systemReason()))")
                return nil
            }
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
            var held = stat()
            var current = stat()
            if fstat(fd, &held) == 0, stat(path, &current) == 0,
                held.st_dev == current.st_dev, held.st_ino == current.st_ino
            {
                return fd
            }
            close(fd)
        }
        disable("cannot lock it")
        return nil
    }

    private func disable(_ reason: String) {
        guard isUsable else { return }
        isUsable = false
        warn("warning: history file \(path): \(reason); history is kept for this session only")
    }
}
