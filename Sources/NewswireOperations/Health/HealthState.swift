import Synchronization

/// What the worker tells the operations listener about itself: when its poll loop last ran and whether it holds
/// a partition assignment. `/healthz` and `/readyz` answer from a ``HealthReport`` of this state.
///
/// Thread-safe (a lock, no actor hop), so the poll thread can record heartbeats cheaply.
public final class HealthState: Sendable {
    /// How long the poll loop may go without running before the worker counts as not alive.
    public let pollDeadline: Duration
    private let clock: ContinuousClock
    private let state: Mutex<Snapshot>

    /// The recorded facts at one moment.
    struct Snapshot {
        var lastPoll: ContinuousClock.Instant?
        var joinedGroup = false
        var assignedPartitions = 0
        var assignmentReceived = false
        var shuttingDown = false
    }

    /// Creates a state with no poll yet and no assignment.
    /// - Parameter pollDeadline: the liveness deadline (default 30 seconds; the poll loop runs many times a
    ///   second when healthy, even with nothing to read).
    public init(pollDeadline: Duration = .seconds(30)) {
        self.pollDeadline = pollDeadline
        self.clock = ContinuousClock()
        self.state = Mutex(Snapshot())
    }

    /// Records that the poll loop has just run.
    public func recordPoll() {
        let now = clock.now
        state.withLock { $0.lastPoll = now }
    }

    /// Records that the consumer joined its group (or rejoined after a rebalance).
    public func recordJoinedGroup() {
        state.withLock { $0.joinedGroup = true }
    }

    /// Records the number of partitions now assigned. An assignment of zero partitions still makes the worker
    /// ready: it is a healthy member of a group with more members than partitions.
    public func recordAssignment(partitionCount: Int) {
        state.withLock {
            $0.joinedGroup = true
            $0.assignmentReceived = true
            $0.assignedPartitions = max(partitionCount, 0)
        }
    }

    /// Records that every partition was revoked; the worker is not ready until it is assigned again.
    public func recordRevocation() {
        state.withLock {
            $0.assignmentReceived = false
            $0.assignedPartitions = 0
        }
    }

    /// Records that a graceful shutdown started: the worker stops being ready but stays alive while it drains.
    public func recordShutdown() {
        state.withLock { $0.shuttingDown = true }
    }

    /// The liveness and readiness verdicts now.
    public func report() -> HealthReport {
        let now = clock.now
        let snapshot = state.withLock { $0 }
        return HealthReport(snapshot: snapshot, now: now, pollDeadline: pollDeadline)
    }
}
