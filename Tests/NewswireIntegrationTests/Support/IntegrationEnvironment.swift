import Foundation
import Testing

/// Which broker these tests run against, and how to reach it.
///
/// - `KAFKA_BOOTSTRAP_SERVERS=host:port` names a real Kafka (for example the docker-compose one at
///   `localhost:29092`): topics are created and deleted through the admin API.
/// - Otherwise `NEWSWIRE_INTEGRATION_EMBEDDED=1` runs the same tests against a fresh embedded broker per test,
///   topics created through the mock API; the parts the embedded broker cannot do are skipped with
///   ``needsTimestampIndex`` or ``needsGroupListing`` as the reason.
/// - With neither, every suite is skipped with ``howToRun`` as the reason.
enum IntegrationEnvironment {
    /// The broker the tests use.
    enum Broker: Equatable {
        /// A real Kafka at these bootstrap servers.
        case real(String)
        /// librdkafka's mock cluster, one per test.
        case embedded
    }

    /// The configured broker: `KAFKA_BOOTSTRAP_SERVERS` first, then `NEWSWIRE_INTEGRATION_EMBEDDED=1`, else nil.
    static var broker: Broker? {
        let environment = ProcessInfo.processInfo.environment
        let servers = environment["KAFKA_BOOTSTRAP_SERVERS"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let servers, !servers.isEmpty { return .real(servers) }
        let embedded = environment["NEWSWIRE_INTEGRATION_EMBEDDED"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let embedded, ["1", "true", "yes"].contains(embedded.lowercased()) { return .embedded }
        return nil
    }

    /// True when some broker is configured.
    static var isConfigured: Bool { broker != nil }

    /// True when a real broker is configured.
    static var isRealBroker: Bool {
        if case .real = broker { return true }
        return false
    }

    /// The skip reason shown by `swift test` when no broker is configured.
    static let howToRun: Comment = """
        real-broker tests skipped: set KAFKA_BOOTSTRAP_SERVERS=host:port (e.g. docker compose up -d kafka topics, \
        then KAFKA_BOOTSTRAP_SERVERS=localhost:29092 swift test --filter NewswireIntegrationTests, \
        or make integration-test), or NEWSWIRE_INTEGRATION_EMBEDDED=1 for the embedded broker \
        (make integration-test-embedded)
        """

    /// The skip reason of the tests of the broker's own timestamp index.
    static let needsTimestampIndex: Comment = """
        needs a real broker (KAFKA_BOOTSTRAP_SERVERS): the embedded broker has no timestamp index (its ListOffsets \
        by time answers -1)
        """

    /// The skip reason of the tests of the group-membership check.
    static let needsGroupListing: Comment = """
        needs a real broker (KAFKA_BOOTSTRAP_SERVERS): the embedded broker cannot list or describe consumer groups
        """
}
