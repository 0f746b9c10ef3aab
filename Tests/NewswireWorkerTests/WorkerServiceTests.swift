import Logging
import ServiceLifecycle
import Synchronization
import Testing
@testable import NewswireWorker

@Suite struct WorkerServiceTests {
    @Test func gracefulShutdownOfTheServiceGroupDrainsCommitsAndRunsTheCleanup() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink(delay: .milliseconds(50))
        let worker = try Worker(
            source: source, sink: sink, processor: BasicArticleProcessor(),
            configuration: WorkerConfiguration(commitInterval: .seconds(60)), logger: Logger(label: "test"))
        let cleaned = Mutex(false)
        let service = WorkerService(worker: worker) { cleaned.withLock { $0 = true } }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: [.init(service: service)], logger: Logger(label: "test")))
        let running = Task { try await group.run() }
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<8))
        await eventually("dispatch") { await worker.currentStatistics.dispatched == 8 }
        await group.triggerGracefulShutdown()
        try await running.value

        #expect(source.committed[Inputs.partition(0)] == 8)
        #expect(sink.acknowledged.count == 8)
        #expect(source.isClosed)
        #expect(cleaned.withLock { $0 })
    }
}
