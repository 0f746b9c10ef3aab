/// Numbers each assignment of a partition, so that messages fetched under an assignment that has since ended
/// (a revocation, a seek, a new manual assignment) can be told apart from those of the current one, even when
/// the same partition has been assigned again in between.
///
/// A message is tagged with its partition's epoch as it was *before* the fetch call that returned it: librdkafka
/// runs rebalance callbacks inside that call and still returns the messages it collected before them
/// (see ``sortOutRevocation(in:now:reassigned:)``). A value type; ``RDKafkaMessageBuffer`` keeps it behind a lock
/// and hands out copies.
struct RDKafkaAssignmentEpochs: Sendable, Equatable {
    /// The epoch of every partition without one of its own.
    private(set) var base: UInt64 = 1
    private var next: UInt64 = 2
    private var own: [PartitionKey: UInt64] = [:]

    /// The current epoch of a partition.
    func epoch(topic: String, partition: Int32) -> UInt64 {
        own.isEmpty ? base : own[PartitionKey(topic: topic, partition: partition)] ?? base
    }

    /// Whether `message` was fetched under the current assignment of its partition; a message not tagged by a
    /// consumer (epoch 0) counts as current.
    func isCurrent(_ message: KafkaMessage) -> Bool {
        message.assignmentEpoch == 0 || message.assignmentEpoch == epoch(topic: message.topic, partition: message.partition)
    }

    /// Ends the current assignment of these partitions: messages tagged before are stale from now on.
    mutating func retire<S: Sequence<KafkaTopicPartition>>(_ partitions: S) {
        for partition in partitions {
            own[PartitionKey(topic: partition.topic, partition: partition.partition)] = next
            next += 1
        }
    }

    /// Ends the current assignment of every partition.
    mutating func retireAll() {
        base = next
        next += 1
        own.removeAll()
    }

    /// The messages of one fetch call during which some partitions were revoked: those fetched before the
    /// revocation are stale and dropped. Messages collected after a revocation can only come from a later
    /// assignment (librdkafka discards what it had prefetched for an unassigned partition), so for a partition
    /// assigned again within the same call, its messages are two runs of rising offsets, the stale one first, and
    /// the new one starts again from the committed offset. The stale run ends where the offsets fall back; if they
    /// never do, everything is kept: dropping any of the new run would lose it, since librdkafka has moved past it.
    /// (That keeps stale messages only when the call saw no new run, or one that starts right after the stale one;
    /// a revocation ends its fetch call once the queue is idle, so a re-assignment within the same call needs two
    /// rebalances within one fetch timeout.) Survivors get the current epoch.
    static func sortOutRevocation(
        in batch: [KafkaMessage], now: RDKafkaAssignmentEpochs, reassigned: Set<KafkaTopicPartition>
    ) -> [KafkaMessage] {
        var previous: [PartitionKey: Int64] = [:]
        var staleUntil: [PartitionKey: Int] = [:]  // index of the first message of the new run, per partition
        for (index, message) in batch.enumerated() where !now.isCurrent(message) {
            let key = PartitionKey(topic: message.topic, partition: message.partition)
            if let last = previous[key], message.offset <= last { staleUntil[key] = index }
            previous[key] = message.offset
        }
        var kept: [KafkaMessage] = []
        kept.reserveCapacity(batch.count)
        for (index, message) in batch.enumerated() {
            if now.isCurrent(message) {
                kept.append(message)
                continue
            }
            let key = PartitionKey(topic: message.topic, partition: message.partition)
            let partition = KafkaTopicPartition(topic: message.topic, partition: message.partition)
            guard reassigned.contains(partition), index >= staleUntil[key, default: 0] else { continue }
            var fresh = message
            fresh.assignmentEpoch = now.epoch(topic: message.topic, partition: message.partition)
            kept.append(fresh)
        }
        return kept
    }

    private struct PartitionKey: Hashable, Sendable {
        var topic: String
        var partition: Int32
    }
}
