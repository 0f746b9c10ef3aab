import Kafka

/// Plans and applies `newswire replay reset`: reads the group's committed offsets and the watermarks, computes a
/// ``ResetPlan``, and commits its targets only when asked and only while the group has no active members.
public struct OffsetResetter: Sendable {
    /// The connection (bootstrap servers, security); its group id is ignored.
    public let configuration: KafkaConfiguration

    /// Creates a resetter.
    public init(configuration: KafkaConfiguration) {
        self.configuration = configuration
    }

    /// The plan for moving `group`'s offsets on `topic` (all partitions, or `partitions`) to `target`.
    public func plan(group: String, topic: String, partitions: [Int32]?, target: ReplayTarget) async throws
        -> ResetPlan
    {
        let consumer = try makeConsumer(group: group)
        do {
            let count = try await consumer.partitionCount(topic: topic)
            let selected = partitions ?? (0..<Int32(count)).map { $0 }
            if let unknown = selected.first(where: { $0 < 0 || $0 >= Int32(count) }) {
                throw OperationsError(
                    .invalidSetting, key: "--partitions",
                    "topic '\(topic)' has partitions 0-\(count - 1), got \(unknown)")
            }
            let committed = try await consumer.committed(
                selected.map { KafkaTopicPartition(topic: topic, partition: $0) })
            var states: [ResetPlan.PartitionState] = []
            for partition in selected {
                let marks = try await consumer.watermarks(topic: topic, partition: partition)
                let offset = committed.first { $0.partition == partition }?.offset ?? -1
                states.append(ResetPlan.PartitionState(
                    partition: partition, committed: offset >= 0 ? offset : nil, low: marks.low, high: marks.high))
            }
            let plan = try await ResetPlan(group: group, topic: topic, target: target, states: states) {
                partition, milliseconds in
                try await consumer.offset(forTimestamp: milliseconds, topic: topic, partition: partition)
            }
            await consumer.close()
            return plan
        } catch {
            await consumer.close()
            throw error
        }
    }

    /// Commits `plan`'s targets for its group, after checking that the group has no active members.
    /// - Parameter checkMembers: ask the coordinator for the group's members first (default). Brokers without
    ///   ListGroups/DescribeGroups (the embedded mock broker among them) make the check fail, and the reset is
    ///   then refused unless the caller has made sure otherwise that every worker is stopped and passes `false`.
    /// - Throws: ``OperationsError/Code/replayRefused`` while the group has members or when they cannot be checked.
    public func execute(_ plan: ResetPlan, checkMembers: Bool = true) async throws {
        if checkMembers { try requireInactive(plan.group) }
        let consumer = try makeConsumer(group: plan.group)
        do {
            try await consumer.commit(offsets: plan.rows.map {
                KafkaTopicPartition(topic: plan.topic, partition: $0.partition, offset: $0.target)
            })
        } catch {
            await consumer.close()
            throw error
        }
        await consumer.close()
    }

    func requireInactive(_ group: String) throws(OperationsError) {
        let status: ConsumerGroupStatus
        do {
            status = try ConsumerGroupInspector.status(of: group, configuration: configuration)
        } catch {
            throw OperationsError(
                .replayRefused, key: "--group",
                "cannot check whether consumer group '\(group)' has active members (\(error.message)); stop its "
                    + "workers and pass --skip-member-check to reset anyway")
        }
        guard status.isInactive else {
            throw OperationsError(
                .replayRefused, key: "--group",
                "consumer group '\(group)' has \(status.memberCount) active member(s) (state \(status.state)); "
                    + "stop its workers first (e.g. scale the deployment to 0), then run the reset again")
        }
    }

    func makeConsumer(group: String) throws -> KafkaConsumer {
        var configuration = configuration
        configuration.groupID = group
        return try KafkaConsumer(configuration: configuration, bufferCapacity: 16, batchSize: 16)
    }
}
