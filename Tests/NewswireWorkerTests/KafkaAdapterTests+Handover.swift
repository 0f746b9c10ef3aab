import Kafka
import Testing
@testable import NewswireWorker

/// Two workers in one group on the embedded broker; one is stopped mid-stream and the other takes over.
extension KafkaAdapterTests {
    @Test func aWorkerStoppedMidStreamCommitsAndItsWorkIsNotRedoneByTheOneTakingOver() async throws {
        let revoked = try await handOver(strategy: "range,roundrobin")
        // Eager: the remaining worker gave up its own partitions too, and got them back.
        #expect(revoked >= 2)
    }

    @Test func withCooperativeStickyOnlyTheMovedPartitionsChangeHandsAndNothingIsLostOrRedone() async throws {
        let revoked = try await handOver(strategy: "cooperative-sticky")
        // Cooperative: the remaining worker keeps its partitions (never pauses them) and only gains the others.
        // (This holds because periodic commits hold off while the group rebalances: a commit reaching the
        // coordinator just after its generation bump would be refused, and librdkafka would drop the assignment.)
        #expect(revoked == 0)
    }

    /// Starts two workers with this assignment strategy, publishes 2,000 articles, stops the first mid-stream,
    /// and checks that the second finishes everything with nothing lost, nothing of the first's redone, none of its
    /// own work done twice, and the group's commits at the end. Returns how many partitions the second worker gave
    /// up from the moment the first was stopped (the group forming before that does not count).
    private func handOver(strategy: String) async throws -> Int {
        let broker = try BrokerFixture()
        let slow = WorkerConfiguration(concurrency: 2, maxInFlight: 10, commitInterval: .milliseconds(200))
        let properties = ["partition.assignment.strategy": strategy]
        let (first, firstProducer) = try broker.makeWorker(
            group: "handover", configuration: slow, processor: BasicArticleProcessor(), kafkaProperties: properties)
        let (second, secondProducer) = try broker.makeWorker(
            group: "handover", configuration: slow, processor: BasicArticleProcessor(), kafkaProperties: properties)
        let firstRun = Task { try await first.run() }
        let secondRun = Task { try await second.run() }
        try await Task.sleep(for: .seconds(4))  // both join before there is data, so no work is in flight then

        let ids = (0..<2000).map { "h\($0)" }
        try await broker.publish(ids.map { ($0, Inputs.article(id: $0)) })
        await eventually(timeout: .seconds(30), "both under way") {
            let firstDone = await first.currentStatistics.completed
            let secondDone = await second.currentStatistics.completed
            return firstDone >= 50 && secondDone >= 50
        }
        let revokedBefore = await second.currentStatistics.partitionsRevoked
        await first.stop()
        try await firstRun.value
        await firstProducer.close()
        let firstKeys = Set(first.sink.keys.all)
        #expect(firstKeys.count < ids.count, "the first worker finished everything before it was stopped")
        await eventually(timeout: .seconds(90), "everything processed") {
            firstKeys.union(second.sink.keys.all).count == ids.count
        }
        // The group's commits reach the end while the second worker still runs: what it completed while the
        // coordinator refused commits (an eager rebalance) is committed once its partitions come back, not redone.
        let committed = await broker.waitForCommitted(group: "handover", partitions: 4, total: Int64(ids.count))
        #expect(committed == Int64(ids.count))
        await second.stop()
        try await secondRun.value
        await secondProducer.close()

        let secondKeys = second.sink.keys.all
        #expect(firstKeys.isDisjoint(with: secondKeys), "work the stopped worker completed was redone")
        let redone = secondKeys.count - Set(secondKeys).count
        #expect(redone == 0, "the worker taking over redid \(redone) of its own articles")
        #expect(firstKeys.union(secondKeys).count == ids.count)
        let enriched = try await broker.readAll(
            broker.topics.enriched, partitions: 4, atLeast: ids.count, distinct: true, timeout: .seconds(15))
        let missing = Set(ids).subtracting(enriched.compactMap(\.keyString))
        #expect(missing.isEmpty, "\(missing.count) articles missing from articles.enriched")
        let final = try await broker.committed(group: "handover", partitions: 4)
        #expect(final.values.reduce(0, +) == Int64(ids.count))
        return await second.currentStatistics.partitionsRevoked - revokedBefore
    }
}
