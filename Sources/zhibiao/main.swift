import ArgumentParser

#if canImport(Glibc)
    import Glibc
#endif

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
