import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The operations HTTP listener (`/metrics`, `/healthz`, `/readyz`) as a swift-service-lifecycle `Service`.
///
/// Run it in the CLI's `ServiceGroup` beside the worker; it stops accepting connections and finishes open
/// requests on graceful shutdown.
public struct OperationsHTTPServer: Service {
    /// Where it listens.
    public let address: ListenAddress
    private let application: Application<RouterResponder<BasicRequestContext>>

    /// Creates the listener.
    /// - Parameters:
    ///   - address: `--metrics-address`; port 0 picks a free port (see `onRunning`).
    ///   - prometheus: the registry `/metrics` renders.
    ///   - health: the state `/healthz` and `/readyz` report.
    ///   - logger: the server's logger.
    ///   - onRunning: called with the bound port once the listener accepts connections.
    public init(
        address: ListenAddress, prometheus: PrometheusSetup, health: HealthState, logger: Logger,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) {
        self.address = address
        self.application = Application(
            router: OperationsRoutes.router(prometheus: prometheus, health: health),
            configuration: ApplicationConfiguration(
                address: .hostname(address.host, port: address.port), serverName: "newswire"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? address.port
                logger.info(
                    "operations listener running",
                    metadata: ["address": "\(address.host):\(port)", "paths": "/metrics /healthz /readyz"])
                await onRunning(port)
            },
            logger: logger)
    }

    /// Serves until the service group shuts down gracefully or the task is cancelled.
    public func run() async throws {
        // No signals of its own: the command's ServiceGroup owns SIGTERM/SIGINT and shuts this down in turn.
        // (Hummingbird's default catches SIGTERM too, so the listener could end before the worker had drained.)
        try await application.runService(gracefulShutdownSignals: [])
    }
}
