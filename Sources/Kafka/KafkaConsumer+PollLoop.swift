import CRDKafka
import Foundation

/// The consumer's poll thread: fetching into the bounded buffer, backpressure, and tagging fetches with the
/// assignment they belong to.
extension KafkaConsumer {
    /// How long the buffer must stay full before the partitions are paused.
    static let pauseAfter = Duration.milliseconds(200)

    /// The poll thread: fetch batches while there is room, pause partitions while there is none.
    static func pollLoop(
        handle: RDKafkaHandle, context: RDKafkaConsumerContext, batchSize: Int, thread: RDKafkaThread,
        pollHook: (@Sendable () -> Void)? = nil
    ) {
        let rk = handle.pointer
        let queue = rd_kafka_queue_get_consumer(rk)
        let buffer = context.buffer
        var reader = RDKafkaMessageReader()
        var raw = [UnsafeMutablePointer<rd_kafka_message_t>?](repeating: nil, count: batchSize)
        var pausedForBackpressure: [KafkaTopicPartition] = []
        var failure: KafkaError?
        var fullSince: ContinuousClock.Instant?
        while !thread.isStopping {
            pollHook?()
            let room = buffer.freeSpace
            if room <= 0 {
                // Stop polling at once; pause the partitions (which also stops librdkafka's prefetching, but
                // discards what it prefetched) only when the reader stays behind for a while.
                let now = ContinuousClock.now
                if fullSince == nil { fullSince = now }
                if pausedForBackpressure.isEmpty, let since = fullSince, now - since >= pauseAfter {
                    pausedForBackpressure = pauseAll(rk, except: context)
                    if !pausedForBackpressure.isEmpty { context.backpressurePauses.add(1, ordering: .relaxed) }
                }
                usleep(1_000)
                continue
            }
            fullSince = nil
            if !pausedForBackpressure.isEmpty, room >= buffer.capacity / 2 {
                RDKafkaPartitionList.with(pausedForBackpressure) { list in _ = rd_kafka_resume_partitions(rk, list) }
                pausedForBackpressure = []
            }
            // Tag this fetch with the epochs in force before it; a revocation inside it is sorted out afterwards.
            let revision = buffer.revision
            let epochs = buffer.epochs
            context.assignedDuringFetch.withLock { $0.removeAll() }
            context.consuming.store(true, ordering: .relaxed)
            let count = raw.withUnsafeMutableBufferPointer { pointer in
                fetch(queue, into: pointer.baseAddress!, limit: min(room, batchSize))
            }
            context.consuming.store(false, ordering: .relaxed)
            guard count > 0 else { continue }
            var batch: [KafkaMessage] = []
            batch.reserveCapacity(count)
            for index in 0..<count {
                guard let message = raw[index] else { continue }
                if let converted = reader.read(message, onError: { err, detail in
                    if err == RD_KAFKA_RESP_ERR__PARTITION_EOF { return }
                    let error = KafkaError.rd(err, .consumerFailed, detail)
                    if err == RD_KAFKA_RESP_ERR__FATAL { failure = error }
                    context.logger.warning("\(error)")
                }) {
                    var converted = converted
                    converted.assignmentEpoch = epochs.epoch(topic: converted.topic, partition: converted.partition)
                    batch.append(converted)
                }
                rd_kafka_message_destroy(message)
            }
            if buffer.revision != revision {
                let assigned = context.assignedDuringFetch.withLock { $0 }
                batch = RDKafkaAssignmentEpochs.sortOutRevocation(in: batch, now: buffer.epochs, reassigned: assigned)
            }
            buffer.append(batch)
            if failure != nil { break }
        }
        rd_kafka_queue_destroy(queue)
        let err = rd_kafka_consumer_close(rk)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR, failure == nil {
            context.logger.warning("\(KafkaError.rd(err, .consumerFailed, "consumer close"))")
        }
        buffer.finish(failure)
    }

    /// Takes up to `limit` messages without waiting for the batch to fill: librdkafka's batch call waits its
    /// whole timeout for every missing message, which at low rates added up to 100 ms to each message's latency.
    /// So: take what is queued; if nothing is, wait up to 100 ms for one message, then take what came with it.
    private static func fetch(
        _ queue: OpaquePointer?, into messages: UnsafeMutablePointer<UnsafeMutablePointer<rd_kafka_message_t>?>,
        limit: Int
    ) -> Int {
        let queued = rd_kafka_consume_batch_queue(queue, 0, messages, limit)
        guard queued == 0 else { return max(queued, 0) }
        let first = rd_kafka_consume_batch_queue(queue, 100, messages, 1)
        guard first == 1, limit > 1 else { return max(first, 0) }
        return 1 + max(rd_kafka_consume_batch_queue(queue, 0, messages + 1, limit - 1), 0)
    }

    /// Pauses every assigned partition not already paused by the caller; returns what it paused.
    private static func pauseAll(_ rk: OpaquePointer, except context: RDKafkaConsumerContext) -> [KafkaTopicPartition] {
        var list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?
        guard rd_kafka_assignment(rk, &list) == RD_KAFKA_RESP_ERR_NO_ERROR, let list else { return [] }
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let userPaused = context.userPaused.withLock { $0 }
        let targets = RDKafkaPartitionList.read(list).items
            .map { KafkaTopicPartition(topic: $0.topic, partition: $0.partition) }
            .filter { !userPaused.contains($0) }
        guard !targets.isEmpty else { return [] }
        RDKafkaPartitionList.with(targets) { list in _ = rd_kafka_pause_partitions(rk, list) }
        return targets
    }
}
