import Testing
@testable import Kafka

@Suite struct KafkaTimestampLookupTests {
    @Test func lookupFindsTheFirstOffsetAtOrAfterATimeThroughTheFallback() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("times", partitions: 1)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        let base: Int64 = 1_750_000_000_000
        // 100 messages, one second apart.
        _ = try await producer.send(batch: (0..<100).map {
            KafkaProducerMessage(topic: "times", key: nil, value: "\($0)", timestampMilliseconds: base + Int64($0) * 1000)
        }).map { try $0.get() }
        let consumer = try KafkaConsumer(configuration: cluster.configuration())
        // The embedded broker has no timestamp index: its answer is "none", so what follows exercises the fallback.
        #expect(consumer.brokerOffset(forTimestamp: base + 37_000, topic: "times", partition: 0) == nil)
        let lookup = { (time: Int64) async throws -> Int64 in
            try await consumer.offset(forTimestamp: time, topic: "times", partition: 0)
        }
        #expect(try await lookup(base + 37_000) == 37)
        #expect(try await lookup(base + 36_500) == 37)
        #expect(try await lookup(base - 5_000) == 0)
        #expect(try await lookup(base + 99_000) == 99)
        #expect(try await lookup(base + 500_000) == 100)  // after everything: the end, legitimately
        await consumer.close()
        await producer.close()
        withExtendedLifetime(cluster) {}
    }
}
