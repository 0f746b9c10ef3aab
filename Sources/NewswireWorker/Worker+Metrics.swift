import Foundation
import NewswireOperations

/// Reporting to ``NewswireMetrics`` and ``HealthState`` (both optional).
extension Worker {
    /// Counts what one acknowledged delivery produced: records per topic, the dead letter's class, the produce
    /// stage's duration and, for a published article, the end-to-end latency from the input message's
    /// timestamp to now.
    nonisolated func report(_ completion: Completion, of delivery: InFlightDelivery, producing since: ContinuousClock.Instant) {
        guard let metrics else { return }
        metrics.stageDuration(stage: "produce", ContinuousClock.now - since)
        switch completion.outcome {
        case .published:
            var perTopic: [String: Int] = [:]
            for record in delivery.records { perTopic[record.topic, default: 0] += 1 }
            for (topic, count) in perTopic { metrics.recordProduced(topic: topic, count: count) }
            if let timestamp = delivery.message.timestampMilliseconds {
                let nowMilliseconds = Int64((Date().timeIntervalSince1970 * 1000).rounded())
                metrics.endToEndLatency(.milliseconds(nowMilliseconds - timestamp))
            }
        case .deadLettered(let errorClass):
            metrics.recordProduced(topic: configuration.topics.deadLetters)
            metrics.deadLetter(errorClass: errorClass.rawValue)
        case .abandoned:
            break
        }
    }

    /// Reports the committed offsets (the next offset to read, per partition).
    func reportCommitted(_ offsets: [TopicPartition: Int64]) {
        guard let metrics else { return }
        for (partition, offset) in offsets {
            metrics.committedOffset(topic: partition.topic, partition: partition.partition, offset: offset)
        }
    }

    /// Reports a change of assignment: one rebalance, and the partitions now owned (ready when assigned).
    func reportAssignment(revoked: Bool) {
        metrics?.rebalance()
        guard let health else { return }
        let owned = tracker.ownedPartitions.count
        if revoked && owned == 0 {
            health.recordRevocation()
        } else {
            health.recordJoinedGroup()
            health.recordAssignment(partitionCount: owned)
        }
    }
}
