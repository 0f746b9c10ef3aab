import NewswireCore
/// Taking messages from the source into the lanes, with the in-flight bound, and accounting for their end.
extension Worker {
    nonisolated func read(_ batches: Source.Batches) async throws {
        for try await batch in batches {
            health?.recordPoll()
            metrics?.messagesConsumed(batch.count)
            guard await dispatch(batch) else { return }
        }
    }

    /// Dispatches a fetched batch in one visit to the actor. Hopping onto the actor once per message made the
    /// reader queue behind the lanes' extraction for a cooperative thread each time, which capped a worker at
    /// about one message per extraction slot whatever its concurrency.
    func dispatch(_ batch: [InboundMessage]) async -> Bool {
        for message in batch {
            guard await dispatch(message) else { return false }
        }
        return true
    }

    /// Waits for room under the in-flight bound, then hands `message` to its partition's lane.
    /// Returns false once the worker is stopping.
    func dispatch(_ message: InboundMessage) async -> Bool {
        while inFlight >= configuration.maxInFlight && !stopping {
            await withCheckedContinuation { capacityWaiters.append($0) }
        }
        guard !stopping else { return false }
        let partition = message.topicPartition
        // A message read before its partition was revoked is stale even if the partition is ours again: the
        // consumer re-reads from the committed offset, and taking the stale copy would skip what lies between.
        guard !revoking.contains(partition), source.isCurrent(message),
              let ticket = tracker.dispatch(partition, offset: message.offset) else {
            statistics.skipped += 1
            return true
        }
        inFlight += 1
        metrics?.setInFlight(inFlight)
        statistics.dispatched += 1
        statistics.peakInFlight = max(statistics.peakInFlight, inFlight)
        lanes[laneIndex(for: partition)].yield(DispatchedMessage(ticket: ticket, message: message))
        return true
    }

    /// The lane of a partition: partitions are dealt to lanes in the order they are first seen, and keep their
    /// lane for the worker's lifetime, so a partition's messages stay in order and partitions spread evenly.
    func laneIndex(for partition: TopicPartition) -> Int {
        if let lane = laneOfPartition[partition] { return lane }
        let lane = laneOfPartition.count % lanes.count
        laneOfPartition[partition] = lane
        return lane
    }

    /// Whether a lane should still process this ticket; releases its slot when not (the partition was revoked).
    func admit(_ ticket: DispatchTicket) -> Bool {
        if tracker.isCurrent(ticket) { return true }
        statistics.abandoned += 1
        releaseSlot()
        return false
    }

    func isCurrent(_ ticket: DispatchTicket) -> Bool {
        tracker.isCurrent(ticket)
    }

    /// Accounts for the end of one message: frees its slot and, when its partition is still owned by the same
    /// generation, marks its offset complete.
    func finish(_ completion: Completion) {
        releaseSlot()
        switch completion.outcome {
        case .abandoned:
            statistics.abandoned += 1
            return
        case .published:
            statistics.published += 1
        case .deadLettered(let errorClass):
            statistics.deadLettered[errorClass, default: 0] += 1
        }
        if !tracker.complete(completion.ticket) {
            logger.debug("late completion ignored", metadata: ["ticket": "\(completion.ticket)"])
        }
    }

    private func releaseSlot() {
        inFlight -= 1
        metrics?.setInFlight(inFlight)
        if !capacityWaiters.isEmpty { capacityWaiters.removeFirst().resume() }
    }
}
