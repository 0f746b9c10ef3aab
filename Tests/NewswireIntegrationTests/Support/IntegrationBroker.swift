import Foundation
import Kafka
import NewswireTestSupport
import NewswireWorker
import Testing

/// Fresh topics for one test on the configured broker (see ``IntegrationEnvironment``).
enum IntegrationBroker {
    /// The partition count of the enriched and events topics.
    static let outputPartitions = 3

    /// The workers' session timeout on the embedded broker. The mock coordinator waits the session timeout less
    /// one second for members to join, and refuses every offset commit meanwhile (a real coordinator accepts
    /// commits of the current generation while it prepares a rebalance); a short timeout keeps that window small.
    static let embeddedSessionTimeoutMilliseconds = 4000

    /// How long the embedded broker's coordinator refuses commits around each join (see above); zero on a real
    /// broker.
    static var commitRefusalWindowPerJoin: Duration {
        IntegrationEnvironment.isRealBroker ? .zero : .milliseconds(embeddedSessionTimeoutMilliseconds - 1000)
    }

    /// Creates a run's input and output topics (named `it-<time>-<random>-<test>.*`), runs `body` with them,
    /// then deletes them (also when `body` throws). On the embedded broker a fresh cluster holds them instead.
    static func withTopics<T: Sendable>(
        _ test: String, inputPartitions: Int = 6, _ body: (TestBroker) async throws -> T
    ) async throws -> T {
        let environment = try #require(IntegrationEnvironment.broker, IntegrationEnvironment.howToRun)
        let stamp = Int(Date().timeIntervalSince1970)
        let runID = "it-\(stamp)-\(UInt32.random(in: 0...UInt32.max))-\(test)"
        let topics = OutputTopics(enriched: "\(runID).enriched", events: "\(runID).events", deadLetters: "\(runID).dlq")
        switch environment {
        case .embedded:
            // Members learn of a rebalance from a heartbeat's answer, and the mock waits only the session timeout
            // less one second for them to rejoin: with the default 3 s heartbeat a member can miss that window and
            // cause one more rebalance (seen: five in a row). 1 s heartbeats keep every member inside it.
            let workerProperties = [
                "session.timeout.ms": String(embeddedSessionTimeoutMilliseconds), "heartbeat.interval.ms": "1000",
            ]
            let broker = try TestBroker.embedded(
                runID: runID, input: "\(runID).raw", inputPartitions: inputPartitions, topics: topics,
                outputPartitions: outputPartitions, workerProperties: workerProperties)
            return try await body(broker)
        case .real(let servers):
            let workerProperties = ["session.timeout.ms": "10000"]
            let broker = TestBroker(
                bootstrapServers: servers, runID: runID, input: "\(runID).raw", inputPartitions: inputPartitions,
                topics: topics, outputPartitions: outputPartitions, workerProperties: workerProperties)
            let admin = try TopicAdmin(bootstrapServers: servers)
            try admin.create(broker.allTopics)
            do {
                let result = try await body(broker)
                try? admin.delete(broker.allTopics.map { $0.name })
                return result
            } catch {
                try? admin.delete(broker.allTopics.map { $0.name })
                throw error
            }
        }
    }
}
