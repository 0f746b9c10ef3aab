import ArgumentParser
import Foundation
import Kafka
import Logging
import NewswireWorker
import ServiceLifecycle

/// `newswire run`: joins the consumer group and enriches articles until SIGTERM or SIGINT.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Consume raw articles, publish enriched records, events and dead letters (at-least-once).",
        discussion: """
            Every flag can also be set with an environment variable NEWSWIRE_<FLAG IN UPPER SNAKE CASE>, e.g. \
            NEWSWIRE_BOOTSTRAP_SERVERS, NEWSWIRE_MAX_IN_FLIGHT, NEWSWIRE_KAFKA_PROPERTY (comma-separated). \
            The first SIGTERM or SIGINT drains in-flight work, commits and leaves the group; a second exits at once.
            """)

    /// The flags of `newswire run`.
    struct Options: ParsableArguments {
        @Option(help: "Kafka bootstrap servers, host:port[,host:port…].") var bootstrapServers: String?
        @Option(name: .customLong("group-id"), help: "Consumer group id (default newswire).") var groupID: String?
        @Option(help: "Topic with raw articles (default articles.raw).") var inputTopic: String?
        @Option(help: "Topic for enriched records (default articles.enriched).") var enrichedTopic: String?
        @Option(help: "Topic for events (default articles.events).") var eventsTopic: String?
        @Option(help: "Dead-letter topic (default articles.dlq).") var dlqTopic: String?
        @Option(help: "Pipeline lanes working in parallel (default 4).") var concurrency: Int?
        @Option(help: "Largest article value in bytes; larger ones are dead-lettered (default 1048576).")
        var maxMessageBytes: Int?
        @Option(help: "Most messages in flight before the consumer stops fetching (default 1000).") var maxInFlight: Int?
        @Option(help: "Seconds between offset commits (default 5).") var commitInterval: Double?
        @Option(help: "Seconds to drain in-flight work on shutdown (default 30).") var shutdownDeadline: Double?
        @Option(help: "Any librdkafka property, key=value (repeatable).") var kafkaProperty: [String] = []
    }

    @OptionGroup var options: Options

    func run() async throws {
        let settings: RunSettings
        do {
            settings = try RunSettings.resolve(options, environment: ProcessInfo.processInfo.environment)
        } catch let error as SettingsError {
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            throw ExitCode(2)
        }
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        let logger = Logger(label: "newswire.worker")
        let kafka = KafkaConfiguration(
            bootstrapServers: settings.bootstrapServers, clientID: "newswire", groupID: settings.groupID,
            properties: settings.kafkaProperties)
        let source = try KafkaMessageSource(
            configuration: kafka, topic: settings.inputTopic, bufferCapacity: min(1000, settings.worker.maxInFlight),
            logger: logger)
        var producerConfiguration = kafka
        producerConfiguration.groupID = nil
        let producer = try KafkaProducer(configuration: producerConfiguration)
        let worker = try Worker(
            source: source, sink: KafkaRecordSink(producer: producer), processor: ExtractingArticleProcessor.bundled(),
            configuration: settings.worker, logger: logger)
        let service = WorkerService(worker: worker) { await producer.close(timeout: .seconds(10)) }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: service)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        let secondSignal = SecondSignalExit()
        logger.info("newswire run started", metadata: [
            "bootstrap": "\(settings.bootstrapServers)", "group": "\(settings.groupID)", "input": "\(settings.inputTopic)",
        ])
        try await group.run()
        withExtendedLifetime(secondSignal) {}
    }
}
