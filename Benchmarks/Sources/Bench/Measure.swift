import CMalloc
import Foundation
import ZhibiaoCore

/// Monotonic wall-clock time in seconds.
func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// A value from /proc/self/status in bytes (VmHWM, VmRSS).
func procStatus(_ key: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kilobytes * 1024
    }
    return 0
}

/// Bytes the allocator has handed out and not taken back: from its arenas, and in blocks it
/// maps on their own (large arrays and tables, which `uordblks` alone leaves out).
func heapInUse() -> Int {
    let info = mallinfo2()
    return Int(info.uordblks) + Int(info.hblkhd)
}

/// The p-th percentile (0…100) of samples, nearest rank.
func percentile(_ samples: [Double], _ p: Double) -> Double {
    let sorted = samples.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[max(0, min(sorted.count - 1, rank))]
}

func fmt(_ value: Double, _ places: Int = 2) -> String { String(format: "%.\(places)f", value) }

func ms(_ seconds: Double) -> String {
    seconds < 0.001 ? String(format: "%.3f ms", seconds * 1000) : String(format: "%.2f ms", seconds * 1000)
}

/// The header every figure is printed under: what ran, on how many cores, when.
func header(_ title: String) {
    let date = ISO8601DateFormatter().string(from: Date())
    print("\n== \(title) — \(ProcessInfo.processInfo.activeProcessorCount) cores, \(date)")
}

/// The article files of a corpus, read into memory so that disk speed is not measured.
func readCorpus(_ paths: [String]) -> [(name: String, path: String, bytes: [UInt8])] {
    let (files, errors) = SourceFiles.expand(paths)
    for error in errors { FileHandle.standardError.write(Data("\(error)\n".utf8)) }
    return files.compactMap { path in
        (try? SourceFiles.read(path)).map { (SourceFiles.fileName(path), path, $0) }
    }
}

/// Decodes and extracts one file, as `Loader` does.
func extractOne(
    _ file: (name: String, path: String, bytes: [UInt8]), index: Int, extractor: Extractor
)
    -> (Document, [Observation])?
{
    guard let decoded = try? Decoder.decode(file.bytes) else { return nil }
    return extractor.extract(text: decoded.text, name: file.name, path: file.path, documentIndex: index)
}

/// Extracts every file, spreading files over `threads` threads; results in file order.
func extractAll(
    _ files: [(name: String, path: String, bytes: [UInt8])], threads: Int, extractor: Extractor
)
    -> [(Document, [Observation])?]
{
    final class Slots: @unchecked Sendable {
        var results: [(Document, [Observation])?]
        var next = 0
        let lock = NSLock()
        init(_ n: Int) { results = Array(repeating: nil, count: n) }
        func take() -> Int {
            lock.lock()
            defer { lock.unlock() }
            next += 1
            return next - 1
        }
    }
    let slots = Slots(files.count)
    if threads == 1 {
        for (i, file) in files.enumerated() { slots.results[i] = extractOne(file, index: i, extractor: extractor) }
        return slots.results
    }
    nonisolated(unsafe) let shared = files
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
        var mine: [(Int, (Document, [Observation])?)] = []
        while true {
            let i = slots.take()
            guard i < shared.count else { break }
            mine.append((i, extractOne(shared[i], index: i, extractor: extractor)))
        }
        slots.lock.lock()
        for (i, result) in mine { slots.results[i] = result }
        slots.lock.unlock()
    }
    return slots.results
}
