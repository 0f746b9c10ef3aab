import Synchronization

/// The bounded hand-over between the consumer's poll thread and the reader of its message sequence.
///
/// The poll thread appends whole batches; the reader takes whole batches and yields their messages one by one.
/// ``buffered`` counts messages fetched but not yet yielded to the reader, and never exceeds ``capacity`` because
/// the poll thread only fetches ``freeSpace`` messages at a time.
final class RDKafkaMessageBuffer: Sendable {
    private struct State {
        var chunks: [[KafkaMessage]] = []
        var waiter: CheckedContinuation<[KafkaMessage]?, any Error>?
        var finished = false
        var failure: KafkaError?
    }
    private let state = Mutex(State())
    private let epochState = Mutex(RDKafkaAssignmentEpochs())
    private let epochRevision = Atomic<UInt64>(0)
    private let bufferedCount = Atomic<Int>(0)
    private let highWater = Atomic<Int>(0)
    /// The most messages held at once.
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Messages fetched but not yet handed to the reader.
    var buffered: Int { bufferedCount.load(ordering: .acquiring) }
    /// The largest value ``buffered`` has had.
    var maxBuffered: Int { highWater.load(ordering: .relaxed) }
    /// How many more messages may be fetched now.
    var freeSpace: Int { capacity - buffered }

    /// Adds a batch (poll thread); the caller fetched at most ``freeSpace`` messages.
    func append(_ batch: [KafkaMessage]) {
        guard !batch.isEmpty else { return }
        let now = bufferedCount.add(batch.count, ordering: .acquiringAndReleasing).newValue
        highWater.max(now, ordering: .relaxed)
        let waiter: CheckedContinuation<[KafkaMessage]?, any Error>? = state.withLock { state in
            if let waiter = state.waiter {
                state.waiter = nil
                return waiter
            }
            state.chunks.append(batch)
            return nil
        }
        waiter?.resume(returning: batch)
    }

    /// Ends the sequence, with an error if given (no more appends afterwards).
    func finish(_ failure: KafkaError? = nil) {
        let waiter: CheckedContinuation<[KafkaMessage]?, any Error>? = state.withLock { state in
            state.finished = true
            if state.failure == nil { state.failure = failure }
            defer { state.waiter = nil }
            return state.waiter
        }
        if let failure { waiter?.resume(throwing: failure) } else { waiter?.resume(returning: nil) }
    }

    /// The current assignment epochs (the poll thread tags each fetch with the ones in force before it).
    var epochs: RDKafkaAssignmentEpochs { epochState.withLock { $0 } }
    /// Changes whenever an assignment ends, so readers know when to look at ``epochs`` again.
    var revision: UInt64 { epochRevision.load(ordering: .acquiring) }

    /// Ends the current assignment of these partitions (a revocation): their messages fetched so far, buffered
    /// or already taken by a reader, are stale and are dropped rather than handed out.
    func retire(_ partitions: [KafkaTopicPartition]) {
        guard !partitions.isEmpty else { return }
        let epochs = epochState.withLock { epochs in
            epochs.retire(partitions)
            return epochs
        }
        epochRevision.add(1, ordering: .releasing)
        purge { !epochs.isCurrent($0) }
    }

    /// Ends the current assignment of every partition (a failed rebalance dropped the whole assignment).
    func retireAll() {
        let epochs = epochState.withLock { epochs in
            epochs.retireAll()
            return epochs
        }
        epochRevision.add(1, ordering: .releasing)
        purge { !epochs.isCurrent($0) }
    }

    /// Whether `message` was fetched under its partition's current assignment (messages not fetched by this
    /// consumer count as current).
    func isCurrent(_ message: KafkaMessage) -> Bool { epochs.isCurrent(message) }

    /// Drops buffered messages of some partitions (after a revoke or a seek).
    func purge(where shouldDrop: (KafkaMessage) -> Bool) {
        let dropped = state.withLock { state in
            var dropped = 0
            state.chunks = state.chunks.compactMap { chunk in
                let kept = chunk.filter { !shouldDrop($0) }
                dropped += chunk.count - kept.count
                return kept.isEmpty ? nil : kept
            }
            return dropped
        }
        if dropped > 0 { bufferedCount.subtract(dropped, ordering: .acquiringAndReleasing) }
    }

    /// Called by the reader for each message (or run of messages) it yields.
    func didYield(count: Int = 1) { bufferedCount.subtract(count, ordering: .acquiringAndReleasing) }

    /// Puts messages a reader took but did not yield back at the front (they are still counted as buffered).
    func giveBack(_ messages: [KafkaMessage]) {
        guard !messages.isEmpty else { return }
        let waiter: CheckedContinuation<[KafkaMessage]?, any Error>? = state.withLock { state in
            if let waiter = state.waiter {
                state.waiter = nil
                return waiter
            }
            state.chunks.insert(messages, at: 0)
            return nil
        }
        waiter?.resume(returning: messages)
    }

    /// The next batch for the reader, waiting for one; `nil` at the end.
    func nextBatch() async throws -> [KafkaMessage]? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let ready: Result<[KafkaMessage]?, KafkaError>? = state.withLock { state in
                    if !state.chunks.isEmpty { return .success(state.chunks.removeFirst()) }
                    if state.finished { return state.failure.map { .failure($0) } ?? .success(nil) }
                    if Task.isCancelled { return .success(nil) }
                    state.waiter = continuation
                    return nil
                }
                if let ready { continuation.resume(with: ready) }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(returning: nil)
        }
    }
}
