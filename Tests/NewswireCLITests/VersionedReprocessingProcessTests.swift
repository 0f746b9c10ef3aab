import Foundation
import Testing

/// The README's versioned-reprocessing runbook, as processes against the embedded broker: the live worker
/// enriches the input; `replay reset` points a v2 group at the start; a `--output-version v2` worker writes beside
/// the live output without touching it; the README's kcat comparison finds the same keys in both.
@Suite(.serialized) struct VersionedReprocessingProcessTests {
    typealias CLI = KafkaCommandsProcessTests
    typealias Run = RunCommandProcessTests

    @Test func aV2RunWritesBesideTheLiveOutputAndTheKcatComparisonMatches() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-v2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let broker = Process()
        broker.executableURL = CLI.binary
        broker.arguments = ["broker"] + [
            "articles.raw:2", "articles.enriched:2", "articles.events:2", "articles.dlq:1", "articles.enriched.v2:2",
            "articles.events.v2:2", "articles.dlq.v2:1",
        ].flatMap { ["--topic", $0] }
        let brokerOutput = Pipe()
        broker.standardOutput = brokerOutput
        broker.standardError = FileHandle.nullDevice
        try broker.run()
        defer { if broker.isRunning { broker.terminate() } }
        let bootstrap = CLI.readLine(brokerOutput.fileHandleForReading)
        try #require(bootstrap.contains("127.0.0.1:"))
        let lines = [
            #"{"id":"tide-1","title":"Tide gauge","body":"Engineers installed a tide gauge at the pier in Brest."}"#,
            #"{"id":"rail-2","title":"Rail works","body":"Rail works near Ghent will close the line on Sunday."}"#,
            #"{"id":"mill-3","title":"Mill reopens","body":"The old paper mill in Tampere reopened as a museum."}"#,
        ]
        let produced = try CLI.run(
            ["produce", "--bootstrap-servers", bootstrap, "--topic", "articles.raw", "-"],
            stdin: lines.joined(separator: "\n"))
        try #require(produced.status == 0, "\(produced.stderr)")

        // The live deployment.
        try await runWorker(bootstrap, ["--group-id", "newswire"], untilProduced: "articles.enriched", in: directory)
        // The runbook: point the v2 group at the start, run v2 beside the live output.
        let reset = try CLI.run([
            "replay", "reset", "--bootstrap-servers", bootstrap, "--group", "newswire-v2", "--topic", "articles.raw",
            "--to-earliest", "--execute",
        ])
        #expect(reset.status == 0, "\(reset.stdout)\(reset.stderr)")
        try await runWorker(
            bootstrap, ["--group-id", "newswire-v2", "--output-version", "v2"], untilProduced: "articles.enriched.v2",
            in: directory)

        // The live output is untouched (3 records), v2 has its own 3, and the README's comparison finds no difference.
        let count = { (topic: String) throws -> Int in
            let result = try Self.bash("kcat -b \"$B\" -C -t \(topic) -o beginning -e -q -f '%k\\n'", broker: bootstrap)
            return result.output.split(separator: "\n").count
        }
        #expect(try count("articles.enriched") == 3)
        #expect(try count("articles.enriched.v2") == 3)
        let compare = try Self.readmeComparisonRecipe()
        let compared = try Self.bash(compare, broker: bootstrap)
        #expect(compared.status == 0 && compared.output.isEmpty, "\(compared.output)")
        broker.interrupt()
        broker.waitUntilExit()
    }

    /// Runs `newswire run` with `arguments` until it reports 3 records produced to `topic`, then stops it with
    /// SIGTERM and expects a clean exit.
    func runWorker(_ bootstrap: String, _ arguments: [String], untilProduced topic: String, in directory: URL)
        async throws
    {
        let port = try Run.freePort()
        let worker = Process()
        worker.executableURL = CLI.binary
        worker.arguments = ["run", "--bootstrap-servers", bootstrap, "--metrics-address", "127.0.0.1:\(port)",
                            "--commit-interval", "1", "--kafka-property", "session.timeout.ms=6000"] + arguments
        let logFile = directory.appendingPathComponent("worker-\(port).log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let handle = try FileHandle(forWritingTo: logFile)
        worker.standardOutput = handle
        worker.standardError = handle
        try worker.run()
        defer { if worker.isRunning { worker.terminate() } }
        func log() -> String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }
        var metrics = ""
        let done = try await Run.waitFor(seconds: 180) {
            metrics = (try? Run.get("http://127.0.0.1:\(port)/metrics").body) ?? ""
            return Run.value(in: metrics, of: #"newswire_records_produced_total{topic="\#(topic)"}"#) == 3
                && Run.sum(in: metrics, of: "newswire_committed_offset") == 3
        }
        #expect(done, "metrics:\n\(metrics)\nworker log:\n\(log())")
        worker.terminate()
        let exited = try await Run.waitFor(seconds: 60) { !worker.isRunning }
        #expect(exited && worker.terminationStatus == 0, "worker log:\n\(log())")
    }

    /// The README's "compare a v2 reprocessing run with the live output" kcat command, continuation lines joined.
    static func readmeComparisonRecipe() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let lines = try String(contentsOf: readme, encoding: .utf8).split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("diff ") && $0.contains("articles.enriched") })
        var command = ""
        for line in lines[start...] {
            command += line.trimmingCharacters(in: .whitespaces)
            guard command.hasSuffix("\\") else { break }
            command = String(command.dropLast()) + " "
        }
        try #require(command.contains("articles.enriched.v2"))
        return command
    }

    /// Runs `command` with bash, `B` set to the broker; standard output and the exit status.
    static func bash(_ command: String, broker: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        process.environment = ["B": broker, "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
