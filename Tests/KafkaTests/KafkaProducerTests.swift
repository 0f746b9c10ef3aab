import Testing
@testable import Kafka

@Suite struct KafkaProducerTests {
    @Test func sendReturnsPartitionAndOffsetAssignedByTheBroker() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("p1", partitions: 2)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        let first = try await producer.send(KafkaProducerMessage(topic: "p1", partition: 1, key: "k", value: "one"))
        let second = try await producer.send(KafkaProducerMessage(topic: "p1", partition: 1, key: "k", value: "two"))
        #expect(first == KafkaDeliveryReport(topic: "p1", partition: 1, offset: 0))
        #expect(second == KafkaDeliveryReport(topic: "p1", partition: 1, offset: 1))
        await producer.close()
        withExtendedLifetime(cluster) {}
    }

    @Test func batchResultsComeBackInInputOrder() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("p2", partitions: 3)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        let messages = (0..<300).map { KafkaProducerMessage(topic: "p2", partition: Int32($0 % 3), key: nil, value: "m\($0)") }
        let results = await producer.send(batch: messages)
        let reports = try results.map { try $0.get() }
        #expect(reports.count == 300)
        for (index, report) in reports.enumerated() {
            #expect(report.partition == Int32(index % 3))
            #expect(report.offset == Int64(index / 3))
        }
        await producer.close()
        withExtendedLifetime(cluster) {}
    }

    @Test func aTombstoneAndAnEmptyValueStayDistinctOnTheWire() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("compacted", partitions: 1)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        var tombstone = KafkaProducerMessage(topic: "compacted", key: "gone", value: "ignored")
        tombstone.isTombstone = true
        let messages = [tombstone, KafkaProducerMessage(topic: "compacted", key: "blank", value: ""),
                        KafkaProducerMessage(topic: "compacted", key: "full", value: "x")]
        for result in await producer.send(batch: messages) { _ = try result.get() }
        let consumer = try KafkaConsumer(configuration: cluster.configuration())
        try consumer.assign([KafkaTopicPartition(topic: "compacted", partition: 0, offset: KafkaOffset.beginning)])
        var received: [KafkaMessage] = []
        for try await message in consumer.messages {
            received.append(message)
            if received.count == 3 { break }
        }
        #expect(received.map(\.keyString) == ["gone", "blank", "full"])
        #expect(received.map(\.isTombstone) == [true, false, false])
        #expect(received.map(\.value) == [[], [], Array("x".utf8)])
        await consumer.close()
        await producer.close()
        withExtendedLifetime(cluster) {}
    }
}
