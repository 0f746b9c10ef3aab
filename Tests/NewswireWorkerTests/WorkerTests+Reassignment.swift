import Testing
@testable import NewswireWorker

/// Partitions that leave and come back to the same worker (eager rebalances give back what they took).
extension WorkerTests {
    @Test func workCompletedBeforeARefusedRevocationCommitIsNotRedoneWhenThePartitionComesBack() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink()
        let worker = try makeWorker(source: source, sink: sink, commitInterval: .seconds(60))
        let run = Task { try await worker.run() }
        await source.assign([Inputs.partition(0)])
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<10))
        await eventually("all ten complete") { await worker.currentStatistics.completed == 10 }

        source.refuseCommits(true)  // the coordinator refuses commits while the group rebalances
        await source.revoke([Inputs.partition(0)])
        #expect(source.refusedCommits == 1 + TestWorker.revocationCommitRetries)
        #expect(source.committed[Inputs.partition(0)] == nil)

        source.refuseCommits(false)
        await source.assign([Inputs.partition(0)])
        // Nothing was committed, so the consumer starts again from the beginning.
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<12))
        await eventually("committed to the end") { source.committed[Inputs.partition(0)] == 12 }
        source.finish()
        try await run.value

        let keys = sink.acknowledged(topic: topics.enriched).compactMap(\.keyString)
        #expect(keys == (0..<12).map { "p0-\($0)" }, "completed work was redone")
        #expect(await worker.currentStatistics.skipped == 10)
    }

    @Test func aCommitRefusedOnceDuringRevocationIsRetriedAndLands() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink()
        let worker = try makeWorker(source: source, sink: sink, commitInterval: .seconds(60))
        let run = Task { try await worker.run() }
        await source.assign([Inputs.partition(0)])
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<4))
        await eventually("all four complete") { await worker.currentStatistics.completed == 4 }
        source.refuseCommits(true)
        let revocation = Task { await source.revoke([Inputs.partition(0)]) }
        await eventually("first refusal") { source.refusedCommits >= 1 }
        source.refuseCommits(false)
        await revocation.value
        #expect(source.committed[Inputs.partition(0)] == 4)
        source.finish()
        try await run.value
    }

    @Test func aMessageReadBeforeItsPartitionWasRevokedIsDroppedEvenAfterThePartitionComesBack() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink(held: true)
        let worker = try makeWorker(
            source: source, sink: sink, concurrency: 1, maxInFlight: 1, revocationDeadline: .milliseconds(50))
        let run = Task { try await worker.run() }
        await source.assign([Inputs.partition(0)])
        // Offset 0 goes in flight and holds the only slot; the worker holds offset 1 until there is room.
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<3))
        await eventually("offset 0 in flight") { sink.waiting == 1 }
        await source.revoke([Inputs.partition(0)])  // offset 0 is abandoned: its acknowledgement never comes in time
        await source.assign([Inputs.partition(0)])
        sink.release()  // the slot frees up only now, with the partition owned again

        // The consumer reads again from the committed offset (none: the beginning).
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<3))
        await eventually("committed to the end") { source.committed[Inputs.partition(0)] == 3 }
        source.finish()
        try await run.value

        let keys = sink.enqueued.filter { $0.topic == topics.enriched }.compactMap(\.keyString)
        #expect(keys == ["p0-0", "p0-0", "p0-1", "p0-2"], "stale offsets 1 and 2 were taken before offset 0")
        #expect(await worker.currentStatistics.skipped == 2)
    }

    @Test func periodicCommitsHoldOffAfterARefusalUntilTheRebalanceReachesTheWorker() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink()
        let worker = try makeWorker(source: source, sink: sink, commitInterval: .milliseconds(20))
        let run = Task { try await worker.run() }
        await source.assign([Inputs.partition(0)])
        source.refuseCommits(true)
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<3))
        await eventually("first refusal") { source.refusedCommits >= 1 }
        try await Task.sleep(for: .milliseconds(400))  // some 20 commit intervals
        #expect(source.refusedCommits == 1, "periodic commits kept hitting a rebalancing coordinator")

        source.refuseCommits(false)
        await source.assign([Inputs.partition(1)])  // the rebalance ends here (cooperative: a new partition)
        await eventually("commits resume") { source.committed[Inputs.partition(0)] == 3 }
        source.finish()
        try await run.value
    }
}
