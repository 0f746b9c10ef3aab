/// Identifies one dispatched message: its partition, offset and the ownership generation it was dispatched under.
/// A completion whose generation is no longer current (the partition was revoked since) is ignored.
public struct DispatchTicket: Hashable, Sendable, CustomStringConvertible {
    /// The message's partition.
    public var topicPartition: TopicPartition
    /// The message's offset.
    public var offset: Int64
    /// The ownership generation of the partition when the message was dispatched.
    public var generation: UInt64

    public var description: String { "\(topicPartition)/\(offset)#\(generation)" }
}

/// Tracks, per partition, which offsets were dispatched and which are complete (every output acknowledged or the
/// message dead-lettered), and from that the offset that may be committed: one past the highest offset below which
/// everything is complete.
///
/// Ownership is versioned: each assignment of a partition starts a new generation, and completions or commits
/// from an older generation never move the committable offset. A value type; the pipeline keeps it inside an actor.
public struct OffsetTracker: Sendable {
    private var partitions: [TopicPartition: PartitionState] = [:]
    private var nextGeneration: UInt64 = 1

    /// Creates an empty tracker.
    public init() {}

    /// Takes ownership of `partition` under a new generation, forgetting the in-flight work of an earlier one.
    /// A partition already owned keeps its generation (an assignment that repeats one still in force changes
    /// nothing). What an earlier generation completed is remembered: see ``dispatch(_:offset:)``.
    @discardableResult
    public mutating func assign(_ partition: TopicPartition) -> UInt64 {
        if let state = partitions[partition], state.owned { return state.generation }
        let generation = nextGeneration
        nextGeneration += 1
        var state = PartitionState(generation: generation)
        state.completedEarlier = partitions[partition]?.completedEarlier
        partitions[partition] = state
        return generation
    }

    /// Gives up `partition`: its pending work is abandoned and late completions for it are ignored. The run of
    /// offsets it completed without a gap is remembered, in case its commit did not land (a broker refuses
    /// commits while the group rebalances) and the partition comes back to this worker.
    public mutating func revoke(_ partition: TopicPartition) {
        guard var state = partitions[partition], state.owned else { return }
        if let first = state.firstDispatched, let end = state.completeEnd, end > first {
            state.completedEarlier = first..<end
        }
        state.owned = false
        state.pending.removeAll()
        partitions[partition] = state
    }

    /// Whether the worker currently owns `partition`.
    public func owns(_ partition: TopicPartition) -> Bool {
        partitions[partition]?.owned ?? false
    }

    /// Partitions currently owned.
    public var ownedPartitions: [TopicPartition] {
        partitions.filter { $0.value.owned }.map(\.key).sorted()
    }

    /// Records that the message at `offset` was dispatched. A partition never seen before is taken into ownership
    /// (manual assignment). Gives nil when the message must not be processed: its partition is not owned, the
    /// offset was dispatched already, or an earlier generation of this worker completed it.
    ///
    /// That last case: when a partition comes back after a revocation whose commit did not land, the consumer
    /// starts again from the older committed offset. If that first offset lies inside the run the earlier
    /// generation completed, everything from it to the run's end is done (its outputs were acknowledged), so it
    /// is skipped and the run's end becomes committable at once, instead of the work being redone.
    public mutating func dispatch(_ partition: TopicPartition, offset: Int64) -> DispatchTicket? {
        if partitions[partition] == nil { assign(partition) }
        guard var state = partitions[partition], state.owned else { return nil }
        if state.firstDispatched == nil, let earlier = state.completedEarlier {
            state.completedEarlier = nil
            if earlier.contains(offset) {
                state.firstDispatched = offset
                state.highestDispatched = earlier.upperBound - 1
                partitions[partition] = state
                return nil
            }
        }
        if let highest = state.highestDispatched, offset <= highest { return nil }
        state.pending.insert(offset)
        state.highestDispatched = offset
        if state.firstDispatched == nil { state.firstDispatched = offset }
        partitions[partition] = state
        return DispatchTicket(topicPartition: partition, offset: offset, generation: state.generation)
    }

    /// Marks a dispatched message complete. Returns false (and changes nothing) when the ticket is from a
    /// generation that no longer owns the partition.
    @discardableResult
    public mutating func complete(_ ticket: DispatchTicket) -> Bool {
        guard var state = partitions[ticket.topicPartition], state.owned, state.generation == ticket.generation
        else { return false }
        guard state.pending.remove(ticket.offset) != nil else { return false }
        partitions[ticket.topicPartition] = state
        return true
    }

    /// Whether `ticket` still belongs to the current generation of an owned partition.
    public func isCurrent(_ ticket: DispatchTicket) -> Bool {
        guard let state = partitions[ticket.topicPartition] else { return false }
        return state.owned && state.generation == ticket.generation
    }

    /// The number of dispatched, incomplete messages of `partition` (0 when not owned).
    public func pendingCount(_ partition: TopicPartition) -> Int {
        partitions[partition]?.pending.count ?? 0
    }

    /// The offset that may be committed for `partition`: the lowest pending offset, or one past the highest
    /// dispatched offset when nothing is pending; nil when the partition is not owned or nothing past its first
    /// dispatched offset is complete yet (that offset is where consumption started, so committing it says nothing).
    public func committableOffset(_ partition: TopicPartition) -> Int64? {
        guard let state = partitions[partition], state.owned else { return nil }
        return state.committable
    }

    /// For each owned partition among `only` (all owned ones when nil), the committable offset when it is ahead
    /// of what was last committed.
    public func offsetsToCommit(only: Set<TopicPartition>? = nil) -> [TopicPartition: Int64] {
        var result: [TopicPartition: Int64] = [:]
        for (partition, state) in partitions where state.owned && (only?.contains(partition) ?? true) {
            guard let offset = state.committable else { continue }
            if let committed = state.committed, committed >= offset { continue }
            result[partition] = offset
        }
        return result
    }

    /// Records that `offsets` were committed, ignoring partitions no longer owned under `generations`.
    public mutating func markCommitted(_ offsets: [TopicPartition: Int64], generations: [TopicPartition: UInt64]) {
        for (partition, offset) in offsets {
            guard var state = partitions[partition], state.owned, generations[partition] == state.generation
            else { continue }
            state.committed = max(state.committed ?? offset, offset)
            partitions[partition] = state
        }
    }

    /// The current generation of each owned partition, to pass back to ``markCommitted(_:generations:)``.
    public var generations: [TopicPartition: UInt64] {
        partitions.filter { $0.value.owned }.mapValues(\.generation)
    }
}

private struct PartitionState: Sendable {
    var generation: UInt64
    var owned = true
    var pending: Set<Int64> = []
    var highestDispatched: Int64?
    var firstDispatched: Int64?
    var committed: Int64?
    /// The offsets an earlier generation completed without a gap (kept across a revocation).
    var completedEarlier: Range<Int64>?

    /// The lowest pending offset, or one past the highest dispatched.
    var completeEnd: Int64? {
        guard let highestDispatched else { return nil }
        return pending.min() ?? highestDispatched + 1
    }

    /// ``completeEnd``, but nil until something in this generation is complete (committing the first dispatched
    /// offset would only restate the starting position).
    var committable: Int64? {
        guard let firstDispatched, let offset = completeEnd else { return nil }
        return offset > firstDispatched ? offset : nil
    }
}
