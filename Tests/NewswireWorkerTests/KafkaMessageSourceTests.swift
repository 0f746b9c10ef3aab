import Kafka
import Logging
import NewswireOperations
import NewswireTestSupport
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

    /// The lag metric comes from the high watermarks librdkafka caches from fetches. Asking the broker for them
    /// after every commit (a round trip per partition) held each commit back: with `--commit-interval 0.2` and
    /// 16 partitions, commits of `newswire run` came 1.8–5.6 s apart instead of 0.2 s (BENCHMARKS.md).
    @Test func aCommitDoesNotWaitForAWatermarkQueryPerPartition() async throws {
        let broker = try TestBroker.embedded(inputPartitions: 16)
        let cluster = try #require(broker.embeddedCluster)
        try await broker.publish((0..<16).map {
            KafkaProducerMessage(topic: broker.input, partition: Int32($0), value: Array("m\($0)".utf8))
        })
        let prometheus = PrometheusSetup()
        let source = try KafkaMessageSource(
            configuration: broker.configuration(groupID: broker.group("lag"), properties: ["session.timeout.ms": "6000"]),
            topic: broker.input, bufferCapacity: 100, logger: Logger(label: "test"),
            metrics: NewswireMetrics(factory: prometheus.factory))
        var received: [InboundMessage] = []
        for try await batch in try await source.messages(listener: Listener()) {
            received += batch
            if received.count >= 16 { break }
        }
        #expect(received.count == 16)

        // Every broker answer now takes 300 ms: a watermark query per partition would add 16 × 300 ms or more.
        try cluster.setRoundTripTime(.milliseconds(300))
        let offsets = Dictionary(uniqueKeysWithValues: received.map { ($0.topicPartition, $0.offset + 1) })
        let clock = ContinuousClock()
        let elapsed = try await clock.measure { try await source.commit(offsets) }
        #expect(elapsed < .seconds(3), "commit took \(elapsed)")
        let rendered = prometheus.render()
        for partition in 0..<16 {
            let series = #"newswire_consumer_lag{topic="\#(broker.input)",partition="\#(partition)"}"#
            let alt = #"newswire_consumer_lag{partition="\#(partition)",topic="\#(broker.input)"}"#
            #expect((value(rendered, series) ?? value(rendered, alt)) == 0, "lag of partition \(partition):\n\(rendered)")
        }
        try cluster.setRoundTripTime(.zero)
        await source.close()
    }
}
