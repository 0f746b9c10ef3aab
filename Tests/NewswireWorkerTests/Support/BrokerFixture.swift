import Kafka
import Logging
import NewswireCore
@testable import NewswireWorker

/// An embedded broker with the worker's topics, and helpers to run workers against it and read their output.
struct BrokerFixture {
    let cluster: KafkaMockCluster
    let topics = OutputTopics()
    let input = "articles.raw"

    init(inputPartitions: Int = 4) throws {
        cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic(input, partitions: inputPartitions)
        try cluster.createTopic(topics.enriched, partitions: 4)
        try cluster.createTopic(topics.events, partitions: 4)
        try cluster.createTopic(topics.deadLetters, partitions: 1)
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
    ) throws -> (Worker<KafkaMessageSource, KafkaRecordSink, BasicArticleProcessor>, KafkaProducer) {
        let logger = Logger(label: "worker-test")
        let source = try KafkaMessageSource(
            configuration: cluster.configuration(groupID: group, properties: ["session.timeout.ms": "6000"]),
            topic: input, bufferCapacity: 200, logger: logger)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        let worker = try Worker(
            source: source, sink: KafkaRecordSink(producer: producer), processor: BasicArticleProcessor(),
            configuration: configuration, logger: logger)
        return (worker, producer)
    }

    /// Reads every message of `topic` from the beginning, until `count` arrived or `timeout` passed.
    func readAll(_ topic: String, partitions: Int, atLeast count: Int, timeout: Duration = .seconds(30))
        async throws -> [KafkaMessage]
    {
        let consumer = try KafkaConsumer(configuration: cluster.configuration())
        try consumer.assign((0..<partitions).map {
            KafkaTopicPartition(topic: topic, partition: Int32($0), offset: KafkaOffset.beginning)
        })
        defer { Task { await consumer.close() } }
        var result: [KafkaMessage] = []
        let reader = Task {
            var collected: [KafkaMessage] = []
            for try await message in consumer.messages {
                collected.append(message)
                if collected.count >= count { break }
            }
            return collected
        }
        let timer = Task {
            try await Task.sleep(for: timeout)
            reader.cancel()
        }
        result = try await reader.value
        timer.cancel()
        return result
    }

    /// The committed offset of each input partition for `group`.
    func committed(group: String, partitions: Int) async throws -> [Int32: Int64] {
        let consumer = try KafkaConsumer(configuration: cluster.configuration(groupID: group))
        let offsets = try await consumer.committed((0..<partitions).map { KafkaTopicPartition(topic: input, partition: Int32($0)) })
        await consumer.close()
        return Dictionary(uniqueKeysWithValues: offsets.map { ($0.partition, $0.offset) })
    }
}
