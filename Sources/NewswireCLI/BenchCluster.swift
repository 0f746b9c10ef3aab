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

    init() throws {
        cluster = try KafkaMockCluster(brokers: 1)
        for (topic, partitions) in [("articles.raw", 4), ("articles.enriched", 4), ("articles.events", 4), ("articles.dlq", 1)] {
            try cluster.createTopic(topic, partitions: partitions)
        }
        producer = try KafkaProducer(configuration: cluster.configuration(clientID: "bench-input"))
        workerProducer = try KafkaProducer(configuration: cluster.configuration(clientID: "bench-worker"))
    }

    func publish(_ inputs: [(id: String, bytes: [UInt8])]) async throws {
        let messages = inputs.map { KafkaProducerMessage(topic: "articles.raw", key: Array($0.id.utf8), value: $0.bytes) }
        for result in await producer.send(batch: messages) { _ = try result.get() }
    }

    func worker(processor: ExtractingArticleProcessor, concurrency: Int, group: String) throws
        -> Worker<KafkaMessageSource, KafkaRecordSink, ExtractingArticleProcessor>
    {
        let logger = Logger(label: "bench")
        let source = try KafkaMessageSource(
            configuration: cluster.configuration(clientID: "bench-worker", groupID: group), topic: "articles.raw",
            logger: logger)
        return try Worker(
            source: source, sink: KafkaRecordSink(producer: workerProducer), processor: processor,
            configuration: WorkerConfiguration(concurrency: concurrency), logger: logger)
    }

    /// Milliseconds from each input's broker timestamp to its enriched record's.
    func latencies(count: Int) async throws -> [Double] {
        let consumer = try KafkaConsumer(configuration: cluster.configuration(clientID: "bench-reader"))
        try consumer.assign((0..<4).map { KafkaTopicPartition(topic: "articles.enriched", partition: $0, offset: KafkaOffset.beginning) })
        var result: [Double] = []
        for try await message in consumer.messages {
            let record = try JSONDecoder().decode(EnrichedRecord.self, from: Data(message.value))
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
