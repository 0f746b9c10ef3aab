import Kafka
import Testing

@testable import NewswireOperations

/// `replay copy` against the embedded broker.
@Suite(.serialized) struct TopicCopierTests {
    /// `dlq` (2 partitions) with 6 dead letters per partition, keys `art-<p>-<i>` and an error header.
    static func seededCluster() async throws -> KafkaMockCluster {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("dlq", partitions: 2)
        try cluster.createTopic("raw", partitions: 2)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        for index in 0..<6 {
            for partition: Int32 in [0, 1] {
                _ = try await producer.send(KafkaProducerMessage(
                    topic: "dlq", partition: partition, key: Array("art-\(partition)-\(index)".utf8),
                    value: Array("{\"id\":\"art-\(partition)-\(index)\"}".utf8),
                    headers: [KafkaHeader(name: "newswire-error-class", string: "extraction")]))
            }
        }
        await producer.close()
        return cluster
    }

    /// Every message of `topic`, read by assignment from the start.
    static func readAll(_ topic: String, count: Int, cluster: KafkaMockCluster) async throws -> [KafkaMessage] {
        let consumer = try KafkaConsumer(configuration: cluster.configuration(groupID: "reader"))
        try consumer.assign([0, 1].map { KafkaTopicPartition(topic: topic, partition: $0, offset: 0) })
        var messages: [KafkaMessage] = []
        var iterator = consumer.messages.makeAsyncIterator()
        while messages.count < count, let message = try await iterator.next() { messages.append(message) }
        await consumer.close()
        return messages
    }

    @Test func copiesTheOffsetRangePreservingKeyValueAndHeadersWithLineage() async throws {
        let cluster = try await Self.seededCluster()
        var request = CopyRequest(fromTopic: "dlq", toTopic: "raw")
        request.start = .offset(2)
        request.end = .offset(5)
        let result = try await TopicCopier(configuration: cluster.configuration()).copy(request)
        #expect(result == CopyProgress(total: 6, read: 6, copied: 6, filtered: 0, interrupted: false))

        let copies = try await Self.readAll("raw", count: 6, cluster: cluster)
        let keys = Set(copies.compactMap(\.keyString))
        #expect(keys == Set(["art-0-2", "art-0-3", "art-0-4", "art-1-2", "art-1-3", "art-1-4"]))
        for copy in copies {
            let key = try #require(copy.keyString)
            #expect(copy.valueString == "{\"id\":\"\(key)\"}")
            let headers = Dictionary(copy.headers.map { ($0.name, $0.stringValue ?? "") }) { $1 }
            #expect(headers["newswire-error-class"] == "extraction")
            let parts = key.split(separator: "-")
            #expect(headers[TopicCopier.replayedFromHeader] == "dlq/\(parts[1])/\(parts[2])")
            let copiedAt = try #require(headers[TopicCopier.replayedAtHeader])
            #expect(copiedAt.hasSuffix("Z") && copiedAt.count == 24)
        }
    }

    @Test func keyFilterAndRateLimitApply() async throws {
        let cluster = try await Self.seededCluster()
        var request = CopyRequest(fromTopic: "dlq", toTopic: "raw")
        request.keyFilter = "art-1-*"
        request.rate = 20
        let clock = ContinuousClock()
        let started = clock.now
        let result = try await TopicCopier(configuration: cluster.configuration()).copy(request)
        let elapsed = clock.now - started
        #expect(result.copied == 6)
        #expect(result.filtered == 6)
        #expect(result.read == 12)
        #expect(elapsed >= .milliseconds(250))  // 6 messages at 20/s: the last one is due after 300 ms
        let copies = try await Self.readAll("raw", count: 6, cluster: cluster)
        #expect(copies.allSatisfy { $0.keyString?.hasPrefix("art-1-") == true })
    }

    @Test func cancellationStopsWithASummary() async throws {
        let cluster = try await Self.seededCluster()
        var request = CopyRequest(fromTopic: "dlq", toTopic: "raw")
        request.rate = 4
        let copier = TopicCopier(configuration: cluster.configuration())
        let task = Task { try await copier.copy(request) }
        try await Task.sleep(for: .milliseconds(900))
        task.cancel()
        let result = try await task.value
        #expect(result.interrupted)
        #expect(result.copied > 0 && result.copied < 12)
        #expect(result.summary.contains("interrupted"))
    }

    /// Start and end by time on the embedded broker (its ListOffsets answers -1: the wrapper's fallback finds the
    /// offsets). Partition 0's messages are 1 s apart from `base`, partition 1's half a second later.
    @Test func aTimeRangeCopiesTheMessagesFromTheStartUpToButNotIncludingTheEnd() async throws {
        let base: Int64 = 1_790_000_000_000
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("src", partitions: 2)
        try cluster.createTopic("dst", partitions: 2)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        for index in 0..<8 {
            for partition: Int32 in [0, 1] {
                _ = try await producer.send(KafkaProducerMessage(
                    topic: "src", partition: partition, key: Array("m-\(partition)-\(index)".utf8),
                    value: Array("v".utf8), timestampMilliseconds: base + Int64(index) * 1000 + Int64(partition) * 500))
            }
        }
        await producer.close()
        var request = CopyRequest(fromTopic: "src", toTopic: "dst")
        request.start = .timestamp(milliseconds: base + 2000)  // p0: index 2; p1: index 2 (at +2.5 s)
        request.end = .timestamp(milliseconds: base + 5200)  // p0: stops before index 6; p1: before index 5
        let result = try await TopicCopier(configuration: cluster.configuration()).copy(request)
        #expect(result == CopyProgress(total: 7, read: 7, copied: 7, filtered: 0, interrupted: false))
        let consumer = try KafkaConsumer(configuration: cluster.configuration())
        try consumer.assign([0, 1].map { KafkaTopicPartition(topic: "dst", partition: $0, offset: 0) })
        var keys: Set<String> = []
        var iterator = consumer.messages.makeAsyncIterator()
        while keys.count < 7, let message = try await iterator.next() { keys.insert(message.keyString ?? "") }
        await consumer.close()
        #expect(keys == Set(["m-0-2", "m-0-3", "m-0-4", "m-0-5", "m-1-2", "m-1-3", "m-1-4"]))
    }

    @Test func aHeaderFilterCopiesOnlyMessagesCarryingEveryGivenHeaderValue() async throws {
        let cluster = try await Self.seededCluster()
        let producer = try KafkaProducer(configuration: cluster.configuration())
        _ = try await producer.send(KafkaProducerMessage(
            topic: "dlq", partition: 0, key: Array("big-1".utf8), value: Array("{}".utf8),
            headers: [KafkaHeader(name: "newswire-error-class", string: "too_large")]))
        await producer.close()
        var request = CopyRequest(fromTopic: "dlq", toTopic: "raw")
        request.headerFilter = ["newswire-error-class": "too_large"]
        let result = try await TopicCopier(configuration: cluster.configuration()).copy(request)
        #expect(result == CopyProgress(total: 13, read: 13, copied: 1, filtered: 12, interrupted: false))
        #expect(result.summary.contains("12 left out by the filters"))
        let copies = try await Self.readAll("raw", count: 1, cluster: cluster)
        #expect(copies.map(\.keyString) == ["big-1"])
        // Every header must match; a missing header is no match.
        request.headerFilter = ["newswire-error-class": "too_large", "newswire-attempts": "1"]
        #expect(!request.matches(key: "big-1", headers: [("newswire-error-class", "too_large")]))
        #expect(request.matches(key: "big-1", headers: [("newswire-attempts", "1"), ("newswire-error-class", "too_large")]))
    }

    @Test func exactKeyFilterMatchesWholeKeysOnly() {
        var request = CopyRequest(fromTopic: "a", toTopic: "b")
        request.keyFilter = "art-1"
        #expect(request.matches(key: "art-1"))
        #expect(!request.matches(key: "art-10"))
        #expect(!request.matches(key: nil))
    }
}
