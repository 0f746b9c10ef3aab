import Testing
@testable import NewswireWorker

@Suite struct OffsetTrackerTests {
    let p0 = TopicPartition(topic: "articles.raw", partition: 0)
    let p1 = TopicPartition(topic: "articles.raw", partition: 1)

    @Test func nothingIsCommittableBeforeAnythingIsDispatched() {
        var tracker = OffsetTracker()
        tracker.assign(p0)
        #expect(tracker.committableOffset(p0) == nil)
        #expect(tracker.offsetsToCommit().isEmpty)
    }

    @Test func committableIsOnePastTheHighestOffsetWhenEverythingIsComplete() throws {
        var tracker = OffsetTracker()
        let tickets = try (0..<3).map { try dispatch(&tracker, p0, offset: Int64($0)) }
        #expect(tracker.committableOffset(p0) == nil)
        for ticket in tickets { #expect(complete(&tracker, ticket)) }
        #expect(tracker.committableOffset(p0) == 3)
    }

    @Test func outOfOrderCompletionCommitsOnlyBelowTheLowestIncompleteOffset() throws {
        var tracker = OffsetTracker()
        let tickets = try (0..<5).map { try dispatch(&tracker, p0, offset: Int64($0)) }
        tracker.complete(tickets[1])
        tracker.complete(tickets[2])
        tracker.complete(tickets[4])
        #expect(tracker.committableOffset(p0) == nil)
        tracker.complete(tickets[0])
        #expect(tracker.committableOffset(p0) == 3)
        tracker.complete(tickets[3])
        #expect(tracker.committableOffset(p0) == 5)
    }

    @Test func gapsInOffsetsDoNotHoldBackCommits() throws {
        var tracker = OffsetTracker()
        let a = try dispatch(&tracker, p0, offset: 10)
        let b = try dispatch(&tracker, p0, offset: 12)
        let c = try dispatch(&tracker, p0, offset: 15)
        tracker.complete(a)
        tracker.complete(c)
        #expect(tracker.committableOffset(p0) == 12)
        tracker.complete(b)
        #expect(tracker.committableOffset(p0) == 16)
    }

    @Test func partitionsAreTrackedIndependently() throws {
        var tracker = OffsetTracker()
        let a = try dispatch(&tracker, p0, offset: 0)
        _ = try dispatch(&tracker, p1, offset: 7)
        tracker.complete(a)
        #expect(tracker.offsetsToCommit() == [p0: 1])
    }

    @Test func aLateCompletionForARevokedPartitionIsIgnored() throws {
        var tracker = OffsetTracker()
        let ticket = try dispatch(&tracker, p0, offset: 0)
        tracker.revoke(p0)
        #expect(!complete(&tracker, ticket))
        #expect(tracker.committableOffset(p0) == nil)
        #expect(tracker.offsetsToCommit().isEmpty)
    }

    @Test func aLateCompletionFromAnEarlierGenerationDoesNotCountAfterReassignment() throws {
        var tracker = OffsetTracker()
        let old = try dispatch(&tracker, p0, offset: 5)
        tracker.revoke(p0)
        tracker.assign(p0)
        let new = try dispatch(&tracker, p0, offset: 5)
        #expect(old.generation != new.generation)
        #expect(!complete(&tracker, old))
        #expect(tracker.committableOffset(p0) == nil)
        #expect(!tracker.isCurrent(old))
        #expect(complete(&tracker, new))
        #expect(tracker.committableOffset(p0) == 6)
    }

    @Test func aRevokedPartitionTakesNoMessagesUntilReassigned() {
        var tracker = OffsetTracker()
        tracker.assign(p0)
        tracker.revoke(p0)
        #expect(tryDispatch(&tracker, p0, offset: 0) == nil)
        #expect(!tracker.owns(p0))
        tracker.assign(p0)
        #expect(tryDispatch(&tracker, p0, offset: 0) != nil)
    }

    @Test func anUnseenPartitionIsTakenIntoOwnershipOnFirstMessage() {
        var tracker = OffsetTracker()
        #expect(tryDispatch(&tracker, p1, offset: 3) != nil)
        #expect(tracker.owns(p1))
    }

    @Test func aRepeatedOrOlderOffsetIsNotDispatchedTwice() throws {
        var tracker = OffsetTracker()
        _ = try dispatch(&tracker, p0, offset: 4)
        #expect(tryDispatch(&tracker, p0, offset: 4) == nil)
        #expect(tryDispatch(&tracker, p0, offset: 2) == nil)
        #expect(tracker.pendingCount(p0) == 1)
    }

    @Test func offsetsAlreadyCommittedAreNotOfferedAgain() throws {
        var tracker = OffsetTracker()
        let ticket = try dispatch(&tracker, p0, offset: 0)
        tracker.complete(ticket)
        let offsets = tracker.offsetsToCommit()
        tracker.markCommitted(offsets, generations: tracker.generations)
        #expect(tracker.offsetsToCommit().isEmpty)
        let next = try dispatch(&tracker, p0, offset: 1)
        tracker.complete(next)
        #expect(tracker.offsetsToCommit() == [p0: 2])
    }

    @Test func aCommitRecordedForAnEarlierGenerationIsIgnored() throws {
        var tracker = OffsetTracker()
        let ticket = try dispatch(&tracker, p0, offset: 0)
        tracker.complete(ticket)
        let generations = tracker.generations
        tracker.revoke(p0)
        tracker.assign(p0)
        let again = try dispatch(&tracker, p0, offset: 1)
        tracker.complete(again)
        tracker.markCommitted([p0: 2], generations: generations)
        #expect(tracker.offsetsToCommit() == [p0: 2])
    }

    func dispatch(_ tracker: inout OffsetTracker, _ partition: TopicPartition, offset: Int64) throws
        -> DispatchTicket
    {
        try #require(tryDispatch(&tracker, partition, offset: offset))
    }

    func tryDispatch(_ tracker: inout OffsetTracker, _ partition: TopicPartition, offset: Int64)
        -> DispatchTicket?
    {
        tracker.dispatch(partition, offset: offset)
    }

    func complete(_ tracker: inout OffsetTracker, _ ticket: DispatchTicket) -> Bool {
        tracker.complete(ticket)
    }
}
