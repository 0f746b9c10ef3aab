import CRDKafka
import Dispatch
import Foundation
import Logging

/// Consumes messages from Kafka, with a consumer group (``subscribe(topics:)``) or by hand (``assign(_:)``).
///
/// A dedicated thread fetches messages from librdkafka in batches into a bounded buffer that ``messages`` reads.
/// When the reader is slow and the buffer is full, the thread stops fetching and pauses the assigned partitions,
/// so memory stays bounded by ``bufferCapacity`` messages. Offsets are stored by the caller (``store(_:)``,
/// `enable.auto.offset.store=false` by default) and committed automatically in the background or with
/// ``commit()``. Call ``close()`` when done.
public final class KafkaConsumer: Sendable {
    let handle: RDKafkaHandle
    let context: RDKafkaConsumerContext
    private let pollThread: RDKafkaThread
    let blockingQueue = DispatchQueue(label: "newswire.kafka.consumer.blocking", attributes: .concurrent)
    /// The configuration the consumer was created with (secrets redacted when printed).
    public let configuration: KafkaConfiguration
    /// The messages, in order per partition.
    public let messages: KafkaConsumerMessages
    /// The most messages the wrapper holds for the reader at once.
    public var bufferCapacity: Int { context.buffer.capacity }
    /// Messages fetched and not yet handed to the reader.
    public var bufferedCount: Int { context.buffer.buffered }
    /// The largest ``bufferedCount`` seen so far.
    public var maxBufferedCount: Int { context.buffer.maxBuffered }
    /// How often the reader fell behind for long enough that the consumer paused its partitions (stopping
    /// librdkafka's prefetching too) until the reader caught up.
    public var backpressurePauses: Int { context.backpressurePauses.load(ordering: .relaxed) }

    /// Consumer defaults applied unless the configuration sets the property.
    public static let defaultProperties: [String: String] = [
        "enable.auto.offset.store": "false",
        "auto.offset.reset": "earliest",
        "enable.partition.eof": "false",
    ]

    /// Creates a consumer.
    /// - Parameters:
    ///   - bufferCapacity: the most fetched messages held for the reader.
    ///   - batchSize: the most messages fetched from librdkafka at once.
    ///   - rebalanceHook: runs on every assignment change; for revocations before the partitions are given up.
    ///   - pollHook: runs on the poll thread each time round its loop (at least every 100 ms while it is healthy,
    ///     even with nothing to read); must be cheap and must not block. For liveness checks.
    ///   - errorHandler: hears client-level errors (broker connection refused or lost, all brokers down,
    ///     authentication, fatal), classified by ``KafkaError/Code/transport``, ``KafkaError/Code/authentication``
    ///     and ``KafkaError/Code/client``; runs on a librdkafka thread, so it must be cheap. For error metrics.
    public init(configuration: KafkaConfiguration, bufferCapacity: Int = 10_000, batchSize: Int = 1_000,
                rebalanceHook: (@Sendable (KafkaRebalanceEvent) async -> Void)? = nil,
                pollHook: (@Sendable () -> Void)? = nil,
                errorHandler: (@Sendable (KafkaError) -> Void)? = nil,
                logger: Logger = Logger(label: "newswire.kafka.consumer")) throws(KafkaError) {
        self.configuration = configuration
        var properties = Self.defaultProperties
        properties.merge(configuration.librdkafkaProperties) { _, new in new }
        if properties["group.id"] == nil {
            // librdkafka requires a group id for a consumer handle even when partitions are assigned by hand.
            properties["group.id"] = "newswire-unused-group"
            properties["enable.auto.commit"] = properties["enable.auto.commit"] ?? "false"
        }
        let conf = try RDKafkaConfig.make(properties)
        let buffer = RDKafkaMessageBuffer(capacity: bufferCapacity)
        let context = RDKafkaConsumerContext(
            logger: logger, buffer: buffer, hook: rebalanceHook, errorHandler: errorHandler)
        rd_kafka_conf_set_opaque(conf, Unmanaged.passUnretained(context).toOpaque())
        rd_kafka_conf_set_rebalance_cb(conf, rdKafkaRebalanceCallback)
        rd_kafka_conf_set_offset_commit_cb(conf, rdKafkaCommitCallback)
        rd_kafka_conf_set_error_cb(conf, rdKafkaErrorCallback)
        let handle = RDKafkaHandle(try RDKafkaConfig.newHandle(RD_KAFKA_CONSUMER, conf), owner: context)
        rd_kafka_poll_set_consumer(handle.pointer)
        self.handle = handle
        self.context = context
        messages = KafkaConsumerMessages(buffer: buffer)
        let batch = max(1, batchSize)
        pollThread = RDKafkaThread(name: "kafka-consumer-poll") { thread in
            Self.pollLoop(handle: handle, context: context, batchSize: batch, thread: thread, pollHook: pollHook)
        }
    }

    deinit { pollThread.stopAndJoin() }

    /// Whether `message` was fetched under its partition's current assignment: false once the partition has
    /// been revoked since, even if it was assigned again, because the group then delivers it again from the
    /// committed offset. ``messages`` already withdraws such messages; a reader holding one should drop it too.
    public func isCurrent(_ message: KafkaMessage) -> Bool { context.buffer.isCurrent(message) }

    /// ``isCurrent(_:)`` for a message known by its partition and ``KafkaMessage/assignmentEpoch`` only.
    public func isCurrent(topic: String, partition: Int32, assignmentEpoch: UInt64) -> Bool {
        assignmentEpoch == 0 || assignmentEpoch == context.buffer.epochs.epoch(topic: topic, partition: partition)
    }

    /// Joins the configured group and subscribes to topics (partitions arrive through rebalances).
    public func subscribe(topics: [String]) throws(KafkaError) {
        guard configuration.librdkafkaProperties["group.id"] != nil else {
            throw KafkaError(code: .invalidArgument, message: "subscribe needs a group id",
                             remedy: "Set KafkaConfiguration.groupID, or assign partitions by hand")
        }
        let list = RDKafkaPartitionList.make(topics.map { KafkaTopicPartition(topic: $0, partition: -1) })
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_subscribe(handle.pointer, list)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rd(err, .consumerFailed, "subscribe") }
    }

    /// Reads these partitions from their offsets (``KafkaOffset`` constants allowed), without a group.
    public func assign(_ partitions: [KafkaTopicPartition]) throws(KafkaError) {
        let list = RDKafkaPartitionList.make(partitions)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_assign(handle.pointer, list)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rd(err, .consumerFailed, "assign") }
    }

    /// The partitions currently assigned to this consumer.
    public func assignment() throws(KafkaError) -> [KafkaTopicPartition] {
        var list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?
        let err = rd_kafka_assignment(handle.pointer, &list)
        defer { if let list { rd_kafka_topic_partition_list_destroy(list) } }
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rd(err, .consumerFailed, "assignment") }
        return RDKafkaPartitionList.read(list).items.map { KafkaTopicPartition(topic: $0.topic, partition: $0.partition) }
    }

    /// Leaves the group (revocation hook first, then a final commit of stored offsets when auto-commit is on)
    /// and ends ``messages``.
    public func close() async {
        let thread = pollThread
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            blockingQueue.async {
                thread.stopAndJoin()
                continuation.resume()
            }
        }
    }
}
