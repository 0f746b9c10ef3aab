import ArgumentParser
import Foundation
import Kafka

/// `--bootstrap-servers`, defaulting to `NEWSWIRE_BOOTSTRAP_SERVERS`, shared by the commands that talk to Kafka.
struct BootstrapOptions: ParsableArguments {
    @Option(name: .long, help: "Kafka brokers as host:port,… (default: $NEWSWIRE_BOOTSTRAP_SERVERS).")
    var bootstrapServers: String?

    @Option(name: .customLong("property"), help: "Any librdkafka property as NAME=VALUE (repeatable).")
    var properties: [String] = []

    /// The bootstrap servers from the option or the environment.
    func resolvedServers() throws -> String {
        if let bootstrapServers, !bootstrapServers.isEmpty { return bootstrapServers }
        if let env = ProcessInfo.processInfo.environment["NEWSWIRE_BOOTSTRAP_SERVERS"], !env.isEmpty { return env }
        throw ValidationError("Give --bootstrap-servers or set NEWSWIRE_BOOTSTRAP_SERVERS")
    }

    /// A wrapper configuration from these options.
    func configuration(clientID: String) throws -> KafkaConfiguration {
        var extra: [String: String] = [:]
        for item in properties {
            guard let equals = item.firstIndex(of: "=") else {
                throw ValidationError("--property expects NAME=VALUE, got \(item)")
            }
            extra[String(item[..<equals])] = String(item[item.index(after: equals)...])
        }
        return KafkaConfiguration(bootstrapServers: try resolvedServers(), clientID: clientID, properties: extra)
    }
}

/// Writes a line to standard output and flushes it at once (scripts wait for it).
func printFlushed(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
