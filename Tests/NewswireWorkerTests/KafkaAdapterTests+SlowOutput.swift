import Kafka
import Logging
import Testing
@testable import NewswireWorker

/// The broker is slow to acknowledge produce requests: the worker's memory stays bounded because the work in flight
/// is capped and the consumer stops fetching. Resident memory itself is not asserted (in-process it is dominated
/// by the test runner and too noisy); the bounded counts are what keep it flat.
extension KafkaAdapterTests {
    @Test func aBrokerSlowToAcknowledgeOutputStopsTheConsumerFetchingAndEverythingCompletesOnceItRecovers()
        async throws
    {
        let broker = try BrokerFixture(brokers: 2)  // input and group on broker 1, output topics on broker 2
        try broker.cluster.setGroupCoordinator(group: "slow", brokerID: 1)
        let ids = (0..<600).map { "s\($0)" }
        try await broker.publish(ids.map { ($0, Inputs.article(id: $0)) })
        let logger = Logger(label: "slow-test")
        let source = try KafkaMessageSource(
            configuration: broker.cluster.configuration(groupID: "slow", properties: ["session.timeout.ms": "6000"]),
            topic: broker.input, bufferCapacity: 32, logger: logger)
        let producer = try KafkaProducer(configuration: broker.cluster.configuration())
        let worker = try Worker(
            source: source, sink: KafkaRecordSink(producer: producer), processor: BasicArticleProcessor(),
            configuration: WorkerConfiguration(concurrency: 2, maxInFlight: 16, commitInterval: .milliseconds(100)),
            logger: logger)
        try broker.cluster.setRoundTripTime(.milliseconds(400), brokerID: 2)
        let run = Task { try await worker.run() }

        await eventually(timeout: .seconds(60), "the consumer paused fetching") { source.backpressurePauses >= 1 }
        let slowed = await worker.currentStatistics
        #expect(slowed.completed < ids.count, "the delay did not slow the worker down")
        #expect(slowed.peakInFlight <= 16)
        #expect(slowed.dispatched - slowed.completed <= 16)
        #expect(source.maxBufferedCount <= 32)

        try broker.cluster.setRoundTripTime(.zero, brokerID: 2)
        await eventually(timeout: .seconds(90), "all processed") { await worker.currentStatistics.completed == ids.count }
        await worker.stop()
        try await run.value
        await producer.close()
        let statistics = await worker.currentStatistics
        #expect(statistics.peakInFlight <= 16)
        #expect(statistics.published == ids.count)
        #expect(source.maxBufferedCount <= 32)
        let committed = try await broker.committed(group: "slow", partitions: 4)
        #expect(committed.values.reduce(0, +) == Int64(ids.count))
    }
}
