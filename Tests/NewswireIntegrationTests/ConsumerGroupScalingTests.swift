import Foundation
import Kafka
import NewswireCore
import NewswireTestSupport
import NewswireWorker
import Testing

/// One worker, then three in the same consumer group while articles keep arriving: the partitions spread over
/// the three, nothing is lost, and only work not yet committed at a handover is done twice.
@Suite(.enabled(if: IntegrationEnvironment.isConfigured, IntegrationEnvironment.howToRun), .serialized)
struct ConsumerGroupScalingTests {
    typealias RealWorker = Worker<KafkaMessageSource, TappedSink<KafkaRecordSink>, BasicArticleProcessor>

    @Test(.timeLimit(.minutes(5)))
    func scalingFromOneToThreeWorkersMidStreamSpreadsPartitionsAndLosesNothing() async throws {
        try await IntegrationBroker.withTopics("scale", inputPartitions: 6) { broker in
            let group = broker.group("scale")
            let maxInFlight = 50
            let configuration = WorkerConfiguration(
                concurrency: 2, maxInFlight: maxInFlight, commitInterval: .milliseconds(300))
            let ids = (0..<4000).map { "\(broker.runID)-s\($0)" }
            let batches = stride(from: 0, to: ids.count, by: 100).map { Array(ids[$0..<min($0 + 100, ids.count)]) }

            var workers: [(worker: RealWorker, producer: KafkaProducer, run: Task<Void, any Error>)] = []
            func start() throws {
                let (worker, producer) = try broker.makeWorker(
                    group: group, configuration: configuration, processor: BasicArticleProcessor())
                workers.append((worker, producer, Task { try await worker.run() }))
            }
            try start()
            // The articles arrive over about sixteen seconds; the second and third worker join early on.
            let clock = ContinuousClock()
            let began = clock.now
            let publisher = Task {
                for batch in batches {
                    try await broker.publish(batch.map { ($0, TestArticles.article(id: $0)) })
                    try await Task.sleep(for: .milliseconds(400))
                }
            }
            let first = workers[0].worker
            await eventually(timeout: .seconds(60), "the first worker under way") {
                await first.currentStatistics.completed >= 500
            }
            try start()
            try start()
            let joined = workers.map(\.worker)
            await eventually(timeout: .seconds(60), "the six partitions spread over the three workers") {
                var owned: [[Int32]] = []
                for worker in joined { owned.append(await worker.committableOffsets.keys.map(\.partition)) }
                let all = owned.flatMap { $0 }
                return owned.allSatisfy { !$0.isEmpty } && all.count == 6 && Set(all).count == 6
            }
            let keysAtJoin = joined.map { $0.sink.keys.all.count }
            try await publisher.value

            await eventually(timeout: .seconds(120), "everything processed and committable to the end") {
                var ends: Int64 = 0
                for worker in joined { ends += await worker.committableOffsets.values.reduce(0, +) }
                let done = Set(joined.flatMap { $0.sink.keys.all })
                return done.count == ids.count && ends == Int64(ids.count)
            }
            let elapsed = clock.now - began
            // While the group of three is stable, the periodic commits reach the end of every partition.
            var committedTotal: Int64 = 0
            await eventually(timeout: .seconds(30), "the group's commits reach the end of the input") {
                committedTotal = (try? await broker.committed(group: group).values.reduce(0, +)) ?? 0
                return committedTotal == Int64(ids.count)
            }
            #expect(committedTotal == Int64(ids.count))

            // Measured before shutdown: leaving members cause further rebalances, which are not what this tests.
            let perWorker = joined.map { $0.sink.keys.all }
            for (index, keys) in perWorker.enumerated() {
                #expect(keys.count > keysAtJoin[index], "worker \(index + 1) did no work after the group grew")
            }
            let total = perWorker.reduce(0) { $0 + $1.count }
            let distinct = Set(perWorker.flatMap { $0 })
            #expect(distinct == Set(ids), "articles lost")
            // Work is redone only from the uncommitted window of a member giving up partitions: its in-flight
            // work (abandoned past the revocation deadline) and, should the commit on revocation be refused, what
            // it completed since its last periodic commit. Two joins make at most three such revocations (the
            // first worker at the second join, the first two at the third) under the eager protocol. The embedded
            // broker also refuses every commit while a join is under way, so there the work of that window
            // (once per join) can be redone too.
            let duplicates = total - distinct.count
            let rate = Double(ids.count) / (Double(elapsed.components.seconds) + 1)
            let window = maxInFlight + Int(rate * Self.seconds(configuration.commitInterval) * 2)  // 2× for slack
            let refused = Int(rate * Self.seconds(IntegrationBroker.commitRefusalWindowPerJoin))
            let bound = 3 * window + 2 * refused
            let withinWorkers = perWorker.map { $0.count - Set($0).count }
            print("consumer-group scaling: \(ids.count) articles, \(total) processed, \(duplicates) twice (bound \(bound));"
                + " redone by the same worker: \(withinWorkers)")
            #expect(duplicates <= bound, "\(duplicates) articles processed twice (bound \(bound))")

            // One after another, as a rolling stop does: each leaving member hands its partitions to the others.
            for entry in workers {
                await entry.worker.stop()
                try await entry.run.value
                await entry.producer.close()
            }
            // Everything was committed before the shutdown, and a stopping worker commits only finished work, so
            // the group's commits are still at the end of the input.
            let finalCommitted = try await broker.committed(group: group).values.reduce(0, +)
            #expect(finalCommitted == Int64(ids.count), "committed offsets after the workers stopped")
            let enriched = try await broker.readAll(
                broker.topics.enriched, partitions: broker.outputPartitions, atLeast: total, timeout: .seconds(60))
            #expect(Set(enriched.compactMap(\.keyString)) == Set(ids))
            #expect(enriched.count == total, "acknowledged records missing from the output")
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
