import Kafka
import Logging
import NewswireOperations
import Testing
@testable import NewswireWorker

/// ``KafkaMessageSource``'s own reporting (the worker's use of it is in `KafkaAdapterTests`).
@Suite(.serialized) struct KafkaMessageSourceTests {
    struct Listener: RebalanceListener {
        func assigned(_ partitions: [TopicPartition]) async {}
        func revoking(_ partitions: [TopicPartition]) async {}
    }

    /// The value of the rendered sample line that starts with `series`.
    func value(_ rendered: String, _ series: String) -> Double? {
        for line in rendered.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Double(line.dropFirst(series.count + 1).split(separator: " ").first ?? "")
        }
        return nil
    }

    @Test func aLostBrokerConnectionIsCountedInKafkaErrorsAsTransport() async throws {
        let cluster = try KafkaMockCluster(brokers: 1)
        try cluster.createTopic("articles.raw", partitions: 1)
        let prometheus = PrometheusSetup()
        let metrics = NewswireMetrics(factory: prometheus.factory)
        let source = try KafkaMessageSource(
            configuration: cluster.configuration(groupID: "g", properties: ["session.timeout.ms": "6000"]),
            topic: "articles.raw", bufferCapacity: 10, logger: Logger(label: "test"), metrics: metrics)
        _ = try await source.messages(listener: Listener())
        let series = #"newswire_kafka_errors_total{code="transport"}"#
        try await Task.sleep(for: .seconds(1))
        #expect(value(prometheus.render(), series) == nil, "no transport errors while the broker is up")

        try cluster.setBrokerDown(1)
        await eventually(timeout: .seconds(60), "a transport error is counted") {
            (value(prometheus.render(), series) ?? 0) >= 1
        }
        try cluster.setBrokerUp(1)
        await source.close()
    }
}
