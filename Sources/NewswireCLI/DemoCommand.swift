import ArgumentParser
import Foundation
import Kafka
import Logging
import NewswireCore
import NewswireWorker

/// `newswire demo`: the whole pipeline on the bundled samples, with nothing to set up.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Start an embedded broker, publish the sample articles, enrich them and show the results.")

    @Option(help: "Folder with sample raw articles (*.json).") var samples = "Samples"
    @Option(help: "Seconds to wait for every article to be processed.") var timeout: Double = 60
    @Flag(help: "Keep the embedded broker running after the summary (for kcat) until Ctrl-C.") var keepBroker = false
    @Flag(help: "Show the worker's log.") var verbose = false

    func run() async throws {
        let articles = try loadSamples()
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = verbose ? .info : .warning
            return handler
        }
        let logger = Logger(label: "newswire.demo")
        let topics = OutputTopics()
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("articles.raw", partitions: 4)
        try cluster.createTopic(topics.enriched, partitions: 4)
        try cluster.createTopic(topics.events, partitions: 4)
        try cluster.createTopic(topics.deadLetters, partitions: 1)
        print("▶ embedded Kafka broker at \(cluster.bootstrapServers)")
        // Every client is closed and released inside this call, before the broker goes away: a client still
        // alive then would log "connection refused" while it tries to reconnect.
        let statistics = try await runPipeline(on: cluster, articles: articles, topics: topics, logger: logger)
        printKcatHint(cluster: cluster, topics: topics)
        if keepBroker {
            fflush(nil)  // flush every stream: the hint must show even when the output goes to a pipe or a file
            let signal = await BrokerCommand.waitForTermination()
            FileHandle.standardError.write(Data("newswire demo: stopping the embedded broker on \(signal)\n".utf8))
        }
        guard statistics.completed == articles.count else {
            throw ValidationError("only \(statistics.completed) of \(articles.count) articles were processed in \(timeout) s")
        }
        withExtendedLifetime(cluster) {}
    }

    /// Publishes the samples, runs the worker until all are processed (or the timeout), prints the summary, and
    /// closes every client it made.
    private func runPipeline(
        on cluster: KafkaMockCluster, articles: [(id: String, bytes: [UInt8])], topics: OutputTopics, logger: Logger
    ) async throws -> WorkerStatistics {
        let producer = try KafkaProducer(configuration: cluster.configuration(clientID: "newswire-demo"))
        let messages = articles.map { KafkaProducerMessage(topic: "articles.raw", key: Array($0.id.utf8), value: $0.bytes) }
        for result in await producer.send(batch: messages) { _ = try result.get() }
        print("▶ published \(articles.count) sample articles to articles.raw")

        let clock = ContinuousClock()
        let started = clock.now
        let source = try KafkaMessageSource(
            configuration: cluster.configuration(clientID: "newswire-demo", groupID: "newswire-demo"),
            topic: "articles.raw", logger: logger)
        let worker = try Worker(
            source: source, sink: KafkaRecordSink(producer: producer), processor: ExtractingArticleProcessor.bundled(),
            configuration: WorkerConfiguration(topics: topics, commitInterval: .milliseconds(500)), logger: logger)
        let running = Task { try await worker.run() }
        let deadline = clock.now.advanced(by: .milliseconds(Int64(timeout * 1000)))
        while await worker.currentStatistics.completed < articles.count && clock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        await worker.stop()
        try await running.value  // the worker closes its consumer
        await producer.close()
        let statistics = await worker.currentStatistics
        print("▶ worker processed \(statistics.completed) of \(articles.count) in \(clock.now - started) "
            + "(\(statistics.published) enriched, \(statistics.deadLettered.values.reduce(0, +)) dead-lettered)\n")
        try await printOutputs(cluster: cluster, topics: topics, expected: statistics)
        return statistics
    }

    /// The kcat commands to look at the output; they need the broker, which lives only as long as this process.
    private func printKcatHint(cluster: KafkaMockCluster, topics: OutputTopics) {
        let servers = cluster.bootstrapServers
        print(keepBroker
            ? "\nThe embedded broker keeps running at \(servers) until you press Ctrl-C. In another terminal:"
            : "\nTo look at the output yourself, run `newswire demo --keep-broker`: the embedded broker stops when the "
                + "demo exits,\nand each run gets a new port. While it runs, in another terminal:")
        print("""
              kcat -b \(servers) -C -t \(topics.enriched) -e -f 'key=%k headers=%h\\n%s\\n\\n'
              kcat -b \(servers) -C -t \(topics.events) -e -f '%k\\n%s\\n'
            """)
    }

    private func loadSamples() throws -> [(id: String, bytes: [UInt8])] {
        let folder = URL(fileURLWithPath: samples)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw ValidationError("no sample folder at \(samples): run `make demo` from the project folder or pass --samples")
        }
        let files = names.filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw ValidationError("no *.json articles in \(samples)") }
        return try files.map { name in
            (String(name.dropLast(5)), Array(try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }

    private func printOutputs(cluster: KafkaMockCluster, topics: OutputTopics, expected: WorkerStatistics) async throws {
        let consumer = try KafkaConsumer(configuration: cluster.configuration(clientID: "newswire-demo-reader"))
        try consumer.assign((0..<4).map { KafkaTopicPartition(topic: topics.enriched, partition: $0, offset: KafkaOffset.beginning) }
            + [KafkaTopicPartition(topic: topics.deadLetters, partition: 0, offset: KafkaOffset.beginning)])
        let wanted = expected.completed
        let reader = Task {
            var collected: [KafkaMessage] = []
            for try await message in consumer.messages {
                collected.append(message)
                if collected.count >= wanted { break }
            }
            return collected
        }
        let timer = Task { try await Task.sleep(for: .seconds(10)); reader.cancel() }
        let messages = try await reader.value.sorted { ($0.keyString ?? "") < ($1.keyString ?? "") }
        timer.cancel()
        for message in messages {
            if message.topic == topics.deadLetters {
                let headers = Dictionary(message.headers.map { ($0.name, $0.stringValue ?? "") }) { first, _ in first }
                DemoSummary.deadLetterLines(key: message.keyString, headers: headers).forEach { print($0) }
            } else {
                let record = try JSONDecoder().decode(EnrichedRecord.self, from: Data(message.value))
                DemoSummary.lines(for: record, partition: message.partition, offset: message.offset).forEach { print($0) }
            }
            print("")
        }
        await consumer.close()
    }
}
