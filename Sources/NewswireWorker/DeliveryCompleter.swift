import NewswireCore
import Foundation

/// How transient produce failures are retried.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts at writing an article's outputs before it is dead-lettered with class `produce`.
    public var maxAttempts: Int
    /// Attempts at writing a dead letter before the worker gives up and stops (nothing may be dropped).
    public var deadLetterMaxAttempts: Int
    /// The first backoff; doubled after each failed attempt.
    public var initialBackoff: Duration
    /// The largest backoff.
    public var maxBackoff: Duration

    /// Creates a policy.
    public init(
        maxAttempts: Int = 5, deadLetterMaxAttempts: Int = 30, initialBackoff: Duration = .milliseconds(100),
        maxBackoff: Duration = .seconds(5)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.deadLetterMaxAttempts = max(1, deadLetterMaxAttempts)
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
    }

    /// The wait before attempt `attempt + 1`.
    public func backoff(after attempt: Int) -> Duration {
        var delay = initialBackoff
        for _ in 1..<max(1, attempt) where delay < maxBackoff { delay *= 2 }
        return min(delay, maxBackoff)
    }
}

/// How one input message ended.
public enum CompletionOutcome: Sendable, Hashable {
    /// The enriched record and its events were acknowledged (`records` of them).
    case published(records: Int)
    /// The message's dead letter was acknowledged.
    case deadLettered(DeadLetterErrorClass)
    /// The partition was given up before the work finished; the new owner will redo it.
    case abandoned
}

/// The end of one input message's journey, reported to the offset tracker.
public struct Completion: Sendable, Hashable {
    /// The tracker's ticket for the input message.
    public var ticket: DispatchTicket
    /// How it ended.
    public var outcome: CompletionOutcome
}

/// Awaits an ``InFlightDelivery``: retries transient failures with backoff, dead-letters outputs that cannot be
/// written (class `produce`), and throws only when even the dead letter cannot be written.
public struct DeliveryCompleter<S: RecordSink>: Sendable {
    let sink: S
    let deadLetterTopic: String
    let retry: RetryPolicy
    let isCurrent: @Sendable (DispatchTicket) async -> Bool

    /// Creates a completer; `isCurrent` tells whether the partition is still owned (no retries otherwise).
    public init(
        sink: S, deadLetterTopic: String, retry: RetryPolicy,
        isCurrent: @escaping @Sendable (DispatchTicket) async -> Bool
    ) {
        self.sink = sink
        self.deadLetterTopic = deadLetterTopic
        self.retry = retry
        self.isCurrent = isCurrent
    }

    /// Waits until the delivery's records (or its dead letter) are acknowledged, and says how it ended.
    public func complete(_ delivery: InFlightDelivery) async throws -> Completion {
        var kind = delivery.kind
        var outstanding = delivery.records
        var pending = delivery.pending
        var attempt = 1
        while true {
            let outcomes = await pending.outcomes()
            let failed = zip(outstanding, outcomes).compactMap { record, outcome in
                outcome.failure.map { (record, $0) }
            }
            guard let firstFailure = failed.first?.1 else {
                switch kind {
                case .output: return Completion(ticket: delivery.ticket, outcome: .published(records: delivery.records.count))
                case .deadLetter(let failure):
                    return Completion(ticket: delivery.ticket, outcome: .deadLettered(failure.errorClass))
                }
            }
            let retriable = failed.allSatisfy { $0.1.isRetriable }
            let limit = kind == .output ? retry.maxAttempts : retry.deadLetterMaxAttempts
            if retriable && attempt < limit {
                guard await isCurrent(delivery.ticket) else {
                    return Completion(ticket: delivery.ticket, outcome: .abandoned)
                }
                try await Task.sleep(for: retry.backoff(after: attempt))
                attempt += 1
                outstanding = failed.map(\.0)
                pending = sink.enqueue(outstanding)
                continue
            }
            guard case .output = kind else {
                throw WorkerError(
                    .deadLetterFailed,
                    "the dead letter for \(delivery.message.lineage) could not be written after \(attempt) attempts: "
                        + "\(firstFailure). Check that the dead-letter topic `\(deadLetterTopic)` exists and is writable.")
            }
            let failure = ProcessingFailure(
                .produce, "the outputs could not be written after \(attempt) attempts: \(firstFailure.message)")
            kind = .deadLetter(failure)
            outstanding = [OutputRecords.deadLetter(
                for: delivery.message, failure: failure, attempts: attempt, topic: deadLetterTopic, failedAt: Date())]
            attempt = 1
            pending = sink.enqueue(outstanding)
        }
    }
}
