/// Committing complete offsets.
extension Worker {
    func commitPeriodically() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: configuration.commitInterval) } catch { return }
            await commitComplete(only: nil)
        }
    }

    /// Commits, for the owned partitions (among `only`, when given), the offsets below which everything is
    /// complete and that are ahead of the last commit. Commits are serialized so they never go backwards.
    /// A commit refused with a retriable error (the coordinator is rebalancing the group) is tried again up to
    /// `retries` times with a doubling pause from 50 ms; any other failure is logged and left to the next commit.
    /// Returns whether everything that was due got committed.
    @discardableResult
    func commitComplete(only: Set<TopicPartition>?, retries: Int = 0) async -> Bool {
        while committing { try? await Task.sleep(for: .milliseconds(1)) }
        committing = true
        defer { committing = false }
        var pause = Duration.milliseconds(50)
        for attempt in 0...max(0, retries) {
            let offsets = tracker.offsetsToCommit(only: only)
            guard !offsets.isEmpty else { return true }
            let generations = tracker.generations
            do {
                try await source.commit(offsets)
                tracker.markCommitted(offsets, generations: generations)
                reportCommitted(offsets)
                statistics.commits += 1
                logger.debug("committed", metadata: ["offsets": "\(offsets.sorted { $0.key < $1.key })"])
                return true
            } catch {
                let retriable = (error as? WorkerError)?.isRetriable ?? false
                guard retriable && attempt < retries else {
                    logger.warning("commit failed; will retry", metadata: ["error": "\(error)"])
                    return false
                }
                logger.debug("commit refused; trying again", metadata: ["error": "\(error)", "attempt": "\(attempt + 1)"])
                try? await Task.sleep(for: pause)
                pause *= 2
            }
        }
        return false
    }
}
