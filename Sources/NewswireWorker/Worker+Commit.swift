/// Committing complete offsets.
extension Worker {
    /// How long periodic commits pause after the coordinator refused one as retriable (a rebalance is under way),
    /// unless a rebalance event ends the pause first.
    static var commitPauseAfterRefusal: Duration { .seconds(10) }

    /// Commits every ``WorkerConfiguration/commitInterval``. After a retriable refusal it holds off until the
    /// rebalance reaches this worker (or ``commitPauseAfterRefusal`` passes): commits sent while the group
    /// rebalances are refused anyway, and one that reaches the coordinator just after it moved to a new generation
    /// is refused as ILLEGAL_GENERATION, which makes librdkafka declare the whole assignment lost.
    func commitPeriodically() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: configuration.commitInterval) } catch { return }
            if let until = periodicCommitsPausedUntil, ContinuousClock.now < until { continue }
            periodicCommitsPausedUntil = nil
            if case .refusedRetriably = await commitComplete(only: nil) {
                periodicCommitsPausedUntil = ContinuousClock.now.advanced(by: Self.commitPauseAfterRefusal)
            }
        }
    }

    /// Commits, for the owned partitions (among `only`, when given), the offsets below which everything is
    /// complete and that are ahead of the last commit. Commits are serialized so they never go backwards.
    /// A commit refused with a retriable error (the coordinator is rebalancing the group) is tried again up to
    /// `retries` times with a doubling pause from 50 ms; any other failure is logged and left to the next commit.
    @discardableResult
    func commitComplete(only: Set<TopicPartition>?, retries: Int = 0) async -> CommitOutcome {
        while committing { try? await Task.sleep(for: .milliseconds(1)) }
        committing = true
        defer { committing = false }
        var pause = Duration.milliseconds(50)
        for attempt in 0...max(0, retries) {
            let offsets = tracker.offsetsToCommit(only: only)
            guard !offsets.isEmpty else { return .committed }
            let generations = tracker.generations
            do {
                try await source.commit(offsets)
                tracker.markCommitted(offsets, generations: generations)
                reportCommitted(offsets)
                statistics.commits += 1
                logger.debug("committed", metadata: ["offsets": "\(offsets.sorted { $0.key < $1.key })"])
                return .committed
            } catch {
                let retriable = (error as? WorkerError)?.isRetriable ?? false
                guard retriable && attempt < retries else {
                    logger.warning("commit failed; will retry", metadata: ["error": "\(error)"])
                    return retriable ? .refusedRetriably : .failed
                }
                logger.debug("commit refused; trying again", metadata: ["error": "\(error)", "attempt": "\(attempt + 1)"])
                try? await Task.sleep(for: pause)
                pause *= 2
            }
        }
        return .refusedRetriably
    }
}

/// How a commit attempt ended.
enum CommitOutcome {
    /// Everything due was committed (or nothing was due).
    case committed
    /// The coordinator refused it with a retriable error (typically: the group is rebalancing).
    case refusedRetriably
    /// It failed otherwise; the next commit tries again.
    case failed
}
