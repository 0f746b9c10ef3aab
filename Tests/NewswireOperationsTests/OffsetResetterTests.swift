import Kafka
import Testing

@testable import NewswireOperations

/// `replay reset` against the embedded broker.
@Suite(.serialized) struct OffsetResetterTests {
    static let base: Int64 = 1_790_000_000_000

    /// Topic `raw` with 10 messages per partition: partition 0 at base + i s, partition 1 half a second later.
    static func seededCluster() async throws -> KafkaMockCluster {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("raw", partitions: 2)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        for index in 0..<10 {
            for partition: Int32 in [0, 1] {
                _ = try await producer.send(KafkaProducerMessage(
                    topic: "raw", partition: partition, key: Array("k\(index)".utf8), value: Array("v".utf8),
                    timestampMilliseconds: base + Int64(index) * 1000 + Int64(partition) * 500))
            }
        }
        await producer.close()
        return cluster
    }

    func committed(_ resetter: OffsetResetter, group: String) async throws -> [Int64?] {
        try await resetter.plan(group: group, topic: "raw", partitions: nil, target: .latest).rows.map(\.committed)
    }

    @Test func resetToADatetimeLandsEachPartitionAtTheFirstOffsetAtOrAfterIt() async throws {
        let cluster = try await Self.seededCluster()
        let resetter = OffsetResetter(configuration: cluster.configuration())
        let start = try await resetter.plan(group: "g1", topic: "raw", partitions: nil, target: .offset(8))
        try await resetter.execute(start, checkMembers: false)
        #expect(try await committed(resetter, group: "g1") == [8, 8])

        let plan = try await resetter.plan(
            group: "g1", topic: "raw", partitions: nil, target: .timestamp(milliseconds: Self.base + 4500))
        #expect(plan.rows.map(\.target) == [5, 4])
        #expect(plan.rows.map(\.toProcess) == [5, 6])
        #expect(plan.rows.map(\.delta) == [3, 4])
        // The plan alone (the dry run) changes nothing.
        #expect(try await committed(resetter, group: "g1") == [8, 8])

        try await resetter.execute(plan, checkMembers: false)
        #expect(try await committed(resetter, group: "g1") == [5, 4])
    }

    @Test func selectedPartitionsOnlyAndUnknownOnesRefused() async throws {
        let cluster = try await Self.seededCluster()
        let resetter = OffsetResetter(configuration: cluster.configuration())
        let plan = try await resetter.plan(group: "g3", topic: "raw", partitions: [1], target: .earliest)
        try await resetter.execute(plan, checkMembers: false)
        #expect(try await committed(resetter, group: "g3") == [nil, 0])
        await #expect(throws: OperationsError.self) {
            _ = try await resetter.plan(group: "g3", topic: "raw", partitions: [2], target: .earliest)
        }
    }

    /// The embedded broker has no ListGroups/DescribeGroups, so the member count cannot be read here: the reset is
    /// refused because the check cannot be made (a real broker refuses it for the member; see Deploy's tests).
    @Test func executeIsRefusedWhileTheGroupHasActiveMembers() async throws {
        let cluster = try await Self.seededCluster()
        var configuration = cluster.configuration(groupID: "g2")
        configuration.properties["session.timeout.ms"] = "6000"
        configuration.properties["auto.offset.reset"] = "earliest"
        let member = try KafkaConsumer(configuration: configuration)
        try member.subscribe(topics: ["raw"])
        var iterator = member.messages.makeAsyncIterator()
        _ = try await iterator.next()  // joined and assigned

        let resetter = OffsetResetter(configuration: cluster.configuration())
        let plan = try await resetter.plan(group: "g2", topic: "raw", partitions: nil, target: .earliest)
        do {
            try await resetter.execute(plan)
            Issue.record("the reset of an active group was not refused")
        } catch let error as OperationsError {
            #expect(error.code == .replayRefused)
            #expect(error.key == "--group")
            #expect(error.message.contains("active member"))
        }
        // Refused means unchanged: the group's offsets are still where the member left them.
        let after = try await resetter.plan(group: "g2", topic: "raw", partitions: nil, target: .earliest)
        #expect(after.rows.map(\.committed) == plan.rows.map(\.committed))
        await member.close()
    }
}
