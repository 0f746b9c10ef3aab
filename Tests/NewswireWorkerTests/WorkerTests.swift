import NewswireCore
import Logging
import Testing
@testable import NewswireWorker

@Suite struct WorkerTests {
    typealias TestWorker = Worker<ScriptedSource, ScriptedSink, BasicArticleProcessor>
    let topics = OutputTopics()

    func makeWorker(
        source: ScriptedSource, sink: ScriptedSink, concurrency: Int = 3, maxInFlight: Int = 100,
        commitInterval: Duration = .milliseconds(20), revocationDeadline: Duration = .seconds(90),
        shutdownDeadline: Duration = .seconds(90), retry: RetryPolicy = RetryPolicy(initialBackoff: .milliseconds(1))
    ) throws -> TestWorker {
        try TestWorker(
            source: source, sink: sink, processor: BasicArticleProcessor(extractorVersion: "9.9.9"),
            configuration: WorkerConfiguration(
                topics: topics, concurrency: concurrency, maxMessageBytes: 4096, maxInFlight: maxInFlight,
                commitInterval: commitInterval, shutdownDeadline: shutdownDeadline,
                revocationDeadline: revocationDeadline, retry: retry),
            logger: Logger(label: "test"))
    }

    @Test func everyBadInputIsDeadLetteredWithItsClassWhileGoodOnesArePublished() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink()
        let worker = try makeWorker(source: source, sink: sink)
        let bad: [(value: [UInt8]?, errorClass: DeadLetterErrorClass)] = [
            (Array("not json at all".utf8), .decode),
            (Array(#"{"id":"x1","title":"no body"}"#.utf8), .schema),
            (Array(#"{"body":"no id"}"#.utf8), .schema),
            (Array(repeating: UInt8(ascii: "a"), count: 5000), .tooLarge),
            ([0x7B, 0xC3, 0x28, 0x7D], .decode),
            ([], .decode),
            (nil, .decode),
        ]
        var batch: [InboundMessage] = []
        for (index, input) in bad.enumerated() {
            batch.append(Inputs.message(offset: Int64(index * 2), value: input.value, key: "bad-\(index)",
                                        headers: [MessageHeader("origin", "test-\(index)")]))
            batch.append(Inputs.message(offset: Int64(index * 2 + 1), value: Inputs.article(id: "good-\(index)")))
        }
        source.deliver(batch)
        source.finish()
        try await worker.run()

        let letters = sink.acknowledged(topic: topics.deadLetters)
        #expect(letters.count == bad.count)
        for (index, input) in bad.enumerated() {
            let letter = try #require(letters.first { $0.keyString == "bad-\(index)" })
            #expect(letter.header("newswire-error-class") == input.errorClass.rawValue)
            #expect(letter.value == input.value)
            #expect(letter.headers.first == MessageHeader("origin", "test-\(index)"))
            #expect(letter.header("newswire-source-topic") == Inputs.raw)
            #expect(letter.header("newswire-source-partition") == "0")
            #expect(letter.header("newswire-source-offset") == "\(index * 2)")
            #expect(letter.header("newswire-attempts") == "1")
            #expect(letter.header("newswire-error-message")?.isEmpty == false)
            #expect(letter.header("newswire-failed-at").map({ RFC3339Timestamp($0) != nil }) == true)
        }
        let enriched = sink.acknowledged(topic: topics.enriched)
        #expect(Set(enriched.compactMap(\.keyString)) == Set(bad.indices.map { "good-\($0)" }))
        #expect(source.committed[Inputs.partition(0)] == Int64(bad.count * 2))
        #expect(source.isClosed)
        let statistics = await worker.currentStatistics
        #expect(statistics.published == bad.count)
        #expect(statistics.deadLettered[.decode] == 4)
    }

    @Test func enrichedRecordsCarryTheContractKeysAndHeaders() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink()
        let worker = try makeWorker(source: source, sink: sink)
        let trace = MessageHeader("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
        source.deliver([Inputs.message(partition: 2, offset: 41, value: Inputs.article(id: "story-7"), headers: [trace])])
        source.finish()
        try await worker.run()

        let record = try #require(sink.acknowledged(topic: topics.enriched).first)
        #expect(record.keyString == "story-7")
        #expect(record.header("content-type") == "application/json")
        #expect(record.header("newswire-schema") == "enriched.v1")
        #expect(record.header("newswire-extractor") == "9.9.9")
        #expect(record.header("newswire-source") == "articles.raw/2/41")
        #expect(record.header("traceparent") == trace.stringValue)
        let json = String(decoding: record.value ?? [], as: UTF8.self)
        #expect(json.contains(#""schema":"newswire.enriched.v1""#))
        #expect(json.contains(#""offset":41"#))
    }

    @Test func nothingIsCommittedBeforeTheOutputsAreAcknowledged() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink(held: true)
        let worker = try makeWorker(source: source, sink: sink)
        let run = Task { try await worker.run() }
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<5))
        await eventually("all five enqueued") { sink.waiting == 5 }
        try await Task.sleep(for: .milliseconds(100))
        #expect(source.commits.isEmpty)
        #expect(await worker.committableOffsets[Inputs.partition(0)] == nil)
        sink.release()
        await eventually("commit of offset 5") { source.committed[Inputs.partition(0)] == 5 }
        source.finish()
        try await run.value
    }

    @Test func messagesOfOnePartitionAreProducedInOffsetOrder() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink(delay: .microseconds(200))
        let worker = try makeWorker(source: source, sink: sink, concurrency: 4)
        for start in stride(from: Int64(0), to: 60, by: 10) {
            source.deliver((0..<6).flatMap { Inputs.articles(partition: $0, offsets: start..<(start + 10)) })
        }
        source.finish()
        try await worker.run()

        let enqueued = sink.enqueued.filter { $0.topic == topics.enriched }
        #expect(enqueued.count == 360)
        for partition in 0..<6 {
            let offsets = enqueued.compactMap(\.keyString).filter { $0.hasPrefix("p\(partition)-") }
                .map { Int($0.split(separator: "-")[1])! }
            #expect(offsets == Array(0..<60), "partition \(partition)")
        }
        #expect(source.committed == Dictionary(uniqueKeysWithValues: (0..<6).map { (Inputs.partition($0), Int64(60)) }))
    }

    @Test func transientProduceErrorsAreRetriedUntilTheyAreWritten() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink { record, attempt in
            attempt < 3 ? .failed(DeliveryFailure(message: "leader not available", isRetriable: true))
                : .delivered(partition: 0, offset: 0)
        }
        let worker = try makeWorker(source: source, sink: sink)
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<3))
        source.finish()
        try await worker.run()

        #expect(sink.acknowledged(topic: topics.enriched).count == 3)
        #expect(sink.enqueued.count == 9)
        #expect(sink.acknowledged(topic: topics.deadLetters).isEmpty)
        #expect(source.committed[Inputs.partition(0)] == 3)
    }

    @Test func outputsThatCannotBeWrittenAreDeadLetteredAsProduceFailures() async throws {
        let source = ScriptedSource()
        let deadLetters = topics.deadLetters
        let sink = ScriptedSink { record, _ in
            record.topic == deadLetters || record.keyString != "p0-1" ? .delivered(partition: 0, offset: 0)
                : .failed(DeliveryFailure(message: "record too large for topic", isRetriable: false))
        }
        let worker = try makeWorker(source: source, sink: sink)
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<3))
        source.finish()
        try await worker.run()

        let letter = try #require(sink.acknowledged(topic: topics.deadLetters).first)
        #expect(letter.keyString == "p0-1")
        #expect(letter.header("newswire-error-class") == "produce")
        #expect(letter.header("newswire-attempts") == "1")
        #expect(letter.value == Inputs.article(id: "p0-1"))
        #expect(sink.acknowledged(topic: topics.enriched).count == 2)
        #expect(source.committed[Inputs.partition(0)] == 3)
    }

    @Test func exhaustedRetriesAreCountedInTheDeadLetter() async throws {
        let source = ScriptedSource()
        let enrichedTopic = topics.enriched
        let sink = ScriptedSink { record, _ in
            record.topic == enrichedTopic ? .failed(DeliveryFailure(message: "request timed out", isRetriable: true))
                : .delivered(partition: 0, offset: 0)
        }
        let worker = try makeWorker(source: source, sink: sink, retry: RetryPolicy(maxAttempts: 4, initialBackoff: .milliseconds(1)))
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<1))
        source.finish()
        try await worker.run()

        let letter = try #require(sink.acknowledged(topic: topics.deadLetters).first)
        #expect(letter.header("newswire-attempts") == "4")
        #expect(sink.enqueued.filter { $0.topic == enrichedTopic }.count == 4)
    }

    @Test func aDeadLetterThatCannotBeWrittenStopsTheWorkerWithoutCommittingIt() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink { _, _ in .failed(DeliveryFailure(message: "topic authorization failed", isRetriable: false)) }
        let worker = try makeWorker(source: source, sink: sink)
        source.deliver(Inputs.articles(partition: 0, offsets: 0..<1))
        await #expect(throws: WorkerError.self) { try await worker.run() }
        #expect(source.committed[Inputs.partition(0)] == nil)
        #expect(source.isClosed)
    }
}
