import CoreMetrics
import Synchronization

/// The worker's metrics, created from a swift-metrics `MetricsFactory` that is passed in (nothing here bootstraps
/// the global `MetricsSystem`).
///
/// Names and labels follow Prometheus conventions and are what `Deploy/` (alerts, dashboards, KEDA) expects:
/// `newswire_messages_consumed_total`, `newswire_records_produced_total{topic}`,
/// `newswire_dead_letters_total{error_class}`, `newswire_stage_duration_seconds{stage}` (histogram),
/// `newswire_end_to_end_latency_seconds` (histogram), `newswire_in_flight_messages`,
/// `newswire_committed_offset{topic,partition}`, `newswire_consumer_lag{topic,partition}`,
/// `newswire_rebalances_total` and `newswire_kafka_errors_total{code}`.
///
/// Labelled series are created on first use and cached, so the hot path costs a dictionary lookup under a lock.
public final class NewswireMetrics: Sendable {
    /// The metric names, in one place for the worker, the tests and the deploy checks.
    public enum Name {
        /// Input messages taken from the input topic.
        public static let messagesConsumed = "newswire_messages_consumed_total"
        /// Records acknowledged by the broker, by output topic.
        public static let recordsProduced = "newswire_records_produced_total"
        /// Input messages dead-lettered, by error class.
        public static let deadLetters = "newswire_dead_letters_total"
        /// Time spent per pipeline stage.
        public static let stageDuration = "newswire_stage_duration_seconds"
        /// Time from the input message's Kafka timestamp to the enriched record's acknowledgement.
        public static let endToEndLatency = "newswire_end_to_end_latency_seconds"
        /// Input messages being processed or awaiting acknowledgement.
        public static let inFlight = "newswire_in_flight_messages"
        /// The last committed offset per input partition.
        public static let committedOffset = "newswire_committed_offset"
        /// High watermark minus committed offset per input partition.
        public static let consumerLag = "newswire_consumer_lag"
        /// Partition assignments and revocations seen by this worker.
        public static let rebalances = "newswire_rebalances_total"
        /// Errors reported by librdkafka, by error code name.
        public static let kafkaErrors = "newswire_kafka_errors_total"
    }

    let factory: any MetricsFactory
    private let consumed: Counter
    private let rebalanceCounter: Counter
    private let inFlightMeter: Meter
    private let endToEnd: CoreMetrics.Timer
    let series: Mutex<LabelledSeries>

    /// Creates the metrics on `factory`; pass the CLI's `PrometheusMetricsFactory`, or a test factory.
    public init(factory: any MetricsFactory) {
        self.factory = factory
        consumed = Counter(label: Name.messagesConsumed, dimensions: [], factory: factory)
        rebalanceCounter = Counter(label: Name.rebalances, dimensions: [], factory: factory)
        inFlightMeter = Meter(label: Name.inFlight, dimensions: [], factory: factory)
        endToEnd = CoreMetrics.Timer(label: Name.endToEndLatency, dimensions: [], factory: factory)
        series = Mutex(LabelledSeries())
        inFlightMeter.set(0)
    }

    /// Counts `count` input messages taken from the input topic.
    public func messagesConsumed(_ count: Int = 1) {
        consumed.increment(by: count)
    }

    /// Counts `count` records acknowledged by the broker on `topic`.
    public func recordProduced(topic: String, count: Int = 1) {
        counter(Name.recordsProduced, [("topic", topic)]).increment(by: count)
    }

    /// Counts one input message sent to the dead-letter topic with the contract's `errorClass`
    /// (`decode`, `schema`, `too_large`, …).
    public func deadLetter(errorClass: String) {
        counter(Name.deadLetters, [("error_class", errorClass)]).increment()
    }

    /// Records how long one pipeline stage (the worker reports `decode`, `extract` (entities and events), `encode` and `produce`)
    /// took for one message.
    public func stageDuration(stage: String, _ duration: Duration) {
        timer(Name.stageDuration, [("stage", stage)]).recordNanoseconds(duration.nanoseconds)
    }

    /// Records the time from an input message's timestamp to the acknowledgement of its enriched record.
    public func endToEndLatency(_ duration: Duration) {
        endToEnd.recordNanoseconds(max(duration.nanoseconds, 0))
    }

    /// Sets the number of input messages being processed or awaiting acknowledgement.
    public func setInFlight(_ count: Int) {
        inFlightMeter.set(count)
    }

    /// Records the offset just committed for an input partition.
    public func committedOffset(topic: String, partition: Int32, offset: Int64) {
        gauge(Name.committedOffset, topic: topic, partition: partition).record(offset)
    }

    /// Records the lag of an input partition: its high watermark minus the committed offset (never negative).
    public func consumerLag(topic: String, partition: Int32, highWatermark: Int64, committed: Int64) {
        gauge(Name.consumerLag, topic: topic, partition: partition).record(max(highWatermark - committed, 0))
    }

    /// Counts one partition assignment or revocation.
    public func rebalance() {
        rebalanceCounter.increment()
    }

    /// Counts one error reported by librdkafka; `code` is its symbolic name, e.g. `_TRANSPORT`.
    public func kafkaError(code: String) {
        counter(Name.kafkaErrors, [("code", code)]).increment()
    }
}

extension Duration {
    /// The duration in whole nanoseconds, saturating at `Int64`'s range.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        return scaled.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }
}
