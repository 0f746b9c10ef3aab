import ArgumentParser
import Foundation
import Kafka
import Logging
import NewswireCore
import NewswireWorker

/// The embedded broker and clients of one `bench-worker` run.
struct BenchCluster {
    let cluster: KafkaMockCluster
    let producer: KafkaProducer
    let workerProducer: KafkaProducer
    /// Partitions of the input and output topics.
    static let partitions = 16

    init() throws {
        cluster = try KafkaMockCluster(brokers: 1)
        // 16 partitions: the embedded broker keeps only about 5 MB per partition and silently drops older data,
        // and a run's enriched records (about 20 KB each for sample-size articles) would pass that on 4.
        for (topic, partitions) in [
            ("articles.raw", Self.partitions), ("articles.enriched", Self.partitions),
            ("articles.events", Self.partitions), ("articles.dlq", 1),
        ] {
            try cluster.createTopic(topic, partitions: partitions)
        }
        producer = try KafkaProducer(configuration: cluster.configuration(clientID: "bench-input"))
        workerProducer = try KafkaProducer(configuration: cluster.configuration(clientID: "bench-worker"))
    }

    func publish(_ inputs: [(id: String, bytes: [UInt8])]) async throws {
        let messages = inputs.map { KafkaProducerMessage(topic: "articles.raw", key: Array($0.id.utf8), value: $0.bytes) }
        for result in await producer.send(batch: messages) { _ = try result.get() }
    }

    /// - Parameter fetchWaitMilliseconds: the worker consumer's `fetch.wait.max.ms` (nil: librdkafka's 500). The
    ///   embedded broker holds an empty fetch for that long even when data arrives meanwhile (a real broker
    ///   answers as soon as there is data), so at low input rates it adds up to that much to every latency.
    func worker(processor: ExtractingArticleProcessor, concurrency: Int, group: String, fetchWaitMilliseconds: Int? = nil)
        throws -> BenchWorker
    {
        let logger = Logger(label: "bench")
        let properties = fetchWaitMilliseconds.map { ["fetch.wait.max.ms": String($0)] } ?? [:]
        let source = try KafkaMessageSource(
            configuration: cluster.configuration(clientID: "bench-worker", groupID: group, properties: properties),
            topic: "articles.raw",
            logger: logger)
        return try Worker(
            source: source, sink: KafkaRecordSink(producer: workerProducer), processor: processor,
            configuration: WorkerConfiguration(concurrency: concurrency), logger: logger)
    }

    /// Milliseconds from each input's broker timestamp to its enriched record's.
    /// Gives up with an error after `timeout` rather than wait for records that are not there.
    func latencies(count: Int, skipping skippedPrefix: String, timeout: Duration = .seconds(60)) async throws -> [Double] {
        try await withThrowingTaskGroup(of: [Double].self) { group in
            group.addTask { try await readLatencies(count: count, skipping: skippedPrefix) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw ValidationError("fewer than \(count) enriched records arrived within \(timeout)")
            }
            defer { group.cancelAll() }
            return try await group.next() ?? []
        }
    }

    private func readLatencies(count: Int, skipping skippedPrefix: String) async throws -> [Double] {
        let consumer = try KafkaConsumer(configuration: cluster.configuration(clientID: "bench-reader"))
        try consumer.assign((0..<Int32(Self.partitions)).map { KafkaTopicPartition(topic: "articles.enriched", partition: $0, offset: KafkaOffset.beginning) })
        var result: [Double] = []
        for try await message in consumer.messages {
            let record = try JSONDecoder().decode(EnrichedRecord.self, from: Data(message.value))
            if record.key.hasPrefix(skippedPrefix) { continue }
            if let input = record.source?.timestamp?.date, let output = message.timestampMilliseconds {
                result.append(Double(output) - input.timeIntervalSince1970 * 1000)
            }
            if result.count >= count { break }
        }
        await consumer.close()
        return result
    }

    func close() async {
        await producer.close()
        await workerProducer.close()
    }
}
