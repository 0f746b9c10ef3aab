import Foundation
import Kafka
import NewswireCore
import NewswireTestSupport
import NewswireWorker
import Testing

/// The worker with the real Kafka adapters against a real broker: samples and generated articles in, enriched
/// records, events and dead letters out, offsets committed.
@Suite(.enabled(if: IntegrationEnvironment.isConfigured, IntegrationEnvironment.howToRun), .serialized)
struct WorkerEndToEndTests {
    @Test(.timeLimit(.minutes(5)))
    func everyInputEndsAsAnEnrichedRecordOrADeadLetterAndItsOffsetIsCommitted() async throws {
        try await IntegrationBroker.withTopics("e2e") { broker in
            let samples = try TestArticles.samples(prefix: "\(broker.runID)-sample-")
            let body = "Police detained six protesters in Hamburg on Tuesday after dock workers blocked the harbour gates."
            let generated = (0..<300).map { index in
                let id = "\(broker.runID)-g\(index)"
                return (key: id, value: TestArticles.article(id: id, body: body))
            }
            let good = samples + generated
            let bad: [(key: String, value: [UInt8])] = [
                ("\(broker.runID)-bad-text", Array("breaking: not json".utf8)),
                ("\(broker.runID)-bad-schema", Array(#"{"id":"x","body":17}"#.utf8)),
            ]
            var inputs: [(key: String?, value: [UInt8])] = good.map { ($0.key, $0.value) }
            inputs.insert(contentsOf: bad.map { ($0.key, $0.value) }, at: inputs.count / 2)
            try await broker.publish(inputs)

            let group = broker.group("worker")
            let (worker, producer) = try broker.makeWorker(
                group: group,
                configuration: WorkerConfiguration(
                    concurrency: 2, maxMessageBytes: 65_536, commitInterval: .milliseconds(500)),
                processor: try ExtractingArticleProcessor.bundled())
            let run = Task { try await worker.run() }
            await eventually(timeout: .seconds(180), "all inputs complete") {
                await worker.currentStatistics.completed >= inputs.count
            }
            await worker.stop()
            try await run.value
            await producer.close()
            let statistics = await worker.currentStatistics
            #expect(statistics.published == good.count)
            #expect(statistics.deadLettered.values.reduce(0, +) == bad.count)

            let enriched = try await broker.readAll(
                broker.topics.enriched, partitions: broker.outputPartitions, atLeast: good.count)
            #expect(enriched.count == good.count)
            #expect(Set(enriched.compactMap(\.keyString)) == Set(good.map(\.key)))
            var eventCount = 0
            for message in enriched {
                #expect(message.header("content-type")?.stringValue == "application/json")
                #expect(message.header("newswire-schema")?.stringValue == "enriched.v1")
                #expect(message.header("newswire-extractor")?.stringValue?.isEmpty == false)
                let source = try #require(message.header("newswire-source")?.stringValue)
                #expect(source.hasPrefix("\(broker.input)/"), "lineage \(source)")
                let record = try JSONDecoder().decode(EnrichedRecord.self, from: Data(message.value))
                #expect(record.article.id == message.keyString)
                eventCount += record.events.count
            }
            #expect(eventCount >= generated.count, "the generated passage should give at least one event each")
            let events = try await broker.readAll(
                broker.topics.events, partitions: broker.outputPartitions, atLeast: eventCount)
            #expect(events.count == eventCount)
            #expect(events.allSatisfy { $0.header("newswire-schema")?.stringValue == "event.v1" })

            let letters = try await broker.readAll(broker.topics.deadLetters, partitions: 1, atLeast: bad.count)
            #expect(Set(letters.compactMap(\.keyString)) == Set(bad.map(\.key)))
            for letter in letters {
                #expect(letter.header("newswire-source-topic")?.stringValue == broker.input)
                #expect(letter.header("newswire-error-class") != nil)
            }

            let committed = try await broker.committed(group: group)
            #expect(committed.values.reduce(0, +) == Int64(inputs.count))
        }
    }
}
