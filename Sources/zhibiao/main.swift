import ArgumentParser
import Dispatch
import ZhibiaoCore

#if canImport(Glibc)
    import Glibc
#endif

// The lexicon's tables are built on another core while the command line is parsed: each takes
// about a third of the time to a first answer.
DispatchQueue.global().async { _ = Lexicon.standard }

// Usage errors exit with 2, as DESIGN §6 promises, not ArgumentParser's 64.
do {
    var command = try Zhibiao.parseAsRoot()
    try command.run()
} catch {
    if Zhibiao.exitCode(for: error) == .validationFailure {
        printError(Zhibiao.fullMessage(for: error))
        exit(2)
    }
    Zhibiao.exit(withError: error)
}
