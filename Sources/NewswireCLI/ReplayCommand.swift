import ArgumentParser

/// `newswire replay`: reprocessing tools.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Reprocess: move a consumer group's offsets, or copy a range of a topic into another.",
        subcommands: [ReplayResetCommand.self, ReplayCopyCommand.self]
    )
}
