import Foundation
import Testing

/// Runs the built `newswire` binary as separate processes: broker, produce and tail together, plus kcat.
@Suite(.serialized) struct KafkaCommandsProcessTests {
    static var binary: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0])
        var directory = testBinary.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("newswire").path),
              directory.path != "/" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("newswire")
    }

    @discardableResult
    static func run(_ arguments: [String], executable: URL = binary, stdin: String? = nil,
                    environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func brokerProduceAndTailWorkTogetherAndKcatListsTheTopics() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the newswire binary first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bootstrapFile = directory.appendingPathComponent("bootstrap.txt")

        let broker = Process()
        broker.executableURL = Self.binary
        broker.arguments = ["broker", "--topic", "cli.raw:2", "--topic", "cli.other:1",
                            "--bootstrap-file", bootstrapFile.path]
        let brokerOutput = Pipe()
        broker.standardOutput = brokerOutput
        broker.standardError = FileHandle.nullDevice
        try broker.run()
        defer { if broker.isRunning { broker.terminate() } }
        let firstLine = Self.readLine(brokerOutput.fileHandleForReading)
        #expect(firstLine.contains("127.0.0.1:"))
        #expect(try String(contentsOf: bootstrapFile, encoding: .utf8).trimmingCharacters(in: .newlines) == firstLine)

        let article = directory.appendingPathComponent("harbour-fire.txt")
        try "Fire damages harbour warehouse\n\nA blaze broke out at a warehouse in the old harbour on Monday.\n"
            .write(to: article, atomically: true, encoding: .utf8)
        let produced = try Self.run(["produce", "--bootstrap-servers", firstLine, "--topic", "cli.raw", article.path])
        #expect(produced.status == 0, "\(produced.stderr)")
        let stdinLine = #"{"id":"line-1","title":"Second","body":"Body from stdin."}"# + "\n"
        let piped = try Self.run(["produce", "--topic", "cli.raw", "-"], stdin: stdinLine,
                                 environment: ["NEWSWIRE_BOOTSTRAP_SERVERS": firstLine])
        #expect(piped.status == 0, "\(piped.stderr)")

        let tailed = try Self.run(["tail", "--topic", "cli.raw", "--from-beginning", "--max", "2", "--timeout", "30"],
                                  environment: ["NEWSWIRE_BOOTSTRAP_SERVERS": firstLine])
        #expect(tailed.status == 0, "\(tailed.stderr)")
        let lines = tailed.stdout.split(separator: "\n").map { String($0) }
        #expect(lines.count == 2)
        let records = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let byKey = Dictionary(uniqueKeysWithValues: records.map { ($0["key"] as? String ?? "", $0) })
        let fire = try #require(byKey["harbour-fire"])
        let value = try #require(fire["value"] as? [String: Any])
        #expect(value["id"] as? String == "harbour-fire")
        #expect(value["title"] as? String == "Fire damages harbour warehouse")
        #expect(value["body"] as? String == "A blaze broke out at a warehouse in the old harbour on Monday.")
        #expect(fire["topic"] as? String == "cli.raw")
        #expect((fire["headers"] as? [String: Any])?["content-type"] as? String == "application/json")
        #expect(fire["timestamp"] is String && fire["offset"] is Int && fire["partition"] is Int)
        #expect((byKey["line-1"]?["value"] as? [String: Any])?["body"] as? String == "Body from stdin.")

        let listing = try Self.run(["-L", "-b", firstLine, "-m", "10"], executable: URL(fileURLWithPath: "/usr/bin/kcat"))
        #expect(listing.stdout.contains("topic \"cli.raw\" with 2 partitions"))
        #expect(listing.stdout.contains("topic \"cli.other\" with 1 partitions"))

        broker.interrupt()
        broker.waitUntilExit()
        #expect(broker.terminationStatus == 0)
    }

    @Test func produceRejectsAnArticleThatBreaksTheContract() throws {
        let result = try Self.run(["produce", "--bootstrap-servers", "127.0.0.1:1", "--topic", "x", "-"],
                                  stdin: #"{"title":"no id and no body"}"# + "\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("not a valid raw article"))
    }

    static func readLine(_ handle: FileHandle) -> String {
        var bytes: [UInt8] = []
        while true {
            let chunk = handle.readData(ofLength: 1)
            guard let byte = chunk.first, byte != 0x0A else { break }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
