import Logging
import NewswireCore
import Synchronization
import Testing
@testable import NewswireWorker

/// What the worker logs about single messages: every such line carries `topic`, `partition` and `offset`.
@Suite struct WorkerLoggingTests {
    /// A log handler that keeps every line with its merged metadata.
    struct Capture: LogHandler {
        struct Line: Sendable {
            let level: Logger.Level
            let message: String
            let metadata: [String: String]
        }
        final class Lines: Sendable {
            private let lines = Mutex<[Line]>([])
            func append(_ line: Line) { lines.withLock { $0.append(line) } }
            var all: [Line] { lines.withLock { $0 } }
        }
        let lines: Lines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            lines.append(Line(
                level: event.level, message: "\(event.message)", metadata: merged.mapValues { "\($0)" }))
        }
    }

    @Test func everyDeadLetterIsLoggedOnceWithTheMessagesCoordinatesAndTheReason() async throws {
        let lines = Capture.Lines()
        let logger = Logger(label: "test") { _ in Capture(lines: lines) }
        let source = ScriptedSource()
        let sink = ScriptedSink()
        let worker = try Worker(
            source: source, sink: sink, processor: BasicArticleProcessor(),
            configuration: WorkerConfiguration(maxMessageBytes: 4096, commitInterval: .milliseconds(20)),
            logger: logger)
        let run = Task { try await worker.run() }
        await source.assign([Inputs.partition(2)])
        source.deliver([
            Inputs.message(partition: 2, offset: 40, value: Inputs.article(id: "fine")),
            Inputs.message(partition: 2, offset: 41, value: Array("not json".utf8)),
            Inputs.message(partition: 2, offset: 42, value: Array(#"{"id":"x","title":"no body"}"#.utf8)),
        ])
        source.finish()
        try await run.value

        let letters = lines.all.filter { $0.message == "dead-lettered" }
        #expect(letters.count == 2)
        for (line, (offset, errorClass)) in zip(letters.sorted { $0.metadata["offset"] ?? "" < $1.metadata["offset"] ?? "" },
                                                [("41", "decode"), ("42", "schema")]) {
            #expect(line.level == .warning)
            #expect(line.metadata["topic"] == "articles.raw")
            #expect(line.metadata["partition"] == "2")
            #expect(line.metadata["offset"] == offset)
            #expect(line.metadata["error_class"] == errorClass)
            #expect(line.metadata["dead_letter_topic"] == "articles.dlq")
            #expect(!(line.metadata["error"] ?? "").isEmpty)
        }
        #expect(!lines.all.contains { $0.metadata["offset"] == "40" }, "a published article is not logged")
    }
}
