import Testing
@testable import NewswireWorker

/// A partition that comes back to the same worker: what its earlier generation completed is not redone, and
/// nothing in flight blocks the new generation's commits.
extension OffsetTrackerTests {
    @Test func aPartitionThatComesBackSkipsWhatItsEarlierGenerationCompletedAndCommitsItsEnd() throws {
        var tracker = OffsetTracker()
        let tickets = try (0..<10).map { try dispatch(&tracker, p0, offset: Int64($0)) }
        for ticket in tickets { tracker.complete(ticket) }
        tracker.revoke(p0)  // its commit did not land: the consumer will start again from offset 0
        tracker.assign(p0)

        #expect(tryDispatch(&tracker, p0, offset: 0) == nil)
        #expect(tracker.committableOffset(p0) == 10)
        #expect(tracker.offsetsToCommit() == [p0: 10])
        for offset in Int64(1)..<10 { #expect(tryDispatch(&tracker, p0, offset: offset) == nil) }
        let next = try dispatch(&tracker, p0, offset: 10)
        #expect(tracker.isCurrent(next))
        tracker.complete(next)
        #expect(tracker.offsetsToCommit() == [p0: 11])
    }

    @Test func onlyTheRunCompletedWithoutAGapIsSkipped() throws {
        var tracker = OffsetTracker()
        let tickets = try (0..<5).map { try dispatch(&tracker, p0, offset: Int64($0)) }
        tracker.complete(tickets[0])
        tracker.complete(tickets[1])
        tracker.complete(tickets[3])
        tracker.revoke(p0)
        tracker.assign(p0)

        #expect(tryDispatch(&tracker, p0, offset: 0) == nil)
        #expect(tryDispatch(&tracker, p0, offset: 1) == nil)
        #expect(tracker.committableOffset(p0) == 2)
        let redo = try dispatch(&tracker, p0, offset: 2)
        #expect(tracker.committableOffset(p0) == 2)
        tracker.complete(redo)
        #expect(tracker.committableOffset(p0) == 3)
        _ = try dispatch(&tracker, p0, offset: 3)  // completed before only after the gap: done again
    }

    @Test func aRestartOutsideTheCompletedRunProcessesEverythingAgain() throws {
        var tracker = OffsetTracker()
        for offset in Int64(5)..<8 { tracker.complete(try dispatch(&tracker, p0, offset: offset)) }
        tracker.revoke(p0)
        tracker.assign(p0)
        _ = try dispatch(&tracker, p0, offset: 2)  // offsets were reset to before the run: nothing is skipped
        _ = try dispatch(&tracker, p0, offset: 5)
        #expect(tracker.committableOffset(p0) == nil)

        var other = OffsetTracker()
        for offset in Int64(5)..<8 { other.complete(try dispatch(&other, p1, offset: offset)) }
        other.revoke(p1)
        other.assign(p1)
        let beyond = try dispatch(&other, p1, offset: 12)  // someone else went further: start from there
        #expect(other.committableOffset(p1) == nil)
        other.complete(beyond)
        #expect(other.offsetsToCommit() == [p1: 13])
    }

    @Test func theCompletedRunIsUsedOnlyOnce() throws {
        var tracker = OffsetTracker()
        for offset in Int64(0)..<4 { tracker.complete(try dispatch(&tracker, p0, offset: offset)) }
        tracker.revoke(p0)
        tracker.assign(p0)
        _ = try dispatch(&tracker, p0, offset: 6)
        tracker.revoke(p0)
        tracker.assign(p0)
        _ = try dispatch(&tracker, p0, offset: 0)  // the run 0..<4 was not where the consumer restarted last time
    }

    @Test func assigningAnOwnedPartitionAgainKeepsItsGenerationAndItsWorkInFlight() throws {
        var tracker = OffsetTracker()
        let first = try dispatch(&tracker, p0, offset: 0)
        let second = try dispatch(&tracker, p0, offset: 1)
        #expect(tracker.assign(p0) == first.generation)
        #expect(tracker.isCurrent(first))
        #expect(complete(&tracker, first))
        #expect(complete(&tracker, second))
        #expect(tracker.committableOffset(p0) == 2)
    }
}
