import Foundation
import Kafka
import Logging
import NewswireCore
import Testing
@testable import NewswireWorker

/// The worker against the embedded broker through ``KafkaMessageSource`` and ``KafkaRecordSink``.
@Suite(.serialized) struct KafkaAdapterTests {
    @Test func fiveHundredArticlesAndEveryKindOfBadInputEndAsRecordsOrDeadLetters() async throws {
        let broker = try BrokerFixture()
        let body = "Police detained six protesters in Hamburg on Tuesday after dock workers blocked the harbour gates."
        var inputs: [(key: String?, value: [UInt8])] = (0..<500).map {
            ("a\($0)", Inputs.article(id: "a\($0)", body: body))
        }
        let bad: [(String, [UInt8], DeadLetterErrorClass)] = [
            ("bad-text", Array("breaking: not json".utf8), .decode),
            ("bad-schema", Array(#"{"id":"x","body":17}"#.utf8), .schema),
            ("bad-nobody", Array(#"{"id":"y","title":"t"}"#.utf8), .schema),
            ("bad-large", Inputs.article(id: "big", body: String(repeating: "word ", count: 3000)), .tooLarge),
            ("bad-utf8", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D], .decode),
            ("bad-empty", [], .decode),
        ]
        inputs.insert(contentsOf: bad.map { ($0.0, $0.1) }, at: 250)
        try await broker.publish(inputs)

        let (worker, producer) = try broker.makeWorker(
            group: "newswire-test",
            configuration: WorkerConfiguration(concurrency: 4, maxMessageBytes: 8192, commitInterval: .milliseconds(200)),
            processor: try ExtractingArticleProcessor.bundled())
        let run = Task { try await worker.run() }
        await eventually(timeout: .seconds(60), "all inputs complete") {
            await worker.currentStatistics.completed == inputs.count
        }
        await worker.stop()
        try await run.value
        await producer.close()

        let enriched = try await broker.readAll(broker.topics.enriched, partitions: 4, atLeast: 500)
        #expect(enriched.count == 500)
        #expect(Set(enriched.compactMap(\.keyString)) == Set((0..<500).map { "a\($0)" }))
        for message in enriched.prefix(20) {
            #expect(message.header("content-type")?.stringValue == "application/json")
            #expect(message.header("newswire-schema")?.stringValue == "enriched.v1")
            #expect(message.header("newswire-source")?.stringValue?.hasPrefix("articles.raw/") == true)
            let record = try JSONDecoder().decode(EnrichedRecord.self, from: Data(message.value))
            #expect(record.article.id == message.keyString)
        }
        let enrichedCheck = try SchemaValidation.validate(enriched.map { Data($0.value) }, schema: "enriched.v1")
        #expect(enrichedCheck.status == 0, "\(enrichedCheck.output)")
        let eventCount = try enriched.reduce(0) {
            $0 + (try JSONDecoder().decode(EnrichedRecord.self, from: Data($1.value))).events.count
        }
        #expect(eventCount >= 500, "the passage should give at least one event per article")
        let events = try await broker.readAll(broker.topics.events, partitions: 4, atLeast: eventCount)
        #expect(events.count == eventCount)
        #expect(events.allSatisfy { $0.keyString?.contains("#") == true && $0.header("newswire-schema")?.stringValue == "event.v1" })
        let eventsCheck = try SchemaValidation.validate(events.map { Data($0.value) }, schema: "event.v1")
        #expect(eventsCheck.status == 0, "\(eventsCheck.output)")
        let letters = try await broker.readAll(broker.topics.deadLetters, partitions: 1, atLeast: bad.count)
        #expect(letters.count == bad.count)
        let headerDocuments = try letters.map { letter in
            try JSONSerialization.data(
                withJSONObject: Dictionary(letter.headers.map { ($0.name, $0.stringValue ?? "") }) { first, _ in first })
        }
        let lettersCheck = try SchemaValidation.validate(headerDocuments, schema: "dlq-headers.v1")
        #expect(lettersCheck.status == 0, "\(lettersCheck.output)")
        for (key, value, errorClass) in bad {
            let letter = try #require(letters.first { $0.keyString == key })
            #expect(letter.value == value)
            #expect(letter.header("newswire-error-class")?.stringValue == errorClass.rawValue)
        }
        let committed = try await broker.committed(group: "newswire-test", partitions: 4)
        #expect(committed.values.reduce(0, +) == Int64(inputs.count))
    }
}
