import CRDKafka
import Dispatch
import Logging
import Synchronization

/// Per-consumer state reached from librdkafka's callbacks through the conf opaque pointer.
final class RDKafkaConsumerContext: Sendable, RDKafkaLogging {
    let logger: Logger
    let buffer: RDKafkaMessageBuffer
    let hook: (@Sendable (KafkaRebalanceEvent) async -> Void)?
    let errorHandler: (@Sendable (KafkaError) -> Void)?
    /// Partitions the caller paused; backpressure must not resume them.
    let userPaused = Mutex<Set<KafkaTopicPartition>>([])
    /// Partitions assigned by a rebalance callback since the poll thread last cleared this (it does so before each
    /// fetch), so it can tell a revocation and a re-assignment inside one fetch call apart.
    let assignedDuringFetch = Mutex<Set<KafkaTopicPartition>>([])
    /// Whether the poll thread is inside `rd_kafka_consume_batch_queue` (only that call may be ended early: a
    /// yield during `rd_kafka_consumer_close` would cut the close short).
    let consuming = Atomic<Bool>(false)
    /// How often the poll thread paused the assignment because the reader fell behind.
    let backpressurePauses = Atomic<Int>(0)

    init(logger: Logger, buffer: RDKafkaMessageBuffer, hook: (@Sendable (KafkaRebalanceEvent) async -> Void)?,
         errorHandler: (@Sendable (KafkaError) -> Void)? = nil) {
        self.logger = logger
        self.buffer = buffer
        self.hook = hook
        self.errorHandler = errorHandler
    }

    /// Runs the async hook and blocks the calling (poll) thread until it finished.
    func runHook(_ event: KafkaRebalanceEvent) {
        guard let hook else { return }
        let done = DispatchSemaphore(value: 0)
        Task {
            await hook(event)
            done.signal()
        }
        done.wait()
    }

    /// Makes the fetch call that runs a revocation return as soon as the queue is empty rather than wait out its
    /// timeout, so a re-assignment of the same partitions practically always arrives in a later call (see
    /// ``RDKafkaAssignmentEpochs/sortOutRevocation(in:now:reassigned:)``). `rd_kafka_yield` is not used: when it
    /// stops a batch fetch, librdkafka drops the message it had just dequeued.
    private func endFetchOnceIdle(_ rk: OpaquePointer) {
        guard consuming.load(ordering: .relaxed), let queue = rd_kafka_queue_get_consumer(rk) else { return }
        rd_kafka_queue_yield(queue)
        rd_kafka_queue_destroy(queue)
    }

    /// Applies a rebalance (poll thread, inside `rd_kafka_consume_batch_queue` or `rd_kafka_consumer_close`).
    func rebalance(_ rk: OpaquePointer, _ err: rd_kafka_resp_err_t,
                   _ list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?) {
        let cooperative = String(cString: rd_kafka_rebalance_protocol(rk)) == "COOPERATIVE"
        let partitions = RDKafkaPartitionList.read(list).items.map {
            KafkaTopicPartition(topic: $0.topic, partition: $0.partition)
        }
        switch err {
        case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
            if cooperative {
                if let error = rd_kafka_incremental_assign(rk, list) {
                    logger.error("\(KafkaError.rd(consuming: error, .consumerFailed, "incremental assign"))")
                }
            } else {
                let result = rd_kafka_assign(rk, list)
                if result != RD_KAFKA_RESP_ERR_NO_ERROR {
                    logger.error("\(KafkaError.rd(result, .consumerFailed, "assign"))")
                }
            }
            logger.debug("assigned \(partitions)")
            assignedDuringFetch.withLock { $0.formUnion(partitions) }
            runHook(.assigned(partitions))
        case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
            let lost = rd_kafka_assignment_lost(rk) != 0
            // Whatever was fetched for these partitions is stale from now on: the hook's caller must not start on
            // it, and whoever gets the partitions next reads it again from the committed offset.
            buffer.retire(partitions)
            runHook(.willRevoke(partitions, lost: lost))
            if cooperative {
                if let error = rd_kafka_incremental_unassign(rk, list) {
                    logger.error("\(KafkaError.rd(consuming: error, .consumerFailed, "incremental unassign"))")
                }
            } else {
                _ = rd_kafka_assign(rk, nil)
            }
            logger.debug("revoked \(partitions) lost=\(lost)")
            endFetchOnceIdle(rk)
        default:
            let error = KafkaError.rd(err, .consumerFailed, "rebalance failed")
            logger.error("\(error)")
            buffer.retireAll()
            _ = rd_kafka_assign(rk, nil)
            runHook(.failed(error))
            endFetchOnceIdle(rk)
        }
    }
}

/// librdkafka's rebalance callback; the opaque is the consumer context.
func rdKafkaRebalanceCallback(
    _ rk: OpaquePointer?, _ err: rd_kafka_resp_err_t,
    _ list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?, _ opaque: UnsafeMutableRawPointer?
) {
    guard let rk, let opaque else { return }
    Unmanaged<RDKafkaConsumerContext>.fromOpaque(opaque).takeUnretainedValue().rebalance(rk, err, list)
}

/// librdkafka's offset commit callback: logs failed automatic or asynchronous commits.
func rdKafkaCommitCallback(
    _ rk: OpaquePointer?, _ err: rd_kafka_resp_err_t,
    _ list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?, _ opaque: UnsafeMutableRawPointer?
) {
    guard let opaque, err != RD_KAFKA_RESP_ERR_NO_ERROR, err != RD_KAFKA_RESP_ERR__NO_OFFSET else { return }
    let context = Unmanaged<RDKafkaConsumerContext>.fromOpaque(opaque).takeUnretainedValue()
    context.logger.warning("\(KafkaError.rd(err, .commitFailed, "offset commit"))")
}
