import Foundation
import Kafka
import Testing

/// Runs every kcat recipe of the README's "kcat recipes" section, as written, against the embedded broker.
@Suite(.serialized) struct KcatRecipesTests {
    /// The commands of the section's code block (continuation lines joined), in order.
    static func recipes() throws -> [String] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        guard let section = text.range(of: "### kcat recipes"),
            let open = text.range(of: "```sh\n", range: section.upperBound..<text.endIndex),
            let close = text.range(of: "```", range: open.upperBound..<text.endIndex)
        else { throw RecipeError(message: "README.md has no kcat recipes block") }
        var commands: [String] = []
        var pending = ""
        for line in text[open.upperBound..<close.lowerBound].split(separator: "\n") {
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            pending += line.trimmingCharacters(in: .whitespaces)
            if pending.hasSuffix("\\") {
                pending.removeLast()
                pending += " "
            } else {
                commands.append(pending)
                pending = ""
            }
        }
        return commands
    }

    struct RecipeError: Error { let message: String }

    struct Outcome {
        let status: Int32
        let output: String
    }

    /// Runs `command` with bash, `B` set to the broker; a following recipe (no `-e`) gets `-e` so it exits at
    /// the end of the partitions instead of waiting for new records.
    static func run(_ command: String, broker: String) throws -> Outcome {
        let exiting = command.contains(" -e") ? command : command + " -e"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", exiting]
        process.environment = ["B": broker, "PATH": "/usr/bin:/bin", "TZ": "UTC"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Enriched records a1, a2 (partition 0) and a3 (partition 1), a copy under `.v2`, and one dead letter.
    static func seed(_ cluster: KafkaMockCluster) async throws {
        for (topic, partitions) in [("articles.enriched", 2), ("articles.enriched.v2", 2), ("articles.dlq", 1)] {
            try cluster.createTopic(topic, partitions: partitions)
        }
        let producer = try KafkaProducer(configuration: cluster.configuration())
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let records: [(key: String, partition: Int32, timestamp: Int64)] = [
            ("a1", 0, now - 3 * 3_600_000), ("a2", 0, now - 60_000), ("a3", 1, now - 30_000),
        ]
        for topic in ["articles.enriched", "articles.enriched.v2"] {
            for record in records {
                let value = #"{"schema":"newswire.enriched.v1","article":{"id":"\#(record.key)"}}"#
                _ = try await producer.send(KafkaProducerMessage(
                    topic: topic, partition: record.partition, key: Array(record.key.utf8), value: Array(value.utf8),
                    headers: [
                        KafkaHeader(name: "content-type", string: "application/json"),
                        KafkaHeader(name: "newswire-schema", string: "enriched.v1"),
                    ], timestampMilliseconds: record.timestamp))
            }
        }
        _ = try await producer.send(KafkaProducerMessage(
            topic: "articles.dlq", key: Array("bad-1".utf8), value: Array("not json".utf8),
            headers: [
                KafkaHeader(name: "newswire-error-class", string: "decode"),
                KafkaHeader(name: "newswire-source-offset", string: "17"),
            ]))
        await producer.close()
    }

    @Test func everyRecipeWorksAgainstTheEmbeddedBroker() async throws {
        let recipes = try Self.recipes()
        try #require(recipes.count == 7, "README recipes changed: \(recipes)")
        let cluster = try KafkaMockCluster(brokers: 1)
        try await Self.seed(cluster)
        let broker = cluster.bootstrapServers

        let tail = try Self.run(recipes[0], broker: broker)
        #expect(tail.status == 0)
        #expect(tail.output.contains("p0 o0 key=a1"))
        #expect(tail.output.contains("p1 o0 key=a3"))
        #expect(tail.output.contains("content-type=application/json,newswire-schema=enriched.v1"))

        let envelopes = try Self.run(recipes[1], broker: broker)
        let lines = envelopes.output.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["schema"] as? String == "newswire.enriched.v1")
        }

        let deadLetters = try Self.run(recipes[2], broker: broker)
        #expect(deadLetters.output.contains("key=bad-1 newswire-error-class=decode,newswire-source-offset=17"))

        let fromOffset = try Self.run(recipes[3], broker: broker)
        let recordLines: [Substring] = fromOffset.output.split(separator: "\n").filter { $0.contains("\"a") }
        #expect(recordLines.count == 1)
        #expect(fromOffset.output.contains("\"a2\""))

        // The embedded broker keeps no time index (it answers -1 to every time lookup), so only the recipe's
        // syntax and kcat's acceptance of it are checked here, and that it never returns the 3-hour-old record.
        let fromTime = try Self.run(recipes[4], broker: broker)
        #expect(fromTime.status == 0)
        #expect(!fromTime.output.contains("\"a1\""))

        let counts = try Self.run(recipes[5], broker: broker)
        let table = counts.output.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(table == ["2 0", "1 1"])

        let comparison = try Self.run(recipes[6], broker: broker)
        #expect(comparison.status == 0)
        #expect(comparison.output.isEmpty)
    }
}
