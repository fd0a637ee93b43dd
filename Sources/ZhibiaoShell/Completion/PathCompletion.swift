import Glibc

/// A name in a folder, for file-name completion.
struct DirectoryEntry: Equatable {
    var name: String
    var isDirectory: Bool

    /// The entries of `folder`, unsorted; empty when it cannot be read.
    static func list(_ folder: String) -> [DirectoryEntry] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var entries: [DirectoryEntry] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            entries.append(DirectoryEntry(name: name, isDirectory: FileSystem.isDirectory(path)))
        }
        return entries
    }
}

/// Completes file and folder names after `.load`, `.read`, `.save`, `.output` and `.once`.
enum PathCompletion {
    static func complete(_ partial: String, listDirectory: (String) -> [DirectoryEntry]) -> CompletionResult {
        let quoted = partial.hasPrefix("\"")
        let typed = quoted ? String(partial.dropFirst()) : partial
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let base = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let listed = folder.isEmpty ? "." : FileSystem.expandTilde(folder)
        let entries = listDirectory(listed)
            .filter { $0.name.hasPrefix(base) && (!$0.name.hasPrefix(".") || base.hasPrefix(".")) }
            .sorted { $0.name < $1.name }
        let candidates = entries.map { entry in
            let path = folder + entry.name + (entry.isDirectory ? "/" : "")
            return quoted || path.contains(" ") ? "\"" + path : path
        }
        let listing = entries.map { $0.name + ($0.isDirectory ? "/" : "") }
        return CompletionResult(word: partial, candidates: candidates, listing: listing)
    }
}
