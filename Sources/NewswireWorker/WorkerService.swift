import Logging
import ServiceLifecycle

/// Runs a ``Worker`` as a swift-service-lifecycle `Service`: on graceful shutdown (SIGTERM/SIGINT through the
/// `ServiceGroup`) or cancellation it asks the worker to stop, which drains in-flight work within the shutdown
/// deadline, commits and leaves the group; then `afterStop` runs (e.g. flushing and closing the producer).
public struct WorkerService<Source: MessageSource, Sink: RecordSink, Processor: ArticleProcessor>: Service {
    /// The worker this service runs.
    public let worker: Worker<Source, Sink, Processor>
    private let afterStop: @Sendable () async -> Void

    /// Creates the service; `afterStop` runs once the worker has stopped, whether it failed or not.
    public init(worker: Worker<Source, Sink, Processor>, afterStop: @escaping @Sendable () async -> Void = {}) {
        self.worker = worker
        self.afterStop = afterStop
    }

    public func run() async throws {
        let worker = self.worker
        do {
            try await withTaskCancellationHandler {
                try await withGracefulShutdownHandler {
                    try await worker.run()
                } onGracefulShutdown: {
                    Task { await worker.stop() }
                }
            } onCancel: {
                Task { await worker.stop() }
            }
        } catch {
            await afterStop()
            throw error
        }
        await afterStop()
    }
}
