import NewswireCore
import Synchronization
@testable import NewswireWorker

/// An in-memory producer for tests. Every enqueued record is recorded in order; acknowledgement follows the
/// `respond` rule, or waits for the test to call ``release()`` when the sink is held.
final class ScriptedSink: RecordSink {
    /// Decides the outcome of a record's `attempt`-th enqueue (1-based).
    typealias Rule = @Sendable (OutboundRecord, Int) -> DeliveryOutcome

    private struct State {
        var enqueued: [OutboundRecord] = []
        var acknowledged: [OutboundRecord] = []
        var attempts: [OutboundRecord: Int] = [:]
        var held = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())
    private let rule: Rule
    private let delay: Duration?

    init(held: Bool = false, delay: Duration? = nil, rule: @escaping Rule = { _, _ in .delivered(partition: 0, offset: 0) }) {
        self.rule = rule
        self.delay = delay
        state.withLock { $0.held = held }
    }

    func enqueue(_ records: [OutboundRecord]) -> PendingDelivery {
        let outcomes = state.withLock { state in
            records.map { record in
                state.enqueued.append(record)
                state.attempts[record, default: 0] += 1
                return rule(record, state.attempts[record]!)
            }
        }
        return PendingDelivery { [self] in
            if let delay { try? await Task.sleep(for: delay) }
            await waitWhileHeld()
            state.withLock { state in
                for (record, outcome) in zip(records, outcomes) where outcome.failure == nil {
                    state.acknowledged.append(record)
                }
            }
            return outcomes
        }
    }

    private func waitWhileHeld() async {
        await withCheckedContinuation { continuation in
            let resumeNow = state.withLock { state in
                if state.held { state.waiters.append(continuation); return false }
                return true
            }
            if resumeNow { continuation.resume() }
        }
    }

    /// Lets every waiting and future acknowledgement through.
    func release() {
        let waiters = state.withLock { state in
            state.held = false
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Records enqueued, in order (retries appear again).
    var enqueued: [OutboundRecord] { state.withLock { $0.enqueued } }
    /// Records acknowledged, in order of acknowledgement.
    var acknowledged: [OutboundRecord] { state.withLock { $0.acknowledged } }
    /// Acknowledged records of one topic.
    func acknowledged(topic: String) -> [OutboundRecord] { acknowledged.filter { $0.topic == topic } }
    /// The number of acknowledgements waiting for ``release()``.
    var waiting: Int { state.withLock { $0.waiters.count } }
}

extension OutboundRecord {
    /// The value of the first header with this name, as a string.
    func header(_ name: String) -> String? { headers.first { $0.name == name }?.stringValue }
    /// The key as a string.
    var keyString: String? { key.flatMap { String(validating: $0, as: UTF8.self) } }
}
