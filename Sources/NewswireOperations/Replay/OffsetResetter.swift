import Kafka

/// Plans and applies `newswire replay reset`: reads the group's committed offsets and the watermarks, computes a
/// ``ResetPlan``, and commits its targets only when asked and only while the group has no active members.
///
/// Two checks keep a reset away from a running group:
/// 1. The coordinator is asked for the group's members (ListGroups/DescribeGroups). Members mean refusal.
/// 2. The targets are committed from outside the group (generation -1, no member id). A Kafka coordinator accepts
///    such a commit only while the group is empty, and answers `UNKNOWN_MEMBER_ID`, `ILLEGAL_GENERATION` or
///    `REBALANCE_IN_PROGRESS` while it has members; that answer is a refusal too. This check cannot be skipped and
///    closes the gap between the first check and the commit (a worker joining in between).
///
/// Brokers without ListGroups/DescribeGroups (the embedded mock broker in librdkafka 2.0.2, which answers
/// `_UNSUPPORTED_FEATURE`) rely on the second check alone. The mock keeps a group's state after its last member
/// left, so there it refuses every reset of a group that ever had members; a real broker does not.
public struct OffsetResetter: Sendable {
    /// The connection (bootstrap servers, security); its group id is ignored.
    public let configuration: KafkaConfiguration
    /// Asks the coordinator for a group's state and member count.
    let inspect: @Sendable (String) throws(OperationsError) -> ConsumerGroupStatus

    /// Creates a resetter.
    public init(configuration: KafkaConfiguration) {
        self.init(configuration: configuration) { group throws(OperationsError) in
            try ConsumerGroupInspector.status(of: group, configuration: configuration)
        }
    }

    /// Creates a resetter that learns about groups from `inspect` (tests stand in for the coordinator).
    init(
        configuration: KafkaConfiguration,
        inspect: @escaping @Sendable (String) throws(OperationsError) -> ConsumerGroupStatus
    ) {
        self.configuration = configuration
        self.inspect = inspect
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

    /// Commits `plan`'s targets for its group, unless the group has active members (see the type's checks).
    /// - Returns: how the group was found inactive.
    /// - Throws: ``OperationsError/Code/replayRefused`` (key `--group`) while the group has members.
    @discardableResult
    public func execute(_ plan: ResetPlan) async throws -> MemberCheck {
        let check = try memberCheck(plan.group)
        let consumer = try makeConsumer(group: plan.group)
        do {
            try await consumer.commit(offsets: plan.rows.map {
                KafkaTopicPartition(topic: plan.topic, partition: $0.partition, offset: $0.target)
            })
        } catch {
            await consumer.close()
            guard let name = error.rdKafkaName, Self.activeGroupAnswers.contains(name) else { throw error }
            throw OperationsError(
                .replayRefused, key: "--group",
                "consumer group '\(plan.group)' has active members: its coordinator refused a commit from outside "
                    + "the group (\(name)); stop its workers first (e.g. scale the deployment to 0), then run the "
                    + "reset again")
        }
        await consumer.close()
        return check
    }

    /// The coordinator's answers to a commit from outside a group that mean the group has members.
    static let activeGroupAnswers: Set<String> = [
        "UNKNOWN_MEMBER_ID", "ILLEGAL_GENERATION", "REBALANCE_IN_PROGRESS", "FENCED_INSTANCE_ID", "STALE_MEMBER_EPOCH",
    ]

    /// Check 1: refuses when the coordinator lists members; a coordinator that cannot be asked leaves check 2.
    func memberCheck(_ group: String) throws(OperationsError) -> MemberCheck {
        let status: ConsumerGroupStatus
        do {
            status = try inspect(group)
        } catch {
            return .commitOnly(reason: error.message)
        }
        guard status.isInactive else {
            throw OperationsError(
                .replayRefused, key: "--group",
                "consumer group '\(group)' has \(status.memberCount) active member(s) (state \(status.state)); "
                    + "stop its workers first (e.g. scale the deployment to 0), then run the reset again")
        }
        return .listedEmpty(status)
    }

    func makeConsumer(group: String) throws -> KafkaConsumer {
        var configuration = configuration
        configuration.groupID = group
        return try KafkaConsumer(configuration: configuration, bufferCapacity: 16, batchSize: 16)
    }
}

/// How ``OffsetResetter/execute(_:)`` found the group inactive.
public enum MemberCheck: Sendable, Equatable, CustomStringConvertible {
    /// The coordinator listed the group without members, and accepted the commit from outside the group.
    case listedEmpty(ConsumerGroupStatus)
    /// The coordinator could not list the group (`reason`); it accepted the commit from outside the group, which
    /// it refuses while the group has members.
    case commitOnly(reason: String)

    public var description: String {
        switch self {
        case .listedEmpty(let status): "the coordinator lists group '\(status.group)' without members (\(status.state))"
        case .commitOnly(let reason):
            "the coordinator could not list the group (\(reason)); it accepted the commit from outside the group, "
                + "which it refuses while the group has members"
        }
    }
}
