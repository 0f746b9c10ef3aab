import Foundation
import Logging
import ServiceLifecycle
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@testable import NewswireOperations

/// Runs the real listener on a free loopback port and talks HTTP to it.
@Suite struct OperationsHTTPServerTests {
    struct Reply {
        let status: Int
        let contentType: String?
        let body: String
    }

    func withServer(
        prometheus: PrometheusSetup, health: HealthState, _ body: (Int) async throws -> Void
    ) async throws {
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let server = OperationsHTTPServer(
            address: ListenAddress(host: "127.0.0.1", port: 0), prometheus: prometheus, health: health,
            logger: logger, onRunning: { continuation.yield($0) })
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: [.init(service: server)], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            try await body(port)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    func get(_ path: String, port: Int) async throws -> Reply {
        let url = try #require(URL(string: "http://127.0.0.1:\(port)\(path)"))
        let (data, response) = try await URLSession.shared.data(from: url)
        let http = try #require(response as? HTTPURLResponse)
        return Reply(
            status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"),
            body: String(decoding: data, as: UTF8.self))
    }

    @Test func metricsEndpointServesPrometheusTextMatchingTheCounters() async throws {
        let prometheus = PrometheusSetup()
        let metrics = NewswireMetrics(factory: prometheus.factory)
        metrics.messagesConsumed(7)
        metrics.recordProduced(topic: "articles.enriched", count: 5)
        metrics.deadLetter(errorClass: "decode")
        metrics.deadLetter(errorClass: "schema")
        try await withServer(prometheus: prometheus, health: HealthState()) { port in
            let reply = try await get("/metrics", port: port)
            #expect(reply.status == 200)
            #expect(reply.contentType == OperationsRoutes.prometheusContentType)
            let text = try PrometheusText(reply.body)
            #expect(text.value("newswire_messages_consumed_total") == 7)
            #expect(text.value("newswire_records_produced_total", ["topic": "articles.enriched"]) == 5)
            #expect(text.value("newswire_dead_letters_total", ["error_class": "decode"]) == 1)
            #expect(text.value("newswire_dead_letters_total", ["error_class": "schema"]) == 1)
            metrics.deadLetter(errorClass: "schema")
            let later = try PrometheusText(try await get("/metrics", port: port).body)
            #expect(later.value("newswire_dead_letters_total", ["error_class": "schema"]) == 2)
        }
    }

    @Test func healthzFailsWhenThePollLoopStalls() async throws {
        // The deadline leaves a loaded 2-core machine seconds for the HTTP round trip right after the poll.
        let health = HealthState(pollDeadline: .seconds(3))
        try await withServer(prometheus: PrometheusSetup(), health: health) { port in
            #expect(try await get("/healthz", port: port).status == 503)
            health.recordPoll()
            #expect(try await get("/healthz", port: port).status == 200)
            try await Task.sleep(for: .milliseconds(3_500))
            let stalled = try await get("/healthz", port: port)
            #expect(stalled.status == 503)
            #expect(stalled.body.hasPrefix("stalled"))
        }
    }

    @Test func readyzTurnsReadyAfterAssignment() async throws {
        let health = HealthState(pollDeadline: .seconds(30))
        try await withServer(prometheus: PrometheusSetup(), health: health) { port in
            health.recordPoll()
            health.recordJoinedGroup()
            #expect(try await get("/readyz", port: port).status == 503)
            health.recordAssignment(partitionCount: 4)
            let ready = try await get("/readyz", port: port)
            #expect(ready.status == 200)
            #expect(ready.body.contains("4 partition(s)"))
        }
    }

    @Test func unknownPathsAreNotFound() async throws {
        try await withServer(prometheus: PrometheusSetup(), health: HealthState()) { port in
            let reply = try await get("/nope", port: port)
            #expect(reply.status == 404)
        }
    }
}

@Suite struct OperationsRuntimeTests {
    @Test func runtimeListensOnTheConfiguredAddressAndSharesOneRegistry() throws {
        var settings = NewswireSettings()
        settings.metricsAddress = ListenAddress(host: "0.0.0.0", port: 9999)
        let runtime = OperationsRuntime(settings: settings, logger: Logger(label: "test"))
        #expect(runtime.server.address == settings.metricsAddress)
        runtime.metrics.messagesConsumed(3)
        let text = try PrometheusText(runtime.prometheus.render())
        #expect(text.value("newswire_messages_consumed_total") == 3)
    }
}
