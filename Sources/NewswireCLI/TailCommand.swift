import ArgumentParser
import Foundation
import Kafka
import Synchronization

/// `newswire tail`: prints the messages of a topic as JSON lines.
struct TailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "Print the messages of a topic, one JSON object per line.",
        discussion: """
            Each line has topic, partition, offset, timestamp (RFC 3339, UTC), key, headers and value; the value \
            is embedded as JSON when it is JSON, else given as a string. Reads all partitions without a consumer \
            group, from the end unless --from-beginning.
            """
    )

    @OptionGroup var kafka: BootstrapOptions
    @Option(help: "The topic to read.") var topic: String = "articles.raw"
    @Flag(help: "Start at the oldest message instead of the end.") var fromBeginning = false
    @Option(help: "Stop after this many messages.") var max: Int?
    @Option(help: "Stop after this many seconds without a message.") var timeout: Double?

    func run() async throws {
        let consumer = try KafkaConsumer(configuration: try kafka.configuration(clientID: "newswire-tail"))
        let partitions = try await consumer.partitionCount(topic: topic)
        guard partitions > 0 else { throw ValidationError("topic \(topic) does not exist") }
        let start = fromBeginning ? KafkaOffset.beginning : KafkaOffset.end
        try consumer.assign((0..<partitions).map { KafkaTopicPartition(topic: topic, partition: Int32($0), offset: start) })
        let limit = max ?? Int.max
        var printed = 0
        let lastSeen = LastSeen()
        // The watchdog closes the consumer after `timeout` idle seconds, which ends the message sequence.
        let watchdog: Task<Void, Never>? = timeout.map { seconds in
            let idle = Duration.milliseconds(Int64(seconds * 1000))
            return Task {
                while !Task.isCancelled {
                    let deadline = lastSeen.instant.withLock { $0 }.advanced(by: idle)
                    if ContinuousClock.now >= deadline { break }
                    try? await Task.sleep(until: deadline)
                }
                if !Task.isCancelled { await consumer.close() }
            }
        }
        if limit > 0 {
            for try await message in consumer.messages {
                lastSeen.instant.withLock { $0 = .now }
                printFlushed(TailFormat.line(message))
                printed += 1
                if printed >= limit { break }
            }
        }
        watchdog?.cancel()
        await consumer.close()
    }
}


/// When the last message arrived, shared with the idle watchdog.
private final class LastSeen: Sendable {
    let instant = Mutex(ContinuousClock.now)
}
