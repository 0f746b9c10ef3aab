import Foundation
import Kafka
import NewswireCore
import NewswireTestSupport
import NewswireWorker
import Testing

/// Bad inputs of every class the worker can tell from the input alone land in the real broker's dead-letter
/// topic with the contract's headers.
@Suite(.enabled(if: IntegrationEnvironment.isConfigured, IntegrationEnvironment.howToRun), .serialized)
struct DeadLetterTests {
    @Test(.timeLimit(.minutes(3)))
    func badInputsLandInTheDeadLetterTopicWithTheirErrorClass() async throws {
        try await IntegrationBroker.withTopics("dlq", inputPartitions: 3) { broker in
            let id = broker.runID
            let bad: [(key: String, value: [UInt8], errorClass: DeadLetterErrorClass)] = [
                ("\(id)-text", Array("breaking: not json".utf8), .decode),
                ("\(id)-utf8", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D], .decode),
                ("\(id)-schema", Array(#"{"id":"x","body":17}"#.utf8), .schema),
                ("\(id)-nobody", Array(#"{"id":"y","title":"t"}"#.utf8), .schema),
                ("\(id)-large", TestArticles.article(id: "big", body: String(repeating: "word ", count: 3000)), .tooLarge),
            ]
            let good = (0..<20).map { ("\(id)-ok\($0)", TestArticles.article(id: "\(id)-ok\($0)")) }
            let inputs: [(key: String?, value: [UInt8])] = (good + bad.map { ($0.key, $0.value) }).map { ($0.0, $0.1) }
            try await broker.publish(inputs)

            let group = broker.group("dlq")
            let (worker, producer) = try broker.makeWorker(
                group: group,
                configuration: WorkerConfiguration(concurrency: 2, maxMessageBytes: 8192, commitInterval: .milliseconds(200)),
                processor: BasicArticleProcessor())
            let run = Task { try await worker.run() }
            await eventually(timeout: .seconds(90), "all inputs complete") {
                await worker.currentStatistics.completed >= inputs.count
            }
            await worker.stop()
            try await run.value
            await producer.close()

            let letters = try await broker.readAll(broker.topics.deadLetters, partitions: 1, atLeast: bad.count)
            #expect(letters.count == bad.count)
            for (key, value, errorClass) in bad {
                let letter = try #require(letters.first { $0.keyString == key }, "no dead letter for \(key)")
                #expect(letter.value == value, "the dead letter carries the input unchanged")
                #expect(letter.header("newswire-error-class")?.stringValue == errorClass.rawValue, "\(key)")
                #expect(letter.header("newswire-error-message")?.stringValue?.isEmpty == false)
                #expect(letter.header("newswire-source-topic")?.stringValue == broker.input)
                let partition = try #require(letter.header("newswire-source-partition")?.stringValue.flatMap { Int32($0) })
                #expect((0..<Int32(broker.inputPartitions)).contains(partition))
                #expect(letter.header("newswire-source-offset")?.stringValue.flatMap { Int64($0) } != nil)
                #expect(letter.header("newswire-failed-at")?.stringValue?.contains("T") == true)
                #expect(letter.header("newswire-attempts")?.stringValue.flatMap { Int($0) } ?? 0 >= 1)
            }
            let enriched = try await broker.readAll(
                broker.topics.enriched, partitions: broker.outputPartitions, atLeast: good.count)
            #expect(Set(enriched.compactMap(\.keyString)) == Set(good.map(\.0)))
            let committed = try await broker.committed(group: group)
            #expect(committed.values.reduce(0, +) == Int64(inputs.count))
        }
    }
}
