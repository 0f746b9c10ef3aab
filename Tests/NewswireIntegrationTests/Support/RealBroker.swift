import Foundation
import Testing
import Kafka
import Logging
import NewswireCore
import NewswireWorker

/// A set of fresh topics on the real broker named by `KAFKA_BOOTSTRAP_SERVERS`, unique to one test run, with
/// helpers to publish to them, run workers against them and read them back.
struct RealBroker: Sendable {
    let bootstrapServers: String
    /// Prefix of every topic and group this run creates (`it-<time>-<random>-<test>`).
    let runID: String
    let input: String
    let inputPartitions: Int
    let topics: OutputTopics
    let outputPartitions = 3

    /// Creates the input and output topics, runs `body`, then deletes the topics (also when `body` throws).
    static func withTopics<T: Sendable>(
        _ test: String, inputPartitions: Int = 6, _ body: (RealBroker) async throws -> T
    ) async throws -> T {
        let servers = try #require(IntegrationEnvironment.bootstrapServers)
        let stamp = Int(Date().timeIntervalSince1970)
        let runID = "it-\(stamp)-\(UInt32.random(in: 0...UInt32.max))-\(test)"
        let broker = RealBroker(
            bootstrapServers: servers, runID: runID, input: "\(runID).raw", inputPartitions: inputPartitions,
            topics: OutputTopics(enriched: "\(runID).enriched", events: "\(runID).events", deadLetters: "\(runID).dlq"))
        let admin = try TopicAdmin(bootstrapServers: servers)
        try admin.create(broker.allTopics)
        do {
            let result = try await body(broker)
            try? admin.delete(broker.allTopics.map { $0.name })
            return result
        } catch {
            try? admin.delete(broker.allTopics.map { $0.name })
            throw error
        }
    }

    var allTopics: [(name: String, partitions: Int)] {
        [(input, inputPartitions), (topics.enriched, outputPartitions), (topics.events, outputPartitions),
         (topics.deadLetters, 1)]
    }

    /// A consumer group id unique to this run.
    func group(_ name: String) -> String { "\(runID)-\(name)" }

    /// A client configuration for the broker, with group id and librdkafka properties when given.
    func configuration(groupID: String? = nil, properties: [String: String] = [:]) -> KafkaConfiguration {
        KafkaConfiguration(bootstrapServers: bootstrapServers, groupID: groupID, properties: properties)
    }

    /// Publishes values to `topic` (the input by default) and waits for every ack.
    func publish(_ messages: [(key: String?, value: [UInt8])], to topic: String? = nil) async throws {
        try await publish(messages.map {
            KafkaProducerMessage(topic: topic ?? input, key: $0.key.map { Array($0.utf8) }, value: $0.value)
        })
    }

    /// Publishes prepared messages and waits for every ack.
    func publish(_ messages: [KafkaProducerMessage]) async throws {
        let producer = try KafkaProducer(configuration: configuration())
        let results = await producer.send(batch: messages)
        await producer.close()
        for result in results { _ = try result.get() }
    }

    /// A worker in `group` reading the input topic, publishing to this run's output topics through `processor`.
    func makeWorker<P: ArticleProcessor>(
        group: String, configuration: WorkerConfiguration, processor: P
    ) throws -> (Worker<KafkaMessageSource, TappedSink<KafkaRecordSink>, P>, KafkaProducer) {
        var configuration = configuration
        configuration.topics = topics
        let logger = Logger(label: "integration-\(group)")
        let source = try KafkaMessageSource(
            configuration: self.configuration(groupID: group, properties: ["session.timeout.ms": "10000"]),
            topic: input, bufferCapacity: 200, logger: logger)
        let producer = try KafkaProducer(configuration: self.configuration())
        let worker = try Worker(
            source: source, sink: TappedSink(base: KafkaRecordSink(producer: producer), enrichedTopic: topics.enriched),
            processor: processor, configuration: configuration, logger: logger)
        return (worker, producer)
    }

    /// Reads `topic` from the beginning of every partition until `count` messages (or distinct keys) arrived or
    /// `timeout` passed; returns what arrived.
    func readAll(
        _ topic: String, partitions: Int, atLeast count: Int, distinct: Bool = false, timeout: Duration = .seconds(60)
    ) async throws -> [KafkaMessage] {
        let consumer = try KafkaConsumer(configuration: configuration())
        try consumer.assign((0..<partitions).map {
            KafkaTopicPartition(topic: topic, partition: Int32($0), offset: KafkaOffset.beginning)
        })
        let reader = Task {
            var collected: [KafkaMessage] = []
            var keys = Set<String>()
            for try await message in consumer.messages {
                collected.append(message)
                keys.insert(message.keyString ?? "")
                if (distinct ? keys.count : collected.count) >= count { break }
            }
            return collected
        }
        let timer = Task {
            try await Task.sleep(for: timeout)
            reader.cancel()
        }
        defer { timer.cancel() }
        let result = try await reader.value
        await consumer.close()
        return result
    }

    /// The committed offset of each input partition for `group` (partitions without a commit count as 0).
    func committed(group: String) async throws -> [Int32: Int64] {
        let consumer = try KafkaConsumer(configuration: configuration(groupID: group))
        let offsets = try await consumer.committed(
            (0..<inputPartitions).map { KafkaTopicPartition(topic: input, partition: Int32($0)) })
        await consumer.close()
        return Dictionary(uniqueKeysWithValues: offsets.map { ($0.partition, max(0, $0.offset)) })
    }
}
