import ArgumentParser
import Dispatch
import Foundation
import Kafka

/// `newswire broker`: runs the embedded Kafka broker until SIGINT or SIGTERM.
struct BrokerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broker",
        abstract: "Run an embedded Kafka broker (in memory, for development) until interrupted.",
        discussion: """
            Prints the bootstrap servers as the first line of output, so scripts and kcat can find it. \
            Data is kept in memory only, about 5 MB per partition.
            """
    )

    @Option(help: "Number of brokers in the cluster.") var brokers: Int = 1
    @Option(name: .customLong("topic"), help: "A topic to create, as NAME:PARTITIONS (repeatable).")
    var topics: [String] = []
    @Option(help: "Also write the bootstrap servers to this file.") var bootstrapFile: String?

    func validate() throws {
        guard brokers >= 1 else { throw ValidationError("--brokers must be at least 1") }
        for topic in topics { _ = try Self.parseTopic(topic) }
    }

    static func parseTopic(_ text: String) throws -> (String, Int) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let name = parts.first, !name.isEmpty else {
            throw ValidationError("--topic expects NAME or NAME:PARTITIONS, got \(text)")
        }
        guard parts.count == 2 else { return (String(name), 4) }
        guard let count = Int(parts[1]), count >= 1 else {
            throw ValidationError("--topic \(text): the partition count must be a positive number")
        }
        return (String(name), count)
    }

    func run() async throws {
        let cluster = try KafkaMockCluster(brokers: brokers)
        for topic in topics {
            let (name, partitions) = try Self.parseTopic(topic)
            try cluster.createTopic(name, partitions: partitions, replicationFactor: min(brokers, 3))
        }
        if let bootstrapFile {
            try Data((cluster.bootstrapServers + "\n").utf8).write(to: URL(fileURLWithPath: bootstrapFile), options: .atomic)
        }
        printFlushed(cluster.bootstrapServers)
        let signal = await Self.waitForTermination()
        printError("newswire broker: stopping on \(signal)")
        withExtendedLifetime(cluster) {}
    }

    /// Suspends until SIGINT or SIGTERM arrives and returns its name.
    static func waitForTermination() async -> String {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let queue = DispatchQueue(label: "newswire.broker.signals")
        return await withCheckedContinuation { (continuation: CheckedContinuation<String, Never>) in
            let once = SignalOnce(continuation)
            for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { once.fire(name) }
                source.resume()
                once.keep(source)
            }
        }
    }
}

/// Resumes a continuation once, from the first signal, and keeps the signal sources alive.
private final class SignalOnce: @unchecked Sendable {
    private var continuation: CheckedContinuation<String, Never>?
    private var sources: [any DispatchSourceSignal] = []
    private let lock = NSLock()

    init(_ continuation: CheckedContinuation<String, Never>) { self.continuation = continuation }

    func keep(_ source: any DispatchSourceSignal) { lock.withLock { sources.append(source) } }

    func fire(_ name: String) {
        let continuation = lock.withLock { () -> CheckedContinuation<String, Never>? in
            defer { self.continuation = nil }
            return self.continuation
        }
        continuation?.resume(returning: name)
    }
}
