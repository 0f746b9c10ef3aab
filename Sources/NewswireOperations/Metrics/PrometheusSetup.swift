import Prometheus

/// Creates the Prometheus side of the metrics: a registry of its own (never the process-wide default) and a
/// factory whose histogram buckets suit newswire's stages and end-to-end latency.
public struct PrometheusSetup: Sendable {
    /// The registry `/metrics` renders.
    public let registry: PrometheusCollectorRegistry
    /// The factory to hand to ``NewswireMetrics/init(factory:)`` (and, in the CLI only, to
    /// `MetricsSystem.bootstrap` so that libraries' own metrics land in the same registry).
    public let factory: PrometheusMetricsFactory

    /// Buckets for per-stage durations: extraction takes about a millisecond to a few hundred.
    public static let stageBuckets: [Duration] = [
        .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5),
    ]

    /// Buckets for end-to-end latency, which includes queueing behind lag.
    public static let endToEndBuckets: [Duration] = [
        .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
        .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10), .seconds(30),
        .seconds(60), .seconds(300), .seconds(900), .seconds(3600),
    ]

    /// Creates a fresh registry and a factory on it.
    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets = [
            NewswireMetrics.Name.stageDuration: Self.stageBuckets,
            NewswireMetrics.Name.endToEndLatency: Self.endToEndBuckets,
        ]
        self.factory = factory
    }

    /// The registry's current state in the Prometheus text exposition format.
    public func render() -> String {
        registry.emitToString()
    }
}
