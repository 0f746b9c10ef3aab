/// Liveness and readiness at one moment, with the reasons, as `/healthz` and `/readyz` report them.
public struct HealthReport: Sendable, Equatable {
    /// The poll loop ran within its deadline.
    public let isAlive: Bool
    /// Alive, in the group with an assignment, and not shutting down.
    public let isReady: Bool
    /// Time since the poll loop last ran, or `nil` before the first poll.
    public let sinceLastPoll: Duration?
    /// Partitions currently assigned.
    public let assignedPartitions: Int
    /// One line explaining the liveness verdict.
    public let livenessDetail: String
    /// One line explaining the readiness verdict.
    public let readinessDetail: String

    init(snapshot: HealthState.Snapshot, now: ContinuousClock.Instant, pollDeadline: Duration) {
        let since = snapshot.lastPoll.map { now - $0 }
        sinceLastPoll = since
        assignedPartitions = snapshot.assignedPartitions
        if let since {
            isAlive = since <= pollDeadline
            livenessDetail = isAlive
                ? "ok: last poll \(Self.format(since)) ago"
                : "stalled: last poll \(Self.format(since)) ago, deadline \(Self.format(pollDeadline))"
        } else {
            isAlive = false
            livenessDetail = "starting: the poll loop has not run yet"
        }
        if !isAlive {
            isReady = false
            readinessDetail = "not ready: " + livenessDetail
        } else if snapshot.shuttingDown {
            isReady = false
            readinessDetail = "not ready: shutting down"
        } else if !snapshot.assignmentReceived {
            isReady = false
            readinessDetail = snapshot.joinedGroup
                ? "not ready: waiting for a partition assignment" : "not ready: joining the consumer group"
        } else {
            isReady = true
            readinessDetail = "ready: \(snapshot.assignedPartitions) partition(s) assigned"
        }
    }

    static func format(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return milliseconds < 1000 ? "\(milliseconds)ms" : "\(milliseconds / 1000).\(milliseconds % 1000 / 100)s"
    }
}
