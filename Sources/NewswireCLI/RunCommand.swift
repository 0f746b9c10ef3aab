import ArgumentParser
import Foundation
import Kafka
import Logging
import NewswireOperations
import NewswireWorker
import ServiceLifecycle

/// `newswire run`: joins the consumer group and enriches articles until SIGTERM or SIGINT, serving `/metrics`,
/// `/healthz` and `/readyz` beside the worker.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Consume raw articles, publish enriched records, events and dead letters (at-least-once).",
        discussion: """
            Every flag can also be set with an environment variable NEWSWIRE_<FLAG IN UPPER SNAKE CASE>, e.g. \
            NEWSWIRE_BOOTSTRAP_SERVERS, NEWSWIRE_MAX_IN_FLIGHT, NEWSWIRE_KAFKA_PROPERTY (comma-separated), or as a \
            key of the JSON file given by --config-file; flags win over the environment, which wins over the file. \
            `newswire config` prints the effective settings. \
            The first SIGTERM or SIGINT drains in-flight work, commits and leaves the group; a second exits at once.
            """)

    @OptionGroup var settingsOptions: NewswireSettingsOptions

    /// Resolves the settings from flags, `environment` and the config file, and requires what running needs
    /// (the brokers).
    static func settings(
        _ options: NewswireSettingsOptions, environment: [String: String]
    ) async throws(OperationsError) -> NewswireSettings {
        let settings = try await options.resolve(environment: environment)
        try settings.validateForRun()
        return settings
    }

    func run() async throws {
        let settings: NewswireSettings
        do {
            settings = try await Self.settings(settingsOptions, environment: ProcessInfo.processInfo.environment)
        } catch {
            FileHandle.standardError.write(Data("newswire run: \(error)\n".utf8))
            throw ExitCode(2)
        }
        LoggingSystem.bootstrap(NewswireLogHandler.factory(format: settings.logFormat, level: settings.logLevel))
        let logger = Logger(label: "newswire.worker")
        let operations = OperationsRuntime(settings: settings, logger: Logger(label: "newswire.operations"))
        let kafka = settings.kafkaConfiguration
        let workerConfiguration = settings.workerConfiguration
        let source = try KafkaMessageSource(
            configuration: kafka, topic: settings.inputTopic, bufferCapacity: min(1000, workerConfiguration.maxInFlight),
            logger: logger, metrics: operations.metrics, health: operations.health)
        var producerConfiguration = kafka
        producerConfiguration.groupID = nil
        let metrics = operations.metrics
        let producer = try KafkaProducer(
            configuration: producerConfiguration, errorHandler: { metrics.kafkaError(code: $0.code.name) })
        let worker = try Worker(
            source: source, sink: KafkaRecordSink(producer: producer), processor: ExtractingArticleProcessor.bundled(),
            configuration: workerConfiguration, logger: logger, metrics: operations.metrics,
            health: operations.health)
        let service = WorkerService(worker: worker) { await producer.close(timeout: .seconds(10)) }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            // Shut down in reverse order: the worker drains first while /metrics and /healthz still answer
            // (/readyz says not ready), then the listener stops.
            services: [
                .init(service: operations.server, successTerminationBehavior: .gracefullyShutdownGroup,
                      failureTerminationBehavior: .gracefullyShutdownGroup),
                .init(service: service, successTerminationBehavior: .gracefullyShutdownGroup,
                      failureTerminationBehavior: .gracefullyShutdownGroup),
            ],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        let secondSignal = SecondSignalExit()
        logger.info("newswire run started", metadata: [
            "bootstrap": "\(settings.bootstrapServers ?? "")", "group": "\(settings.groupId)",
            "input": "\(settings.inputTopic)", "metrics": "\(settings.metricsAddress)",
        ])
        try await group.run()
        withExtendedLifetime(secondSignal) {}
    }
}
