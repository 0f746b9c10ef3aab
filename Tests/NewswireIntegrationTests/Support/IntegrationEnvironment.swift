import Foundation
import Testing

/// Whether a real Kafka is available to these tests, and how to reach it.
///
/// The suites run only when `KAFKA_BOOTSTRAP_SERVERS` names a broker (for example the docker-compose one at
/// `localhost:29092`); otherwise they are skipped with ``howToRun`` as the reason.
enum IntegrationEnvironment {
    /// The bootstrap servers from `KAFKA_BOOTSTRAP_SERVERS`, or nil when it is unset or blank.
    static var bootstrapServers: String? {
        let value = ProcessInfo.processInfo.environment["KAFKA_BOOTSTRAP_SERVERS"]?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    /// True when a real broker is configured.
    static var isConfigured: Bool { bootstrapServers != nil }

    /// The skip reason shown by `swift test` when no broker is configured.
    static let howToRun: Comment = """
        real-broker tests skipped: set KAFKA_BOOTSTRAP_SERVERS=host:port (e.g. docker compose up -d kafka topics, \
        then KAFKA_BOOTSTRAP_SERVERS=localhost:29092 swift test --filter NewswireIntegrationTests, \
        or make integration-test)
        """
}
