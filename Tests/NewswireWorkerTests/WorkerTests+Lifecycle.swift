import Testing
@testable import NewswireWorker

/// Rebalance, shutdown and backpressure behaviour of ``Worker``.
extension WorkerTests {
    @Test func revocationFinishesInFlightWorkAndCommitsItBeforeLettingGo() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink(delay: .milliseconds(30))
        let worker = try makeWorker(source: source, sink: sink, commitInterval: .seconds(60))
        let run = Task { try await worker.run() }
        await source.assign([Inputs.partition(0), Inputs.partition(1)])
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<5) + Inputs.articles(partition: 1, offsets: 0..<5))
        await eventually("dispatch") { await worker.currentStatistics.dispatched == 10 }
        await source.revoke([Inputs.partition(0)])

        #expect(source.committed[Inputs.partition(0)] == 5)
        #expect(sink.acknowledged(topic: topics.enriched).filter { $0.keyString!.hasPrefix("p0-") }.count == 5)
        source.deliver(Inputs.articles(partition: 0, offsets: 5..<8) + Inputs.articles(partition: 1, offsets: 5..<8))
        source.finish()
        try await run.value
        #expect(!sink.enqueued.contains { $0.keyString == "p0-5" })
        #expect(source.committed[Inputs.partition(1)] == 8)
        #expect(await worker.currentStatistics.skipped == 3)
    }

    @Test func aLateAcknowledgementForARevokedPartitionNeverCommits() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink(held: true)
        let worker = try makeWorker(source: source, sink: sink, revocationDeadline: .milliseconds(50))
        let run = Task { try await worker.run() }
        await source.assign([Inputs.partition(0)])
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<3))
        await eventually("enqueued") { sink.waiting == 3 }
        await source.revoke([Inputs.partition(0)])
        #expect(source.committed[Inputs.partition(0)] == nil)

        sink.release()
        await eventually("late acknowledgements") { sink.acknowledged.count == 3 }
        try await Task.sleep(for: .milliseconds(60))
        #expect(source.committed[Inputs.partition(0)] == nil)

        await source.assign([Inputs.partition(0)])
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<3))
        source.finish()
        try await run.value
        #expect(source.committed[Inputs.partition(0)] == 3)
        #expect(sink.acknowledged(topic: topics.enriched).count == 6)
    }

    @Test func stopDrainsInFlightWorkCommitsItAndCloses() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink(delay: .milliseconds(80))
        let worker = try makeWorker(source: source, sink: sink, commitInterval: .seconds(60))
        let run = Task { try await worker.run() }
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<10))
        await eventually("dispatch") { await worker.currentStatistics.dispatched == 10 }
        await worker.stop()
        source.deliver(Inputs.articles(partition: 0, offsets: 10..<20))
        try await run.value

        #expect(sink.acknowledged(topic: topics.enriched).count == 10)
        #expect(source.committed[Inputs.partition(0)] == 10)
        #expect(source.isClosed)
    }

    @Test func workThatMissesTheShutdownDeadlineIsAbandonedUncommitted() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink(held: true)
        let worker = try makeWorker(source: source, sink: sink, shutdownDeadline: .milliseconds(100))
        let run = Task { try await worker.run() }
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<3))
        await eventually("enqueued") { sink.waiting == 3 }
        let clock = ContinuousClock()
        let started = clock.now
        await worker.stop()
        try await run.value
        #expect(clock.now - started < .seconds(30))  // not the 90 s a drain of held acknowledgements would take
        #expect(source.committed[Inputs.partition(0)] == nil)
        #expect(source.isClosed)
        sink.release()
    }

    @Test func reachingTheInFlightBoundStopsTakingMessages() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink(held: true)
        let worker = try makeWorker(source: source, sink: sink, maxInFlight: 4)
        let run = Task { try await worker.run() }
        for offset in Int64(0)..<20 {
            source.deliver(Inputs.articles(partition: Int32(offset % 3), offsets: offset..<(offset + 1)))
        }
        await eventually("bound reached") { sink.waiting == 4 }
        try await Task.sleep(for: .milliseconds(100))
        #expect(await worker.currentStatistics.dispatched == 4)

        sink.release()
        source.finish()
        try await run.value
        let statistics = await worker.currentStatistics
        #expect(statistics.published == 20)
        #expect(statistics.peakInFlight == 4)
    }
}
