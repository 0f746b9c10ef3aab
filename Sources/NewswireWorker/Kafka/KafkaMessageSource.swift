import Kafka
import Logging
import NewswireCore
import NewswireOperations
import Synchronization

/// A ``MessageSource`` over the `Kafka` wrapper's consumer: joins the group, subscribes to the input topic and
/// forwards rebalances to the worker, revocations before the partitions are given up. The consumer's bounded
/// buffer provides backpressure: when the worker stops reading, the wrapper stops fetching.
public final class KafkaMessageSource: MessageSource {
    /// The messages, one per batch, converted to ``InboundMessage``.
    public struct Batches: AsyncSequence, Sendable {
        public typealias Element = [InboundMessage]
        let messages: KafkaConsumerMessages

        public func makeAsyncIterator() -> Iterator { Iterator(base: messages.makeAsyncIterator()) }

        /// The iterator of ``Batches``.
        public struct Iterator: AsyncIteratorProtocol {
            var base: KafkaConsumerMessages.Iterator

            /// Everything buffered, up to 500 messages: the worker dispatches a batch in one visit to its actor.
            public mutating func next() async throws -> [InboundMessage]? {
                guard let messages = try await base.nextBatch(limit: 500) else { return nil }
                return messages.map(InboundMessage.init)
            }
        }
    }

    private let consumer: KafkaConsumer
    private let topic: String
    private let listener = ListenerBox()
    private let logger: Logger
    private let metrics: NewswireMetrics?

    /// Creates the consumer (not yet subscribed). `configuration` needs a group id; `bufferCapacity` bounds the
    /// messages fetched ahead of the worker. `health` hears of every turn of the poll loop (liveness); `metrics`
    /// gets the consumer lag of each committed partition (from its high watermark) and Kafka errors, the
    /// client-level ones (connections, authentication) included.
    public init(
        configuration: KafkaConfiguration, topic: String, bufferCapacity: Int = 1000, logger: Logger,
        metrics: NewswireMetrics? = nil, health: HealthState? = nil
    ) throws(KafkaError) {
        let listener = self.listener
        self.topic = topic
        self.logger = logger
        self.metrics = metrics
        var pollHook: (@Sendable () -> Void)?
        if let health { pollHook = { health.recordPoll() } }
        var errorHandler: (@Sendable (KafkaError) -> Void)?
        if let metrics { errorHandler = { error in metrics.kafkaError(code: error.code.name) } }
        consumer = try KafkaConsumer(
            configuration: configuration, bufferCapacity: bufferCapacity, batchSize: min(500, bufferCapacity),
            rebalanceHook: { event in
                // While closing, the worker has already committed; committing from the hook then would wait on
                // the consumer that is waiting for the hook.
                guard let target = listener.current.withLock({ $0 }), !listener.closing.withLock({ $0 }) else { return }
                switch event {
                case .assigned(let partitions):
                    await target.assigned(partitions.map(TopicPartition.init))
                case .willRevoke(let partitions, let lost):
                    if lost { logger.warning("partitions lost before revocation; their commits will fail") }
                    await target.revoking(partitions.map(TopicPartition.init))
                case .failed(let error):
                    logger.error("rebalance failed", metadata: ["error": "\(error)"])
                    metrics?.kafkaError(code: error.code.name)
                }
            }, pollHook: pollHook,
            // Broker connection refused or lost, all brokers down, authentication: counted by class.
            errorHandler: errorHandler,
            logger: logger)
    }

    /// Messages the consumer fetched that the worker has not taken yet (at most `bufferCapacity`).
    public var bufferedCount: Int { consumer.bufferedCount }
    /// The largest ``bufferedCount`` so far.
    public var maxBufferedCount: Int { consumer.maxBufferedCount }
    /// How often the consumer paused fetching because the worker stopped taking messages (backpressure).
    public var backpressurePauses: Int { consumer.backpressurePauses }

    public func messages(listener: any RebalanceListener) async throws -> Batches {
        self.listener.current.withLock { $0 = listener }
        try consumer.subscribe(topics: [topic])
        return Batches(messages: consumer.messages)
    }

    public func commit(_ offsets: [TopicPartition: Int64]) async throws {
        do {
            try await consumer.commit(offsets: offsets.map {
                KafkaTopicPartition(topic: $0.key.topic, partition: $0.key.partition, offset: $0.value)
            })
        } catch {
            metrics?.kafkaError(code: error.code.name)
            throw WorkerError(
                .commitFailed, "the group coordinator refused the commit; it is retried", underlying: error,
                isRetriable: error.isRetriable && !error.isFatal)
        }
        guard let metrics else { return }
        // The high watermarks of the last fetches, cached by librdkafka: asking the broker for each partition
        // here held every commit back by a round trip per partition (commits lagged by up to a second under load).
        for (partition, offset) in offsets {
            guard let marks = consumer.cachedWatermarks(topic: partition.topic, partition: partition.partition)
            else { continue }
            metrics.consumerLag(
                topic: partition.topic, partition: partition.partition, highWatermark: marks.high, committed: offset)
        }
    }

    public func isCurrent(_ message: InboundMessage) -> Bool {
        consumer.isCurrent(
            topic: message.topicPartition.topic, partition: message.topicPartition.partition,
            assignmentEpoch: message.assignmentEpoch)
    }

    public func close() async {
        listener.closing.withLock { $0 = true }
        await consumer.close()
        // The listener refers to the worker, which refers to this source: drop it so both can be released (and
        // with them the consumer's librdkafka handle, which otherwise keeps reconnecting to a stopped broker).
        listener.current.withLock { $0 = nil }
    }
}

extension TopicPartition {
    init(_ partition: KafkaTopicPartition) {
        self.init(topic: partition.topic, partition: partition.partition)
    }
}

extension InboundMessage {
    /// Converts a message from the wrapper.
    public init(_ message: KafkaMessage) {
        self.init(
            topicPartition: TopicPartition(topic: message.topic, partition: message.partition), offset: message.offset,
            key: message.key, value: message.isTombstone ? nil : message.value,
            headers: message.headers.map { MessageHeader(name: $0.name, value: $0.value) },
            timestampMilliseconds: message.timestampMilliseconds, assignmentEpoch: message.assignmentEpoch)
    }
}

/// Holds the listener the rebalance hook forwards to (set when consumption starts).
private final class ListenerBox: Sendable {
    let current = Mutex<(any RebalanceListener)?>(nil)
    let closing = Mutex(false)
}
