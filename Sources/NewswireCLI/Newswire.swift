import ArgumentParser
import Kafka
import NewswireCore

/// The `newswire` command: a Kafka stream worker that enriches news articles with entities and events.
@main
struct Newswire: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire",
        abstract: "Enrich news articles from Kafka with entities and events.",
        version: "\(NewswireVersion.string) (librdkafka \(LibRDKafka.version))",
        subcommands: [
            RunCommand.self, DemoCommand.self, ExtractCommand.self, ConfigCommand.self, ReplayCommand.self,
            BrokerCommand.self, ProduceCommand.self, TailCommand.self, TrainNERCommand.self, TagCoNLLCommand.self,
            BenchNERCommand.self, BenchExtractCommand.self, BenchWorkerCommand.self,
        ]
    )
}
