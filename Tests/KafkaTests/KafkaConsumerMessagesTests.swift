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

    @Test func messagesOfARevokedPartitionAreWithdrawnEvenFromABatchAReaderHasTaken() async throws {
        let buffer = RDKafkaMessageBuffer(capacity: 10)
        var iterator = KafkaConsumerMessages(buffer: buffer).makeAsyncIterator()
        func fetched(_ partition: Int32, _ offset: Int64) -> KafkaMessage {
            var message = KafkaMessage(topic: "t", partition: partition, offset: offset, key: nil, value: [])
            message.assignmentEpoch = buffer.epochs.epoch(topic: "t", partition: partition)
            return message
        }
        buffer.append([fetched(0, 0), fetched(1, 0), fetched(0, 1), fetched(1, 1)])
        buffer.append([fetched(0, 2), fetched(1, 2)])
        let first = try #require(try await iterator.next())  // the iterator now holds the rest of that batch
        #expect(buffer.isCurrent(first))

        buffer.retire([KafkaTopicPartition(topic: "t", partition: 0)])
        #expect(!buffer.isCurrent(first))
        #expect(buffer.buffered == 4)  // the second batch's stale message went at once
        let again = fetched(0, 0)  // assigned again: read from the committed offset under a new epoch
        buffer.append([again])
        var rest: [KafkaMessage] = []
        while rest.count < 4, let message = try await iterator.next() { rest.append(message) }
        #expect(rest.map { "\($0.partition)/\($0.offset)" } == ["1/0", "1/1", "1/2", "0/0"])
        #expect(rest.last == again)
        #expect(buffer.isCurrent(again))
        #expect(buffer.buffered == 0)
    }
}
