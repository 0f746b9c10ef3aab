import Foundation
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
        let check = try await resetter.execute(start)
        // The embedded broker cannot list groups; the commit from outside the (never joined) group was the check.
        guard case .commitOnly(let reason) = check else {
            Issue.record("expected the commit-only check on the embedded broker, got \(check)")
            return
        }
        #expect(reason.contains("not supported"))
        #expect(try await committed(resetter, group: "g1") == [8, 8])

        let plan = try await resetter.plan(
            group: "g1", topic: "raw", partitions: nil, target: .timestamp(milliseconds: Self.base + 4500))
        #expect(plan.rows.map(\.target) == [5, 4])
        #expect(plan.rows.map(\.toProcess) == [5, 6])
        #expect(plan.rows.map(\.delta) == [3, 4])
        // The plan alone (the dry run) changes nothing.
        #expect(try await committed(resetter, group: "g1") == [8, 8])

        try await resetter.execute(plan)
        #expect(try await committed(resetter, group: "g1") == [5, 4])
    }

    @Test func selectedPartitionsOnlyAndUnknownOnesRefused() async throws {
        let cluster = try await Self.seededCluster()
        let resetter = OffsetResetter(configuration: cluster.configuration())
        let plan = try await resetter.plan(group: "g3", topic: "raw", partitions: [1], target: .earliest)
        try await resetter.execute(plan)
        #expect(try await committed(resetter, group: "g3") == [nil, 0])
        await #expect(throws: OperationsError.self) {
            _ = try await resetter.plan(group: "g3", topic: "raw", partitions: [2], target: .earliest)
        }
    }

    /// The embedded broker has no ListGroups/DescribeGroups, so the member count cannot be read here: the
    /// coordinator's refusal of a commit from outside the group is what stops the reset (as on a real broker).
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
            #expect(error.message.contains("has active members"))
            #expect(error.message.contains("UNKNOWN_MEMBER_ID"))
        }
        // Refused means unchanged: the group's offsets are still where the member left them.
        let after = try await resetter.plan(group: "g2", topic: "raw", partitions: nil, target: .earliest)
        #expect(after.rows.map(\.committed) == plan.rows.map(\.committed))
        await member.close()
    }
}

extension OffsetResetterTests {
    /// `--by-duration PT4M40S` against the embedded broker, whose ListOffsets answers -1 for timestamps: the
    /// wrapper's binary-search fallback finds the first message at or after "4 min 40 s ago" in each partition.
    /// (The included messages are 25 s or more younger than the cut-off, so a slow machine cannot flip them.)
    @Test func resetByDurationLandsEachPartitionAtTheFirstMessageThatRecent() async throws {
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("raw", partitions: 2)
        let producer = try KafkaProducer(configuration: cluster.configuration())
        // Partition 0: one message a minute from 10 min ago to 1 min ago; partition 1 the same, 45 s later.
        for index in 0..<10 {
            for partition: Int32 in [0, 1] {
                let age = Int64(10 - index) * 60_000 - Int64(partition) * 45_000
                _ = try await producer.send(KafkaProducerMessage(
                    topic: "raw", partition: partition, key: Array("k\(index)".utf8), value: Array("v".utf8),
                    timestampMilliseconds: now - age))
            }
        }
        await producer.close()
        let resetter = OffsetResetter(configuration: cluster.configuration())
        let duration = try ISO8601Duration.parse("PT4M40S", key: "--by-duration")
        let target = ReplayTarget.before(duration, nowMilliseconds: Int64(Date().timeIntervalSince1970 * 1000))
        let plan = try await resetter.plan(group: "gd", topic: "raw", partitions: nil, target: target)
        // Partition 0: 4 min ago is index 6 (5 min ago is too old). Partition 1: 4 min 15 s ago is index 5
        // (5 min 15 s ago is too old).
        #expect(plan.rows.map(\.target) == [6, 5])
        #expect(plan.rows.map(\.toProcess) == [4, 5])
        #expect(try await committed(resetter, group: "gd") == [nil, nil])
        try await resetter.execute(plan)
        #expect(try await committed(resetter, group: "gd") == [6, 5])
    }

    /// The member-count check (ListGroups/DescribeGroups), which the embedded broker cannot answer, with a stand-in
    /// coordinator: members mean refusal before anything is committed.
    @Test func executeIsRefusedWhenTheCoordinatorListsMembers() async throws {
        let cluster = try await Self.seededCluster()
        let real = OffsetResetter(configuration: cluster.configuration())
        let plan = try await real.plan(group: "g4", topic: "raw", partitions: nil, target: .offset(7))
        let busy = OffsetResetter(configuration: cluster.configuration()) { group throws(OperationsError) in
            ConsumerGroupStatus(group: group, state: "Stable", memberCount: 3)
        }
        do {
            try await busy.execute(plan)
            Issue.record("the reset of a group with listed members was not refused")
        } catch let error as OperationsError {
            #expect(error.code == .replayRefused)
            #expect(error.key == "--group")
            #expect(error.message.contains("has 3 active member(s) (state Stable)"))
        }
        #expect(try await committed(real, group: "g4") == [nil, nil])

        let idle = OffsetResetter(configuration: cluster.configuration()) { group throws(OperationsError) in
            ConsumerGroupStatus(group: group, state: "Empty", memberCount: 0)
        }
        let check = try await idle.execute(plan)
        #expect(check == .listedEmpty(ConsumerGroupStatus(group: "g4", state: "Empty", memberCount: 0)))
        #expect(try await committed(real, group: "g4") == [7, 7])
    }

    /// A worker that joins between the member listing and the commit: the commit from outside the group is
    /// refused by the coordinator all the same.
    @Test func aGroupListedEmptyButJoinedSinceIsStillRefusedByTheCommit() async throws {
        let cluster = try await Self.seededCluster()
        var configuration = cluster.configuration(groupID: "g5")
        configuration.properties["session.timeout.ms"] = "6000"
        let member = try KafkaConsumer(configuration: configuration)
        try member.subscribe(topics: ["raw"])
        var iterator = member.messages.makeAsyncIterator()
        _ = try await iterator.next()
        let stale = OffsetResetter(configuration: cluster.configuration()) { group throws(OperationsError) in
            ConsumerGroupStatus(group: group, state: "Empty", memberCount: 0)
        }
        let plan = try await stale.plan(group: "g5", topic: "raw", partitions: nil, target: .earliest)
        await #expect(throws: OperationsError.self) { try await stale.execute(plan) }
        await member.close()
    }
}
