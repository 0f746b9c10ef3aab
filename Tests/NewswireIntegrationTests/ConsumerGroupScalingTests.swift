import Foundation
import Kafka
import NewswireCore
import NewswireWorker
import Testing

/// One worker, then three in the same consumer group while articles keep arriving: the partitions spread over
/// the three, nothing is lost, and only work not yet committed at a handover is done twice.
@Suite(.enabled(if: IntegrationEnvironment.isConfigured, IntegrationEnvironment.howToRun), .serialized)
struct ConsumerGroupScalingTests {
    typealias RealWorker = Worker<KafkaMessageSource, TappedSink<KafkaRecordSink>, BasicArticleProcessor>

    @Test(.timeLimit(.minutes(5)))
    func scalingFromOneToThreeWorkersMidStreamSpreadsPartitionsAndLosesNothing() async throws {
        try await RealBroker.withTopics("scale", inputPartitions: 6) { broker in
            let group = broker.group("scale")
            let maxInFlight = 50
            let configuration = WorkerConfiguration(
                concurrency: 2, maxInFlight: maxInFlight, commitInterval: .milliseconds(300))
            let ids = (0..<3000).map { "\(broker.runID)-s\($0)" }
            let batches = stride(from: 0, to: ids.count, by: 100).map { Array(ids[$0..<min($0 + 100, ids.count)]) }

            var workers: [(worker: RealWorker, producer: KafkaProducer, run: Task<Void, any Error>)] = []
            func start() throws {
                let (worker, producer) = try broker.makeWorker(
                    group: group, configuration: configuration, processor: BasicArticleProcessor())
                workers.append((worker, producer, Task { try await worker.run() }))
            }
            try start()
            // The articles arrive over about ten seconds; the second and third worker join a third of the way in.
            let publisher = Task {
                for batch in batches {
                    try await broker.publish(batch.map { ($0, Articles.article(id: $0)) })
                    try await Task.sleep(for: .milliseconds(300))
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
            for entry in workers {
                await entry.worker.stop()
                try await entry.run.value
                await entry.producer.close()
            }

            let perWorker = joined.map { $0.sink.keys.all }
            for (index, keys) in perWorker.enumerated() {
                #expect(keys.count > keysAtJoin[index], "worker \(index + 1) did no work after the group grew")
            }
            let total = perWorker.reduce(0) { $0 + $1.count }
            let distinct = Set(perWorker.flatMap { $0 })
            #expect(distinct == Set(ids), "articles lost")
            // A partition changes hands at most twice here (each join); what is redone is bounded by the work
            // in flight and not yet committed at each handover.
            let duplicates = total - distinct.count
            #expect(duplicates <= 2 * maxInFlight, "\(duplicates) articles were processed twice")

            let enriched = try await broker.readAll(
                broker.topics.enriched, partitions: broker.outputPartitions, atLeast: total, timeout: .seconds(60))
            #expect(Set(enriched.compactMap(\.keyString)) == Set(ids))
            #expect(enriched.count == total, "acknowledged records missing from the output")
            let committed = try await broker.committed(group: group)
            #expect(committed.values.reduce(0, +) == Int64(ids.count))
        }
    }
}
