/// Committing complete offsets.
extension Worker {
    func commitPeriodically() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: configuration.commitInterval) } catch { return }
            await commitComplete(only: nil)
        }
    }

    /// Commits, for the owned partitions (among `only`, when given), the offsets below which everything is
    /// complete and that are ahead of the last commit. Commits are serialized so they never go backwards;
    /// a failed commit is logged and retried at the next opportunity.
    func commitComplete(only: Set<TopicPartition>?) async {
        while committing { try? await Task.sleep(for: .milliseconds(1)) }
        committing = true
        defer { committing = false }
        let offsets = tracker.offsetsToCommit(only: only)
        guard !offsets.isEmpty else { return }
        let generations = tracker.generations
        do {
            try await source.commit(offsets)
            tracker.markCommitted(offsets, generations: generations)
            reportCommitted(offsets)
            statistics.commits += 1
            logger.debug("committed", metadata: ["offsets": "\(offsets.sorted { $0.key < $1.key })"])
        } catch {
            logger.warning("commit failed; will retry", metadata: ["error": "\(error)"])
        }
    }
}
