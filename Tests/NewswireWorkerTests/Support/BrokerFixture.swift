import Kafka
import Logging
import Synchronization
import NewswireCore
@testable import NewswireWorker

/// An embedded broker with the worker's topics, and helpers to run workers against it and read their output.
struct BrokerFixture {
    let cluster: KafkaMockCluster
    let topics = OutputTopics()
    let input = "articles.raw"

    /// With two brokers, broker 1 leads the input topic and broker 2 the output topics, so a test can slow the
    /// output alone (pin the group's coordinator to broker 1 too).
    init(inputPartitions: Int = 4, brokers: Int = 1) throws {
        cluster = try KafkaMockCluster(brokers: brokers)
        try cluster.createTopic(input, partitions: inputPartitions)
        let outputs = [(topics.enriched, 4), (topics.events, 4), (topics.deadLetters, 1)]
        for (topic, partitions) in outputs { try cluster.createTopic(topic, partitions: partitions) }
        guard brokers > 1 else { return }
        for partition in 0..<Int32(inputPartitions) {
            try cluster.setPartitionLeader(topic: input, partition: partition, brokerID: 1)
        }
        for (topic, partitions) in outputs {
            for partition in 0..<Int32(partitions) { try cluster.setPartitionLeader(topic: topic, partition: partition, brokerID: 2) }
        }
    }

    /// Publishes values (keyed when a key is given) and waits for the broker's acks.
    func publish(_ messages: [(key: String?, value: [UInt8])]) async throws {
        let producer = try KafkaProducer(configuration: cluster.configuration())
        let batch = messages.map { KafkaProducerMessage(topic: input, key: $0.key.map { Array($0.utf8) }, value: $0.value) }
        for result in await producer.send(batch: batch) { _ = try result.get() }
        await producer.close()
    }

    /// A worker in group `group` reading the input topic.
    func makeWorker(
        group: String = "newswire-test", configuration: WorkerConfiguration = WorkerConfiguration(
            concurrency: 4, maxMessageBytes: 8192, commitInterval: .milliseconds(200))
    ) throws -> (Worker<KafkaMessageSource, TappedSink<KafkaRecordSink>, BasicArticleProcessor>, KafkaProducer) {
        try makeWorker(group: group, configuration: configuration, processor: BasicArticleProcessor())
    }

    /// A worker in group `group` reading the input topic with `processor`.
    func makeWorker<P: ArticleProcessor>(
        group: String, configuration: WorkerConfiguration, processor: P, kafkaProperties: [String: String] = [:]
    ) throws -> (Worker<KafkaMessageSource, TappedSink<KafkaRecordSink>, P>, KafkaProducer) {
        let logger = Logger(label: "worker-test")
        var properties = ["session.timeout.ms": "6000"]
        properties.merge(kafkaProperties) { _, new in new }
        let source = try KafkaMessageSource(
            configuration: cluster.configuration(groupID: group, properties: properties),
            topic: input, bufferCapacity: 200, logger: logger)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        let worker = try Worker(
            source: source, sink: TappedSink(base: KafkaRecordSink(producer: producer)), processor: processor,
            configuration: configuration, logger: logger)
        return (worker, producer)
    }

    /// Reads every message of `topic` from the beginning, until `count` arrived or `timeout` passed.
    func readAll(
        _ topic: String, partitions: Int, atLeast count: Int, distinct: Bool = false, timeout: Duration = .seconds(30)
    ) async throws -> [KafkaMessage]
    {
        let consumer = try KafkaConsumer(configuration: cluster.configuration())
        try consumer.assign((0..<partitions).map {
            KafkaTopicPartition(topic: topic, partition: Int32($0), offset: KafkaOffset.beginning)
        })
        var result: [KafkaMessage] = []
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
        result = try await reader.value
        timer.cancel()
        await consumer.close()
        return result
    }

    /// Polls the committed offsets of `group` until they add up to `total` or `timeout` passes; returns the last sum.
    func waitForCommitted(group: String, partitions: Int, total: Int64, timeout: Duration = .seconds(60)) async -> Int64 {
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: timeout)
        var sum: Int64 = -1
        while clock.now < end {
            if let committed = try? await committed(group: group, partitions: partitions) {
                sum = committed.values.reduce(0) { $0 + max(0, $1) }
                if sum == total { break }
            }
            try? await Task.sleep(for: .milliseconds(300))
        }
        return sum
    }

    /// The committed offset of each input partition for `group`.
    func committed(group: String, partitions: Int) async throws -> [Int32: Int64] {
        let consumer = try KafkaConsumer(configuration: cluster.configuration(groupID: group))
        let offsets = try await consumer.committed((0..<partitions).map { KafkaTopicPartition(topic: input, partition: Int32($0)) })
        await consumer.close()
        return Dictionary(uniqueKeysWithValues: offsets.map { ($0.partition, $0.offset) })
    }
}

/// Wraps a sink and remembers the keys of acknowledged enriched records (to tell which worker did what).
struct TappedSink<Base: RecordSink>: RecordSink {
    let base: Base
    let keys = KeyLog()

    func enqueue(_ records: [OutboundRecord]) -> PendingDelivery {
        let pending = base.enqueue(records)
        let keys = self.keys
        return PendingDelivery {
            let outcomes = await pending.outcomes()
            for (record, outcome) in zip(records, outcomes) where outcome.failure == nil && record.topic == "articles.enriched" {
                keys.append(record.keyString ?? "")
            }
            return outcomes
        }
    }
}

/// A thread-safe list of keys.
final class KeyLog: Sendable {
    private let keys = Mutex<[String]>([])
    func append(_ key: String) { keys.withLock { $0.append(key) } }
    var all: [String] { keys.withLock { $0 } }
}
