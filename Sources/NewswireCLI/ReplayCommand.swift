import ArgumentParser

/// `newswire replay`: reprocessing tools.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Reprocess a topic: move a consumer group's committed offsets.",
        subcommands: [ReplayResetCommand.self]
    )
}
