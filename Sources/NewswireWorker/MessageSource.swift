/// Where the worker reads its input from: a consumer-group member (the Kafka adapter) or an in-memory fake.
///
/// The worker pulls batches from ``messages(listener:)``; when it has reached its in-flight bound it stops pulling,
/// and the source must then stop fetching (the Kafka wrapper's bounded buffer does this) rather than buffer without
/// limit. Before partitions are given up the source calls ``RebalanceListener/revoking(_:)`` and waits for it to
/// return, so the worker can drain and commit first.
public protocol MessageSource: Sendable {
    /// The batches of messages, in offset order within each partition.
    associatedtype Batches: AsyncSequence<[InboundMessage], any Error> & Sendable

    /// Starts consuming and returns the batches; rebalance events go to `listener`. Called once.
    func messages(listener: any RebalanceListener) async throws -> Batches

    /// Commits, for each partition, the offset of the next message to read (one past the last completed one).
    func commit(_ offsets: [TopicPartition: Int64]) async throws

    /// Leaves the group and releases the consumer. Called once, after the last commit.
    func close() async

    /// Whether `message` still belongs to its partition's current assignment. A message read before its partition
    /// was revoked is stale even when the partition has come back since: the group delivers it again from the
    /// committed offset, so the worker drops the stale copy. The default says true (a source that never hands
    /// out stale messages).
    func isCurrent(_ message: InboundMessage) -> Bool
}

extension MessageSource {
    public func isCurrent(_ message: InboundMessage) -> Bool { true }
}

/// Receives partition assignment changes from a ``MessageSource``.
public protocol RebalanceListener: Sendable {
    /// Partitions were assigned to this worker; messages from them follow.
    func assigned(_ partitions: [TopicPartition]) async
    /// Partitions are about to be taken away; the source waits for this to return before giving them up.
    func revoking(_ partitions: [TopicPartition]) async
}
