/// Partition assignment and revocation.
extension Worker {
    /// How often a commit refused during a revocation is tried again (about 0.75 s in all).
    static var revocationCommitRetries: Int { 4 }

    /// Takes ownership of newly assigned partitions (a new generation each; one still owned keeps its own).
    func partitionsAssigned(_ partitions: [TopicPartition]) {
        periodicCommitsPausedUntil = nil  // the rebalance has reached this worker: commits work again
        for partition in partitions {
            tracker.assign(partition)
            revoking.remove(partition)
        }
        reportAssignment(revoked: false)
        logger.info("partitions assigned", metadata: ["partitions": "\(partitions.sorted())"])
    }

    /// Before partitions are given up: stop taking their messages, wait for their in-flight work (up to the
    /// revocation deadline, then abandon it), commit what is complete, and forget them, so that late
    /// acknowledgements never commit.
    func partitionsRevoking(_ partitions: [TopicPartition]) async {
        periodicCommitsPausedUntil = nil
        revoking.formUnion(partitions)
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: configuration.revocationDeadline)
        while !drained && partitions.contains(where: { tracker.pendingCount($0) > 0 }) && clock.now < end {
            try? await Task.sleep(for: .milliseconds(5))
        }
        let abandoned = partitions.reduce(0) { $0 + tracker.pendingCount($1) }
        if abandoned > 0 {
            logger.warning(
                "revocation deadline reached: abandoning in-flight work of revoked partitions",
                metadata: ["messages": "\(abandoned)"])
        }
        // A refusal while the group rebalances is worth a few quick retries; if the commit still does not land,
        // the tracker remembers the completed run, so this worker does not redo it if the partition comes back.
        await commitComplete(only: Set(partitions), retries: Self.revocationCommitRetries)
        for partition in partitions where revoking.contains(partition) {
            tracker.revoke(partition)
            revoking.remove(partition)
        }
        statistics.partitionsRevoked += partitions.count
        reportAssignment(revoked: true)
        logger.info("partitions revoked", metadata: ["partitions": "\(partitions.sorted())"])
    }
}

/// Forwards a source's rebalance events to the worker.
struct RebalanceBridge<Source: MessageSource, Sink: RecordSink, Processor: ArticleProcessor>: RebalanceListener {
    let worker: Worker<Source, Sink, Processor>

    func assigned(_ partitions: [TopicPartition]) async {
        await worker.partitionsAssigned(partitions)
    }

    func revoking(_ partitions: [TopicPartition]) async {
        await worker.partitionsRevoking(partitions)
    }
}
