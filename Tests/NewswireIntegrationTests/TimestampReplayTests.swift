import Foundation
@testable import Kafka
import NewswireOperations
import Testing

/// Replay by datetime against the real broker's timestamp index (ListOffsets), with no fallback search.
@Suite(.enabled(if: IntegrationEnvironment.isConfigured, IntegrationEnvironment.howToRun), .serialized)
struct TimestampReplayTests {
    /// 100 messages per partition, one second apart (CreateTime set by the producer), starting an hour ago.
    static let count: Int64 = 100

    static func publishTimeline(_ broker: RealBroker, start: Int64) async throws {
        var messages: [KafkaProducerMessage] = []
        for partition in 0..<Int32(broker.inputPartitions) {
            for index in 0..<count {
                messages.append(KafkaProducerMessage(
                    topic: broker.input, partition: partition, key: Array("p\(partition)-\(index)".utf8),
                    value: Articles.article(id: "\(broker.runID)-p\(partition)-\(index)"),
                    timestampMilliseconds: start + index * 1000))
            }
        }
        try await broker.publish(messages)
    }

    @Test(.timeLimit(.minutes(3)))
    func theBrokerAnswersTheFirstOffsetAtOrAfterATimestamp() async throws {
        try await RealBroker.withTopics("ts", inputPartitions: 2) { broker in
            let start = Int64(Date().timeIntervalSince1970 * 1000) - 3_600_000
            try await Self.publishTimeline(broker, start: start)
            let consumer = try KafkaConsumer(configuration: broker.configuration())
            for partition in 0..<Int32(broker.inputPartitions) {
                // The broker's own answer, without the wrapper's probing fallback.
                let exact = consumer.brokerOffset(forTimestamp: start + 50_000, topic: broker.input, partition: partition)
                #expect(exact == 50, "partition \(partition): ListOffsets for an exact timestamp")
                let between = consumer.brokerOffset(forTimestamp: start + 50_500, topic: broker.input, partition: partition)
                #expect(between == 51, "partition \(partition): ListOffsets between two messages")
                let before = consumer.brokerOffset(forTimestamp: start - 60_000, topic: broker.input, partition: partition)
                #expect(before == 0)
                // The public API gives the same, and the end of the partition for a time after every message.
                let middle = try await consumer.offset(forTimestamp: start + 50_500, topic: broker.input, partition: partition)
                #expect(middle == 51)
                let after = try await consumer.offset(
                    forTimestamp: start + Self.count * 1000 + 60_000, topic: broker.input, partition: partition)
                #expect(after == Self.count)
            }
            await consumer.close()
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func replayResetToADatetimeCommitsTheBrokersOffsets() async throws {
        try await RealBroker.withTopics("reset", inputPartitions: 2) { broker in
            let start = Int64(Date().timeIntervalSince1970 * 1000) - 3_600_000
            try await Self.publishTimeline(broker, start: start)
            let group = broker.group("replay")
            // The group first commits the end of every partition, as if it had processed everything.
            let committer = try KafkaConsumer(configuration: broker.configuration(groupID: group))
            try await committer.commit(offsets: (0..<Int32(broker.inputPartitions)).map {
                KafkaTopicPartition(topic: broker.input, partition: $0, offset: Self.count)
            })
            await committer.close()

            let resetter = OffsetResetter(configuration: broker.configuration())
            let plan = try await resetter.plan(
                group: group, topic: broker.input, partitions: nil, target: .timestamp(milliseconds: start + 30_000))
            #expect(plan.rows.map(\.target) == Array(repeating: 30, count: broker.inputPartitions))
            #expect(plan.rows.map(\.committed) == Array(repeating: Self.count, count: broker.inputPartitions))
            try await resetter.execute(plan)  // the real broker answers the group-membership check
            let committed = try await broker.committed(group: group)
            #expect(committed == Dictionary(uniqueKeysWithValues: (0..<Int32(broker.inputPartitions)).map { ($0, 30) }))
        }
    }
}
