// zhibiao-corpus [--megabytes N] [--seed S] [--article-bytes MIN-MAX] OUTDIR
//
// Writes a deterministic corpus of generated articles (same seed and size, same bytes) into
// OUTDIR/NNN/article-NNNNNN.txt, 500 articles a folder, and prints what it wrote. Articles aim
// at 6,000 to 40,000 bytes (about 44 a megabyte); --article-bytes 1500-5000 writes news-sized
// ones instead (about 280 a megabyte), for a corpus of many articles.
#if canImport(Glibc)
    import Glibc
#endif

func complain(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

var megabytes = 80
var seed: UInt64 = 2025
var articleBytes = 6_000...40_000
var output: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--megabytes": megabytes = Int(arguments.popFirst() ?? "") ?? megabytes
    case "--seed": seed = UInt64(arguments.popFirst() ?? "") ?? seed
    case "--article-bytes":
        let bounds = (arguments.popFirst() ?? "").split(separator: "-").compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] > 0, bounds[0] <= bounds[1] else {
            complain("zhibiao-corpus: --article-bytes takes MIN-MAX, such as 1500-5000")
            exit(2)
        }
        articleBytes = bounds[0]...bounds[1]
    case "-h", "--help":
        print("usage: zhibiao-corpus [--megabytes N] [--seed S] [--article-bytes MIN-MAX] OUTDIR")
        exit(0)
    default:
        guard !argument.hasPrefix("-") else {
            complain("zhibiao-corpus: unknown option \(argument)")
            exit(2)
        }
        output = argument
    }
}
guard let output else {
    complain("usage: zhibiao-corpus [--megabytes N] [--seed S] [--article-bytes MIN-MAX] OUTDIR")
    exit(2)
}

func save(_ text: String, to path: String) {
    guard let file = fopen(path, "w") else {
        complain("cannot write \(path)")
        exit(1)
    }
    var text = text
    text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
}

mkdir(output, 0o755)
let target = megabytes * 1_000_000
var total = 0
var count = 0
var sizes = SplitMix64(state: seed)
var genres: [Genre: Int] = [:]
while total < target {
    if count % 500 == 0 { mkdir(output + "/" + String(format3(count / 500)), 0o755) }
    var writer = ArticleWriter(seed: seed &* 1_000_003 &+ UInt64(count))
    let genre = Genre.allCases[sizes.int(0...2)]
    let text = writer.article(genre, targetBytes: sizes.int(articleBytes))
    save(text, to: output + "/" + format3(count / 500) + "/article-" + format6(count) + ".txt")
    total += text.utf8.count
    count += 1
    genres[genre, default: 0] += 1
}
print(
    "wrote \(count) articles, \(total) bytes (\(total / 1_000_000) MB) to \(output): "
        + "\(genres[.review] ?? 0) reviews, \(genres[.workReport] ?? 0) work reports, \(genres[.bulletin] ?? 0) bulletins"
)

func format3(_ n: Int) -> String { pad(n, 3) }
func format6(_ n: Int) -> String { pad(n, 6) }
func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
