import Testing

@testable import NewswireOperations

@Suite struct NewswireMetricsTests {
    @Test func countersAppearInPrometheusTextWithTheirLabels() throws {
        let prometheus = PrometheusSetup()
        let metrics = NewswireMetrics(factory: prometheus.factory)
        metrics.messagesConsumed(5)
        metrics.messagesConsumed()
        metrics.recordProduced(topic: "articles.enriched", count: 4)
        metrics.recordProduced(topic: "articles.events", count: 9)
        metrics.deadLetter(errorClass: "schema")
        metrics.deadLetter(errorClass: "schema")
        metrics.deadLetter(errorClass: "too_large")
        metrics.rebalance()
        metrics.kafkaError(code: "_TRANSPORT")

        let text = try PrometheusText(prometheus.render())
        #expect(text.value("newswire_messages_consumed_total") == 6)
        #expect(text.value("newswire_records_produced_total", ["topic": "articles.enriched"]) == 4)
        #expect(text.value("newswire_records_produced_total", ["topic": "articles.events"]) == 9)
        #expect(text.value("newswire_dead_letters_total", ["error_class": "schema"]) == 2)
        #expect(text.value("newswire_dead_letters_total", ["error_class": "too_large"]) == 1)
        #expect(text.value("newswire_rebalances_total") == 1)
        #expect(text.value("newswire_kafka_errors_total", ["code": "_TRANSPORT"]) == 1)
        #expect(text.types["newswire_messages_consumed_total"] == "counter")
    }

    @Test func gaugesHoldTheLastValueAndLagNeverGoesNegative() throws {
        let prometheus = PrometheusSetup()
        let metrics = NewswireMetrics(factory: prometheus.factory)
        metrics.setInFlight(12)
        metrics.setInFlight(3)
        metrics.committedOffset(topic: "articles.raw", partition: 2, offset: 40)
        metrics.consumerLag(topic: "articles.raw", partition: 2, highWatermark: 55, committed: 40)
        metrics.consumerLag(topic: "articles.raw", partition: 0, highWatermark: 10, committed: 12)

        let text = try PrometheusText(prometheus.render())
        #expect(text.value("newswire_in_flight_messages") == 3)
        #expect(text.value("newswire_committed_offset", ["topic": "articles.raw", "partition": "2"]) == 40)
        #expect(text.value("newswire_consumer_lag", ["topic": "articles.raw", "partition": "2"]) == 15)
        #expect(text.value("newswire_consumer_lag", ["topic": "articles.raw", "partition": "0"]) == 0)
        #expect(text.types["newswire_consumer_lag"] == "gauge")
    }

    @Test func durationsAreHistogramsInSecondsWithNewswireBuckets() throws {
        let prometheus = PrometheusSetup()
        let metrics = NewswireMetrics(factory: prometheus.factory)
        metrics.stageDuration(stage: "extract_entities", .milliseconds(3))
        metrics.stageDuration(stage: "extract_entities", .milliseconds(30))
        metrics.endToEndLatency(.seconds(2))

        let text = try PrometheusText(prometheus.render())
        #expect(text.types["newswire_stage_duration_seconds"] == "histogram")
        let stage = ["stage": "extract_entities"]
        #expect(text.value("newswire_stage_duration_seconds_count", stage) == 2)
        let sum = try #require(text.value("newswire_stage_duration_seconds_sum", stage))
        #expect(abs(sum - 0.033) < 1e-9)
        #expect(text.value("newswire_stage_duration_seconds_bucket", stage.merging(["le": "0.005"]) { $1 }) == 1)
        #expect(text.value("newswire_stage_duration_seconds_bucket", stage.merging(["le": "+Inf"]) { $1 }) == 2)
        #expect(text.value("newswire_end_to_end_latency_seconds_bucket", ["le": "1.0"]) == 0)
        #expect(text.value("newswire_end_to_end_latency_seconds_bucket", ["le": "2.5"]) == 1)
    }
}
