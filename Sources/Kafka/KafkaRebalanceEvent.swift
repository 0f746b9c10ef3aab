/// A change of a group consumer's partitions, given to the consumer's rebalance hook.
///
/// The hook runs on the consumer's poll thread, and librdkafka waits for it: for ``willRevoke(_:lost:)`` it runs
/// **before** the partitions are given up, so the caller can finish in-flight messages, store and commit offsets.
/// Buffered messages of revoked partitions are dropped after the hook returns.
public enum KafkaRebalanceEvent: Sendable, Hashable {
    /// These partitions were added to the assignment (all of them with eager, the new ones with cooperative).
    case assigned([KafkaTopicPartition])
    /// These partitions are about to be taken away; `lost` is true when they were already lost (session timeout),
    /// in which case commits for them will fail.
    case willRevoke([KafkaTopicPartition], lost: Bool)
    /// The rebalance failed with this error; the assignment was cleared.
    case failed(KafkaError)
}
