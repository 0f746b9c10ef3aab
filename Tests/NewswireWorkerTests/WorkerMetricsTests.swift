import Logging
import NewswireCore
import NewswireOperations
import Testing
@testable import NewswireWorker

/// What the worker reports to ``NewswireMetrics`` and ``HealthState`` while it works.
@Suite struct WorkerMetricsTests {
    typealias TestWorker = Worker<ScriptedSource, ScriptedSink, BasicArticleProcessor>

    func makeWorker(
        source: ScriptedSource, sink: ScriptedSink, metrics: NewswireMetrics, health: HealthState
    ) throws -> TestWorker {
        try TestWorker(
            source: source, sink: sink, processor: BasicArticleProcessor(extractorVersion: "9.9.9"),
            configuration: WorkerConfiguration(maxMessageBytes: 4096, commitInterval: .milliseconds(20)),
            logger: Logger(label: "test"), metrics: metrics, health: health)
    }

    /// The value of the rendered sample line that starts with `series`.
    func value(_ rendered: String, _ series: String) -> Double? {
        for line in rendered.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Double(line.dropFirst(series.count + 1).split(separator: " ").first ?? "")
        }
        return nil
    }

    @Test func consumedProducedDeadLetteredAndCommittedAreCountedPerSeries() async throws {
        let prometheus = PrometheusSetup()
        let metrics = NewswireMetrics(factory: prometheus.factory)
        let health = HealthState()
        let source = ScriptedSource()
        let sink = ScriptedSink()
        let worker = try makeWorker(source: source, sink: sink, metrics: metrics, health: health)
        let run = Task { try await worker.run() }
        await source.assign([Inputs.partition(0)])
        health.recordPoll()  // what the Kafka source's poll loop does; a scripted source has none
        #expect(health.report().isReady)
        var batch = (0..<3).map { Inputs.message(offset: Int64($0), value: Inputs.article(id: "good-\($0)")) }
        batch.append(Inputs.message(offset: 3, value: Array("not json".utf8)))
        batch.append(Inputs.message(offset: 4, value: Array(#"{"id":"x","title":"no body"}"#.utf8)))
        batch.append(Inputs.message(offset: 5, value: Inputs.article(id: "good-5")))
        source.deliver(batch)
        source.finish()
        try await run.value

        let rendered = prometheus.render()
        #expect(value(rendered, "newswire_messages_consumed_total") == 6)
        #expect(value(rendered, #"newswire_dead_letters_total{error_class="decode"}"#) == 1)
        #expect(value(rendered, #"newswire_dead_letters_total{error_class="schema"}"#) == 1)
        let enriched = sink.acknowledged(topic: "articles.enriched").count
        let events = sink.acknowledged(topic: "articles.events").count
        #expect(enriched == 4)
        #expect(value(rendered, #"newswire_records_produced_total{topic="articles.enriched"}"#) == Double(enriched))
        #expect(value(rendered, #"newswire_records_produced_total{topic="articles.events"}"#) == (events > 0 ? Double(events) : nil))
        #expect(value(rendered, #"newswire_records_produced_total{topic="articles.dlq"}"#) == 2)
        #expect(value(rendered, #"newswire_committed_offset{topic="articles.raw",partition="0"}"#) == 6)
        #expect(value(rendered, "newswire_in_flight_messages") == 0)
        #expect(value(rendered, "newswire_rebalances_total") == 1)
        #expect(value(rendered, #"newswire_stage_duration_seconds_count{stage="decode"}"#) == 6)
        #expect(value(rendered, #"newswire_stage_duration_seconds_count{stage="extract"}"#) == 4)
        #expect(value(rendered, #"newswire_stage_duration_seconds_count{stage="produce"}"#) == 6)
        #expect(value(rendered, "newswire_end_to_end_latency_seconds_count") == 4)
        let afterRun = health.report()
        #expect(afterRun.isAlive && !afterRun.isReady, "draining: alive but no longer ready")
    }

    @Test func revokingEveryPartitionMakesTheWorkerNotReady() async throws {
        let health = HealthState()
        let source = ScriptedSource()
        let worker = try makeWorker(
            source: source, sink: ScriptedSink(), metrics: NewswireMetrics(factory: PrometheusSetup().factory),
            health: health)
        let run = Task { try await worker.run() }
        health.recordPoll()  // what the Kafka source's poll loop does; a scripted source has none
        #expect(!health.report().isReady)
        await source.assign([Inputs.partition(0), Inputs.partition(1)])
        #expect(health.report().isReady)
        #expect(health.report().assignedPartitions == 2)
        await source.revoke([Inputs.partition(0)])
        #expect(health.report().isReady)
        #expect(health.report().assignedPartitions == 1)
        await source.revoke([Inputs.partition(1)])
        #expect(!health.report().isReady)
        source.finish()
        try await run.value
    }
}
