import Testing
@testable import Kafka

@Suite struct KafkaConsumerTests {
    @Test func roundTripKeepsKeysHeadersAndTimestamps() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("rt", partitions: 1)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        let headers = [KafkaHeader(name: "trace", string: "abc"), KafkaHeader(name: "empty", value: nil)]
        let sent = try await producer.send(KafkaProducerMessage(
            topic: "rt", key: "article-7", value: "{\"id\":\"article-7\"}", headers: headers,
            timestampMilliseconds: 1_700_000_000_123))
        let consumer = try KafkaConsumer(configuration: cluster.configuration())
        try consumer.assign([KafkaTopicPartition(topic: "rt", partition: 0, offset: KafkaOffset.beginning)])
        let message = try #require(try await collect(consumer, count: 1).first)
        #expect(message.topic == "rt")
        #expect(message.partition == sent.partition)
        #expect(message.offset == sent.offset)
        #expect(message.keyString == "article-7")
        #expect(message.valueString == "{\"id\":\"article-7\"}")
        #expect(message.headers == headers)
        #expect(message.timestampMilliseconds == 1_700_000_000_123)
        await consumer.close()
        await producer.close()
        withExtendedLifetime(cluster) {}
    }

    @Test func tenThousandMessagesOverEightPartitionsArriveCompleteAndInOrderPerPartition() async throws {
        let cluster = try KafkaMockCluster(brokers: 3)
        try cluster.createTopic("bulk", partitions: 8)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        let messages = (0..<10_000).map { KafkaProducerMessage(topic: "bulk", key: "k\($0 % 97)", value: "\($0)") }
        let reports = try await producer.send(batch: messages).map { try $0.get() }
        #expect(Set(reports.map(\.partition)).count == 8)
        let consumer = try KafkaConsumer(configuration: cluster.configuration(groupID: "bulk-readers"))
        try consumer.subscribe(topics: ["bulk"])
        let received = try await collect(consumer, count: 10_000, timeout: .seconds(60))
        #expect(Set(received.map(\.valueString)) == Set((0..<10_000).map { "\($0)" }))
        for partition in Int32(0)..<8 {
            let values = received.filter { $0.partition == partition }.map { Int($0.valueString)! }
            #expect(values == values.sorted(), "partition \(partition) out of order")
            let offsets = received.filter { $0.partition == partition }.map(\.offset)
            #expect(offsets == Array(0..<Int64(offsets.count)))
        }
        await consumer.close()
        await producer.close()
        withExtendedLifetime(cluster) {}
    }

    @Test func slowReaderKeepsBufferedMessagesAtOrUnderTheBound() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("slow", partitions: 2)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        let messages = (0..<3_000).map { KafkaProducerMessage(topic: "slow", key: nil, value: "payload-\($0)") }
        _ = try await producer.send(batch: messages).map { try $0.get() }
        let consumer = try KafkaConsumer(configuration: cluster.configuration(), bufferCapacity: 100, batchSize: 64)
        try consumer.assign((0..<2).map { KafkaTopicPartition(topic: "slow", partition: $0, offset: KafkaOffset.beginning) })
        var count = 0
        for try await _ in consumer.messages {
            count += 1
            #expect(consumer.bufferedCount <= 100)
            if count % 500 == 0 { try await Task.sleep(for: .milliseconds(300)) }  // a slow reader
            if count == 3_000 { break }
        }
        #expect(count == 3_000)
        #expect(consumer.maxBufferedCount <= 100)
        #expect(consumer.maxBufferedCount >= 64, "the buffer was never filled, so the bound was not exercised")
        await consumer.close()
        await producer.close()
        withExtendedLifetime(cluster) {}
    }

    @Test func seekWatermarksAndPositionsReflectThePartition() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("seek", partitions: 1)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        _ = try await producer.send(batch: (0..<20).map { KafkaProducerMessage(topic: "seek", key: nil, value: "\($0)") })
            .map { try $0.get() }
        let consumer = try KafkaConsumer(configuration: cluster.configuration())
        #expect(try await consumer.watermarks(topic: "seek", partition: 0) == KafkaWatermarks(low: 0, high: 20))
        #expect(try await consumer.partitionCount(topic: "seek") == 1)
        #expect(consumer.cachedWatermarks(topic: "seek", partition: 0) == nil, "nothing fetched yet")
        try consumer.assign([KafkaTopicPartition(topic: "seek", partition: 0, offset: 15)])
        let tail = try await collect(consumer, count: 5)
        #expect(tail.map(\.offset) == [15, 16, 17, 18, 19])
        #expect(consumer.cachedWatermarks(topic: "seek", partition: 0)?.high == 20, "the high watermark of the fetches")
        try await consumer.seek(KafkaTopicPartition(topic: "seek", partition: 0, offset: 3))
        let again = try await collect(consumer, count: 2)
        #expect(again.map(\.offset) == [3, 4])
        try await eventually("position after 4") {
            try consumer.positions([KafkaTopicPartition(topic: "seek", partition: 0)]).first?.offset ?? 0 > 4
        }
        await consumer.close()
        await producer.close()
        withExtendedLifetime(cluster) {}
    }
}
