import NewswireCore
/// Settings of the worker pipeline (the Kafka connection is configured on the source and sink).
public struct WorkerConfiguration: Sendable, Hashable {
    /// The topics written to.
    public var topics: OutputTopics
    /// How many pipeline lanes run in parallel. Partitions are spread over lanes; a partition always uses the
    /// same lane, so its messages are processed in order.
    public var concurrency: Int
    /// Values larger than this are dead-lettered as `too_large` (default 1 MiB).
    public var maxMessageBytes: Int
    /// At most this many input messages are being processed or awaiting acknowledgement; when reached, the
    /// worker stops taking messages from the source (backpressure).
    public var maxInFlight: Int
    /// How often complete offsets are committed.
    public var commitInterval: Duration
    /// How long a graceful shutdown waits for in-flight work before abandoning it.
    public var shutdownDeadline: Duration
    /// How long a revocation waits for the revoked partitions' in-flight work before abandoning it.
    public var revocationDeadline: Duration
    /// How transient produce failures are retried.
    public var retry: RetryPolicy

    /// Creates a configuration; the defaults suit one worker on a small machine.
    public init(
        topics: OutputTopics = OutputTopics(), concurrency: Int = 4, maxMessageBytes: Int = 1_048_576,
        maxInFlight: Int = 1000, commitInterval: Duration = .seconds(5), shutdownDeadline: Duration = .seconds(30),
        revocationDeadline: Duration = .seconds(10), retry: RetryPolicy = RetryPolicy()
    ) {
        self.topics = topics
        self.concurrency = concurrency
        self.maxMessageBytes = maxMessageBytes
        self.maxInFlight = maxInFlight
        self.commitInterval = commitInterval
        self.shutdownDeadline = shutdownDeadline
        self.revocationDeadline = revocationDeadline
        self.retry = retry
    }

    /// Checks the settings, throwing ``WorkerError/Code/invalidConfiguration`` naming the bad one.
    public func validate() throws(WorkerError) {
        func require(_ condition: Bool, _ message: String) throws(WorkerError) {
            if !condition { throw WorkerError(.invalidConfiguration, message) }
        }
        try require(concurrency >= 1, "concurrency must be at least 1 (got \(concurrency))")
        try require(maxInFlight >= 1, "max-in-flight must be at least 1 (got \(maxInFlight))")
        try require(maxMessageBytes >= 1, "max-message-bytes must be at least 1 (got \(maxMessageBytes))")
        try require(commitInterval > .zero, "commit-interval must be positive")
        try require(shutdownDeadline >= .zero, "shutdown-deadline must not be negative")
        for (name, topic) in [("enriched", topics.enriched), ("events", topics.events), ("dlq", topics.deadLetters)] {
            try require(!topic.isEmpty, "the \(name) topic name must not be empty")
        }
    }
}

/// Counters describing what the worker has done so far.
public struct WorkerStatistics: Sendable, Hashable {
    /// Input messages handed to the pipeline.
    public var dispatched = 0
    /// Input messages whose enriched record and events were acknowledged.
    public var published = 0
    /// Input messages dead-lettered, by class.
    public var deadLettered: [DeadLetterErrorClass: Int] = [:]
    /// Input messages abandoned because their partition was given up first.
    public var abandoned = 0
    /// Messages not processed: their partition was being revoked or no longer owned, they were read before a
    /// revocation (stale), they repeat an offset already taken, or this worker completed them before the partition
    /// was revoked and given back.
    public var skipped = 0
    /// Successful commits.
    public var commits = 0
    /// Partitions given up in rebalances (each revocation of each partition counts once).
    public var partitionsRevoked = 0
    /// The largest number of messages in flight at once.
    public var peakInFlight = 0

    /// Input messages that reached an end (published or dead-lettered).
    public var completed: Int { published + deadLettered.values.reduce(0, +) }
}
