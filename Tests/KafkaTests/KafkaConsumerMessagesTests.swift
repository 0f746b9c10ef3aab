import Testing
@testable import Kafka

@Suite struct KafkaConsumerMessagesTests {
    @Test func leavingALoopEarlySkipsNoMessagesForTheNextLoop() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("resume-loop", partitions: 1)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        _ = try await producer.send(batch: (0..<50).map { KafkaProducerMessage(topic: "resume-loop", key: nil, value: "\($0)") })
            .map { try $0.get() }
        let consumer = try KafkaConsumer(configuration: cluster.configuration())
        try consumer.assign([KafkaTopicPartition(topic: "resume-loop", partition: 0, offset: KafkaOffset.beginning)])
        let first = try await collect(consumer, count: 5)
        let rest = try await collect(consumer, count: 45)
        #expect((first + rest).map(\.offset) == Array(0..<50))
        #expect(consumer.bufferedCount == 0)
        await consumer.close()
        await producer.close()
        withExtendedLifetime(cluster) {}
    }

    @Test func nextBatchHandsOverRunsOfMessagesInOrder() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("batches", partitions: 1)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        _ = try await producer.send(batch: (0..<30).map { KafkaProducerMessage(topic: "batches", key: nil, value: "\($0)") })
            .map { try $0.get() }
        let consumer = try KafkaConsumer(configuration: cluster.configuration())
        try consumer.assign([KafkaTopicPartition(topic: "batches", partition: 0, offset: KafkaOffset.beginning)])
        var iterator = consumer.messages.makeAsyncIterator()
        var offsets: [Int64] = []
        while offsets.count < 30, let batch = try await iterator.nextBatch(limit: 7) {
            #expect(!batch.isEmpty && batch.count <= 7)
            offsets += batch.map(\.offset)
        }
        #expect(offsets == Array(0..<30))
        #expect(consumer.bufferedCount == 0)
        await consumer.close()
        await producer.close()
        withExtendedLifetime(cluster) {}
    }
}
