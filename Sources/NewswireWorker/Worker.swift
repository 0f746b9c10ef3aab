import Foundation
import Logging
import NewswireOperations

/// The newswire worker: reads raw articles from a ``MessageSource``, runs them through the pipeline stages
/// (decode → enrich → encode → produce) in `concurrency` lanes, and commits each partition's offsets only once
/// every output (or the dead letter) of every earlier message has been acknowledged by the ``RecordSink``.
///
/// Messages of one partition always go through the same lane, in order; the number in flight is bounded by
/// ``WorkerConfiguration/maxInFlight``. Commits happen every ``WorkerConfiguration/commitInterval``, before
/// partitions are revoked and on shutdown.
public actor Worker<Source: MessageSource, Sink: RecordSink, Processor: ArticleProcessor> {
    /// Where messages come from.
    public nonisolated let source: Source
    /// Where records go.
    public nonisolated let sink: Sink
    /// The article-specific work.
    public nonisolated let processor: Processor
    /// The pipeline settings.
    public nonisolated let configuration: WorkerConfiguration
    let logger: Logger
    /// Where the worker reports its counts, durations and gauges (nil: not reported).
    nonisolated let metrics: NewswireMetrics?
    /// What the worker tells `/healthz` and `/readyz` (nil: not reported).
    nonisolated let health: HealthState?

    var tracker = OffsetTracker()
    var statistics = WorkerStatistics()
    var inFlight = 0
    var capacityWaiters: [CheckedContinuation<Void, Never>] = []
    var lanes: [AsyncStream<DispatchedMessage>.Continuation] = []
    var laneOfPartition: [TopicPartition: Int] = [:]
    var revoking: Set<TopicPartition> = []
    var stopping = false
    var started = false
    var readerTask: Task<Void, any Error>?
    var committing = false
    /// Periodic commits wait until then after a retriable refusal (a rebalance event clears it).
    var periodicCommitsPausedUntil: ContinuousClock.Instant?
    var failure: (any Error)?
    /// Set once shutdown has drained (or abandoned) the lanes: revocations while leaving the group don't wait.
    var drained = false

    /// Creates a worker. Call ``run()`` once.
    /// - Parameters:
    ///   - metrics: receives messages consumed, records produced, dead letters, the produce-stage and end-to-end
    ///     durations, the in-flight gauge, committed offsets and rebalances.
    ///   - health: hears of every batch taken from the source, of assignments and revocations, and of shutdown.
    public init(
        source: Source, sink: Sink, processor: Processor, configuration: WorkerConfiguration, logger: Logger,
        metrics: NewswireMetrics? = nil, health: HealthState? = nil
    ) throws(WorkerError) {
        try configuration.validate()
        self.metrics = metrics
        self.health = health
        self.source = source
        self.sink = sink
        self.processor = processor
        self.configuration = configuration
        self.logger = logger
    }

    /// What the worker has done so far.
    public var currentStatistics: WorkerStatistics { statistics }

    /// The committable offset of each owned partition (for tests and diagnostics).
    public var committableOffsets: [TopicPartition: Int64] {
        var result: [TopicPartition: Int64] = [:]
        for partition in tracker.ownedPartitions { result[partition] = tracker.committableOffset(partition) }
        return result
    }

    /// Asks the worker to stop: it stops taking messages, drains in-flight work within the shutdown deadline,
    /// commits and leaves; ``run()`` then returns.
    public func stop() {
        guard !stopping else { return }
        logger.info("stopping: no new messages; draining in-flight work", metadata: ["in-flight": "\(inFlight)"])
        stopping = true
        health?.recordShutdown()
        readerTask?.cancel()
        let waiters = capacityWaiters
        capacityWaiters.removeAll()
        for waiter in waiters { waiter.resume() }
    }

    /// Records the first fatal error (a dead letter that cannot be written) and stops.
    func fail(_ error: any Error) {
        guard !(error is CancellationError) else { return }
        logger.error("stopping after a fatal error", metadata: ["error": "\(error)"])
        if failure == nil { failure = error }
        stop()
    }

    /// Runs until the source ends or ``stop()`` is called; then drains, commits and closes the source.
    /// Throws when the source fails or a dead letter cannot be written (after committing what is complete).
    public func run() async throws {
        precondition(!started, "Worker.run() may be called only once")
        started = true
        let batches = try await source.messages(listener: RebalanceBridge(worker: self))
        let streams = (0..<configuration.concurrency).map { _ in AsyncStream<DispatchedMessage>.makeStream() }
        lanes = streams.map(\.continuation)
        let completer = DeliveryCompleter(
            sink: sink, deadLetterTopic: configuration.topics.deadLetters, retry: configuration.retry,
            isCurrent: { [self] ticket in await self.isCurrent(ticket) })
        let lanesTask = Task {
            await withDiscardingTaskGroup { group in
                for stream in streams {
                    group.addTask { await self.runLane(stream.stream, completer: completer) }
                }
            }
        }
        let reader = Task { try await self.read(batches) }
        readerTask = reader
        if stopping { reader.cancel() }
        let commitLoop = Task { await self.commitPeriodically() }

        let readResult = await reader.result
        health?.recordShutdown()
        for lane in lanes { lane.finish() }
        if await drain(within: configuration.shutdownDeadline) {
            await lanesTask.value
        } else {
            // Deliveries may never report once the deadline has passed (a stuck broker): do not wait for them.
            lanesTask.cancel()
        }
        commitLoop.cancel()
        drained = true
        await commitComplete(only: nil)
        await source.close()
        logger.info("worker stopped", metadata: ["statistics": "\(statistics)"])

        if let failure { throw failure }
        if case .failure(let error) = readResult, !(error is CancellationError) {
            throw WorkerError(.sourceFailed, "reading input failed; restart the worker", underlying: error)
        }
    }

    /// Waits for in-flight work to finish; false when the deadline passed first (or a fatal error occurred).
    private func drain(within deadline: Duration) async -> Bool {
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: deadline)
        while inFlight > 0 && failure == nil && clock.now < end {
            try? await Task.sleep(for: .milliseconds(5))
        }
        if inFlight > 0 {
            logger.warning(
                "shutdown deadline reached: abandoning in-flight work (it will be redone after restart)",
                metadata: ["in-flight": "\(inFlight)"])
            return false
        }
        return true
    }

    nonisolated private func runLane(
        _ stream: AsyncStream<DispatchedMessage>, completer: DeliveryCompleter<Sink>
    ) async {
        if let metrics {
            await runLane(stream, processor: TimedArticleProcessor(processor, metrics: metrics), completer: completer)
        } else {
            await runLane(stream, processor: processor, completer: completer)
        }
    }

    nonisolated private func runLane<P: ArticleProcessor>(
        _ stream: AsyncStream<DispatchedMessage>, processor: P, completer: DeliveryCompleter<Sink>
    ) async {
        let deliveries = stream
            .filter { [self] in await self.admit($0.ticket) }
            .decodeArticles(with: processor, maxBytes: configuration.maxMessageBytes)
            .enrichArticles(with: processor)
            .encodeRecords(with: processor, topics: configuration.topics)
            .produceRecords(to: sink, deadLetterTopic: configuration.topics.deadLetters)
        await withDiscardingTaskGroup { group in
            for await delivery in deliveries {
                let producing = ContinuousClock.now
                group.addTask {
                    do {
                        let completion = try await completer.complete(delivery)
                        self.report(completion, of: delivery, producing: producing)
                        await self.finish(completion)
                    } catch {
                        await self.fail(error)
                    }
                }
            }
        }
    }
}
