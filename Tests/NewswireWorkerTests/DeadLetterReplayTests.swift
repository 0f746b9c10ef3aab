import Foundation
import Kafka
import NewswireCore
import NewswireOperations
import Testing
@testable import NewswireWorker

/// Re-driving dead letters after a fix (issue 6): `replay copy` of a range of `articles.dlq` into `articles.raw`
/// while a fixed worker runs gets those articles enriched.
@Suite(.serialized) struct DeadLetterReplayTests {
    /// The fixable cause: the first deployment's message-size limit (2 KiB) is too low for the long articles,
    /// which go to the dead-letter topic as `too_large` (beside two inputs that are not JSON: `decode`, which no
    /// fix will help). The fix raises the limit; the `too_large` dead letters alone are copied back from the DLQ
    /// (header filter) and the running, fixed worker enriches them.
    @Test func aCopyOfADeadLetterRangeIntoTheInputIsProcessedByTheRunningFixedWorker() async throws {
        let broker = try BrokerFixture()
        let short = (0..<20).map { (key: "s\($0)", value: Inputs.article(id: "s\($0)")) }
        let longBody = String(repeating: "The harbour authority published its quarterly shipping figures. ", count: 60)
        let long = (0..<5).map { (key: "l\($0)", value: Inputs.article(id: "l\($0)", body: longBody)) }
        #expect(long.allSatisfy { $0.value.count > 2048 && $0.value.count < 16_384 })
        let garbage = (0..<2).map { (key: "g\($0)", value: Array("not json \($0)".utf8)) }
        try await broker.publish(Array(short[..<10]) + long + garbage + Array(short[10...]))
        let originalEnd = try await highWatermarks(broker)

        // Before the fix: the long articles are dead-lettered.
        let before = WorkerConfiguration(concurrency: 2, maxMessageBytes: 2048, commitInterval: .milliseconds(200))
        let (first, firstProducer) = try broker.makeWorker(group: "replay-group", configuration: before)
        let firstRun = Task { try await first.run() }
        await eventually(timeout: .seconds(60), "the first deployment completes all 27 inputs") {
            await first.currentStatistics.completed == 27
        }
        await first.stop()
        try await firstRun.value
        await firstProducer.close()
        let letters = try await broker.readAll(broker.topics.deadLetters, partitions: 1, atLeast: 7)
        #expect(letters.count == 7)
        let tooLarge = letters.filter { $0.header(DeadLetterHeaders.errorClassName)?.stringValue == "too_large" }
        #expect(Set(tooLarge.compactMap(\.keyString)) == Set(long.map(\.key)))
        #expect(letters.filter { $0.header(DeadLetterHeaders.errorClassName)?.stringValue == "decode" }.count == 2)

        // The fixed deployment runs (same group: it resumes after everything the first one committed).
        let fixed = WorkerConfiguration(concurrency: 2, maxMessageBytes: 16_384, commitInterval: .milliseconds(200))
        let (second, secondProducer) = try broker.makeWorker(group: "replay-group", configuration: fixed)
        let secondRun = Task { try await second.run() }

        // Re-drive the dead-letter range [0, 7) into the input topic, only the class the fix addressed.
        var request = CopyRequest(fromTopic: broker.topics.deadLetters, toTopic: broker.input)
        request.start = .offset(0)
        request.end = .offset(7)
        request.headerFilter = [DeadLetterHeaders.errorClassName: "too_large"]
        let copied = try await TopicCopier(configuration: broker.cluster.configuration()).copy(request)
        #expect(copied == CopyProgress(total: 7, read: 7, copied: 5, filtered: 2, interrupted: false))

        await eventually(timeout: .seconds(60), "the fixed worker completes the 5 re-driven articles") {
            await second.currentStatistics.completed == 5
        }
        await second.stop()
        try await secondRun.value
        await secondProducer.close()

        // Every article is now enriched; the long ones exactly once, from the re-driven copies.
        let enriched = try await broker.readAll(broker.topics.enriched, partitions: 4, atLeast: 25)
        #expect(enriched.count == 25)
        #expect(Set(enriched.compactMap(\.keyString)) == Set((short + long).map(\.key)))
        let redriven = try await broker.readAll(broker.input, partitions: 4, atLeast: 32)
        #expect(redriven.count == 32, "25 articles, 2 not JSON, 5 re-driven copies")
        #expect(!redriven.contains { $0.keyString?.hasPrefix("g") == true && $0.header(TopicCopier.replayedFromHeader) != nil })
        for article in long {
            let record = try #require(enriched.first { $0.keyString == article.key })
            let lineage = try #require(record.header(OutputHeaders.source)?.stringValue)
            let copy = try #require(redriven.first { "\($0.topic)/\($0.partition)/\($0.offset)" == lineage })
            // The copy was appended after the original input, in the original's partition (same key).
            #expect(copy.offset >= originalEnd[copy.partition] ?? .max)
            let original = try #require(redriven.first { $0.keyString == article.key && $0.offset < copy.offset })
            #expect(copy.partition == original.partition)
            // What the copy sent back: the original value unchanged, the DLQ's headers, and lineage headers
            // pointing at the dead letter.
            #expect(copy.value == article.value)
            let letter = try #require(tooLarge.first { $0.keyString == article.key })
            #expect(copy.header(TopicCopier.replayedFromHeader)?.stringValue == "articles.dlq/0/\(letter.offset)")
            #expect(copy.header(TopicCopier.replayedAtHeader)?.stringValue.flatMap { RFC3339Timestamp($0) } != nil)
            #expect(copy.header(DeadLetterHeaders.errorClassName)?.stringValue == "too_large")
            #expect(copy.header(DeadLetterHeaders.sourceOffsetName)?.stringValue == String(original.offset))
            let body = try JSONDecoder().decode(EnrichedRecord.self, from: Data(record.value))
            #expect(body.article.id == article.key)
        }
        // Nothing new was dead-lettered by the fixed worker, and it committed past the copies.
        let lettersAfter = try await broker.readAll(broker.topics.deadLetters, partitions: 1, atLeast: 8, timeout: .seconds(3))
        #expect(lettersAfter.count == 7)
        let committed = try await broker.committed(group: "replay-group", partitions: 4)
        #expect(committed.values.reduce(0, +) == 32)
    }

    func highWatermarks(_ broker: BrokerFixture) async throws -> [Int32: Int64] {
        let consumer = try KafkaConsumer(configuration: broker.cluster.configuration())
        var marks: [Int32: Int64] = [:]
        for partition: Int32 in 0..<4 {
            marks[partition] = try await consumer.watermarks(topic: broker.input, partition: partition).high
        }
        await consumer.close()
        return marks
    }
}
