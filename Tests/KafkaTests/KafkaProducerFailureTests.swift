import Testing
@testable import Kafka

@Suite struct KafkaProducerFailureTests {
    @Test func anInjectedNonRetriableErrorIsThrownFromSend() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("fail", partitions: 1)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        _ = try await producer.send(KafkaProducerMessage(topic: "fail", key: nil, value: "warm-up"))
        cluster.pushRequestErrors(apiKey: KafkaMockCluster.APIKey.produce, errors: [10])  // MSG_SIZE_TOO_LARGE
        defer { cluster.clearRequestErrors(apiKey: KafkaMockCluster.APIKey.produce) }
        let error = await #expect(throws: KafkaError.self) {
            _ = try await producer.send(KafkaProducerMessage(topic: "fail", key: nil, value: "rejected"))
        }
        #expect(error?.code == .deliveryFailed)
        #expect(error?.rdKafkaName == "MSG_SIZE_TOO_LARGE")
        #expect(error?.isRetriable == false)
        #expect(error?.remedy.isEmpty == false)
        await producer.close()
        withExtendedLifetime(cluster) {}
    }

    @Test func aLeaderTakenDownAndBroughtBackDuringAProduceLosesNothing() async throws {
        let cluster = try KafkaMockCluster(brokers: 3)
        try cluster.createTopic("ha", partitions: 3, replicationFactor: 3)
        let producer = try KafkaProducer(configuration: cluster.configuration(properties: ["message.timeout.ms": "60000"]))
        let messages = (0..<3_000).map { KafkaProducerMessage(topic: "ha", partition: Int32($0 % 3), key: nil, value: "\($0)") }
        async let results = producer.send(batch: messages)
        try await Task.sleep(for: .milliseconds(20))
        try cluster.setBrokerDown(1)
        try await Task.sleep(for: .milliseconds(1_500))
        try cluster.setBrokerUp(1)
        let reports = try await results.map { try $0.get() }
        #expect(reports.count == 3_000)
        let consumer = try KafkaConsumer(configuration: cluster.configuration())
        try consumer.assign((0..<3).map { KafkaTopicPartition(topic: "ha", partition: $0, offset: KafkaOffset.beginning) })
        let received = try await collect(consumer, count: 3_000, timeout: .seconds(60))
        #expect(Set(received.map(\.valueString)) == Set((0..<3_000).map { "\($0)" }))
        await consumer.close()
        await producer.close()
        withExtendedLifetime(cluster) {}
    }
}
