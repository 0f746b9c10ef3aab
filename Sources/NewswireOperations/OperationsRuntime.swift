import Logging

/// Everything `newswire run` needs from this module, made from its settings in one place: the Prometheus
/// registry and factory, the typed metrics, the health state and the HTTP listener (a `Service` for the
/// command's `ServiceGroup`).
///
/// ```swift
/// let operations = OperationsRuntime(settings: settings, logger: logger)
/// // hand operations.metrics and operations.health to the worker; run operations.server beside it
/// let group = ServiceGroup(services: [worker, operations.server], …)
/// ```
public struct OperationsRuntime: Sendable {
    /// The registry `/metrics` renders, and its factory.
    public let prometheus: PrometheusSetup
    /// The worker's metrics, on ``prometheus``' factory.
    public let metrics: NewswireMetrics
    /// What `/healthz` and `/readyz` report.
    public let health: HealthState
    /// The listener on `settings.metricsAddress`.
    public let server: OperationsHTTPServer

    /// Creates the runtime.
    /// - Parameter pollDeadline: how long the poll loop may stall before `/healthz` fails.
    public init(settings: NewswireSettings, logger: Logger, pollDeadline: Duration = .seconds(30)) {
        prometheus = PrometheusSetup()
        metrics = NewswireMetrics(factory: prometheus.factory)
        health = HealthState(pollDeadline: pollDeadline)
        server = OperationsHTTPServer(
            address: settings.metricsAddress, prometheus: prometheus, health: health, logger: logger)
    }
}
