import Foundation
import PackagePlugin

/// Builds the data tables of `Sources/ZhibiaoCore/Data/` into ZhibiaoCore as string constants.
///
/// The tables stay tab-separated files to read and edit; the binary carries them, so it needs
/// no resource folder beside it, and ZhibiaoCore needs no resource bundle (whose accessor would
/// link Foundation into the executable and slow its start).
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let data = target.directoryURL.appending(path: "Data")
        let tables = try FileManager.default.contentsOfDirectory(atPath: data.path)
            .filter { $0.hasSuffix(".tsv") }.sorted()
            .map { data.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTables.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(tables.count) data tables",
                executable: try context.tool(named: "DataEmbedder").url,
                arguments: [output.path] + tables.map(\.path),
                inputFiles: tables,
                outputFiles: [output])
        ]
    }
}
