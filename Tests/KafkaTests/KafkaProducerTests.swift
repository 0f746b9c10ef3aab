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
}
