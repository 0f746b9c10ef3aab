import Testing
@testable import NewswireWorker

/// Dead letters of inputs that carry no article at all.
extension WorkerTests {
    @Test func aTombstoneAndAnEmptyValueAreDeadLetteredDistinctlyAndTheTombstoneStaysNull() async throws {
        let source = ScriptedSource()
        let sink = ScriptedSink()
        let worker = try makeWorker(source: source, sink: sink)
        source.deliver([
            Inputs.message(offset: 0, value: nil, key: "deleted"),
            Inputs.message(offset: 1, value: [], key: "blank"),
        ])
        source.finish()
        try await worker.run()

        let letters = sink.acknowledged(topic: topics.deadLetters)
        let tombstone = try #require(letters.first { $0.keyString == "deleted" })
        let empty = try #require(letters.first { $0.keyString == "blank" })
        #expect(tombstone.value == nil)
        #expect(empty.value == [])
        #expect(tombstone.header("newswire-error-class") == "decode")
        #expect(empty.header("newswire-error-class") == "decode")
        let tombstoneMessage = try #require(tombstone.header("newswire-error-message"))
        let emptyMessage = try #require(empty.header("newswire-error-message"))
        #expect(tombstoneMessage.contains("null") && tombstoneMessage.contains("tombstone"))
        #expect(emptyMessage.contains("empty"))
        #expect(tombstoneMessage != emptyMessage)
        #expect(source.committed[Inputs.partition(0)] == 2)
    }
}
