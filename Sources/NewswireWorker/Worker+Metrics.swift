import Foundation
import Logging
import NewswireCore
import NewswireOperations

/// Reporting to ``NewswireMetrics`` and ``HealthState`` (both optional), and logging dead letters.
extension Worker {
    /// Counts what one acknowledged delivery produced: records per topic, the dead letter's class, the produce
    /// stage's duration and, for a published article, the end-to-end latency from the input message's
    /// timestamp to now. A dead letter is also logged (``logDeadLetter(_:_:)``).
    nonisolated func report(_ completion: Completion, of delivery: InFlightDelivery, producing since: ContinuousClock.Instant) {
        if case .deadLettered(let errorClass) = completion.outcome { logDeadLetter(errorClass, delivery) }
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

    /// Logs a dead letter at warning level: one line with the input message's `topic`, `partition` and `offset`,
    /// the error class and what went wrong (the text of `newswire-error-message`).
    nonisolated func logDeadLetter(_ errorClass: DeadLetterErrorClass, _ delivery: InFlightDelivery) {
        let message = delivery.message
        var reason = "its outputs could not be produced after retries"
        if case .deadLetter(let failure) = delivery.kind { reason = failure.message }
        logger.forMessage(topic: message.topicPartition.topic, partition: message.topicPartition.partition,
                          offset: message.offset)
            .warning("dead-lettered", metadata: [
                "error_class": .string(errorClass.rawValue), "error": .string(reason),
                "dead_letter_topic": .string(configuration.topics.deadLetters),
            ])
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
