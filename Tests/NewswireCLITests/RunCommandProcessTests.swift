import Foundation
import Testing

/// Runs `newswire run` as a deployed worker would: against the embedded broker, serving `/metrics`, `/healthz`
/// and `/readyz`, and stopping cleanly on SIGTERM.
@Suite(.serialized) struct RunCommandProcessTests {
    typealias CLI = KafkaCommandsProcessTests

    @Test func runServesHealthAndMetricsWhileEnrichingAndExitsCleanlyOnSIGTERM() async throws {
        #expect(FileManager.default.isExecutableFile(atPath: CLI.binary.path), "build the newswire binary first")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let broker = Process()
        broker.executableURL = CLI.binary
        broker.arguments = ["broker", "--topic", "articles.raw:2", "--topic", "articles.enriched:2",
                            "--topic", "articles.events:2", "--topic", "articles.dlq:1"]
        let brokerOutput = Pipe()
        broker.standardOutput = brokerOutput
        broker.standardError = FileHandle.nullDevice
        try broker.run()
        defer { if broker.isRunning { broker.terminate() } }
        let bootstrap = CLI.readLine(brokerOutput.fileHandleForReading)
        try #require(bootstrap.contains("127.0.0.1:"))

        let articles = [
            ("quay-fire", "Fire damages quay warehouse", "A blaze broke out at a warehouse on the north quay on Monday."),
            ("council-vote", "Council approves budget", "The city council in Lyon approved the budget on Tuesday."),
            ("bridge-opens", "New bridge opens", "A new footbridge over the river opened to walkers on Friday."),
        ]
        var paths: [String] = []
        for (id, title, body) in articles {
            let file = directory.appendingPathComponent("\(id).txt")
            try "\(title)\n\n\(body)\n".write(to: file, atomically: true, encoding: .utf8)
            paths.append(file.path)
        }
        let produced = try CLI.run(["produce", "--bootstrap-servers", bootstrap, "--topic", "articles.raw"] + paths)
        try #require(produced.status == 0, "\(produced.stderr)")
        let bad = try CLI.run(["-P", "-b", bootstrap, "-t", "articles.raw", "-k", "broken"],
                              executable: URL(fileURLWithPath: "/usr/bin/kcat"), stdin: "this is not json\n")
        try #require(bad.status == 0, "\(bad.stderr)")

        let port = try Self.freePort()
        let base = "http://127.0.0.1:\(port)"
        let worker = Process()
        worker.executableURL = CLI.binary
        worker.arguments = ["run", "--bootstrap-servers", bootstrap, "--metrics-address", "127.0.0.1:\(port)",
                            "--group-id", "run-process-test", "--commit-interval", "1",
                            "--kafka-property", "session.timeout.ms=6000"]
        let workerLog = directory.appendingPathComponent("worker.log")
        _ = FileManager.default.createFile(atPath: workerLog.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: workerLog)
        worker.standardOutput = logHandle
        worker.standardError = logHandle
        try worker.run()
        defer { if worker.isRunning { worker.terminate() } }
        func log() -> String { (try? String(contentsOf: workerLog, encoding: .utf8)) ?? "" }

        let ready = try await Self.waitFor(seconds: 120) { try Self.get(base + "/readyz").status == 200 }
        try #require(ready, "never ready; worker log:\n\(log())")
        var metrics = ""
        let processed = try await Self.waitFor(seconds: 180) {
            metrics = try Self.get(base + "/metrics").body
            return Self.value(in: metrics, of: "newswire_messages_consumed_total") == 4
                && Self.value(in: metrics, of: #"newswire_dead_letters_total{error_class="decode"}"#) == 1
                && Self.value(in: metrics, of: #"newswire_records_produced_total{topic="articles.enriched"}"#) == 3
        }
        #expect(processed, "metrics:\n\(metrics)\nworker log:\n\(log())")
        #expect(!metrics.contains(#"error_class="schema""#))
        // Commits, lag from the watermarks, the assignment and the latencies, per the documented series.
        let committed = try await Self.waitFor(seconds: 60) {
            metrics = try Self.get(base + "/metrics").body
            return Self.sum(in: metrics, of: "newswire_committed_offset") == 4
                && Self.sum(in: metrics, of: "newswire_consumer_lag") == 0
        }
        #expect(committed, "metrics:\n\(metrics)")
        #expect(metrics.contains(#"newswire_committed_offset{topic="articles.raw",partition="0"}"#)
            || metrics.contains(#"newswire_committed_offset{partition="0",topic="articles.raw"}"#), "\(metrics)")
        #expect((Self.value(in: metrics, of: "newswire_rebalances_total") ?? 0) >= 1)
        #expect(Self.value(in: metrics, of: "newswire_in_flight_messages") == 0)
        #expect((Self.value(in: metrics, of: "newswire_end_to_end_latency_seconds_count") ?? 0) >= 3)
        #expect(Self.sum(in: metrics, of: "newswire_stage_duration_seconds_count") ?? 0 > 0)
        #expect(Self.value(in: metrics, of: #"newswire_kafka_errors_total{code="transport"}"#) == nil)
        #expect(try Self.get(base + "/healthz").status == 200)

        worker.terminate()
        let exited = try await Self.waitFor(seconds: 60) { !worker.isRunning }
        #expect(exited, "worker did not stop on SIGTERM; log:\n\(log())")
        #expect(worker.terminationStatus == 0, "worker log:\n\(log())")
        broker.interrupt()
        broker.waitUntilExit()
    }

    /// The value of the sample line that starts with `series` (name and labels exactly as rendered).
    static func value(in metrics: String, of series: String) -> Double? {
        for line in metrics.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Double(line.dropFirst(series.count + 1).split(separator: " ").first ?? "")
        }
        return nil
    }

    /// The sum of every labelled sample of `family` (lines `family{…} value`), nil when there are none.
    static func sum(in metrics: String, of family: String) -> Double? {
        let values = metrics.split(separator: "\n").filter { $0.hasPrefix(family + "{") }.compactMap { line in
            line.split(separator: " ").dropFirst().first.flatMap { Double($0) }
        }
        return values.isEmpty ? nil : values.reduce(0, +)
    }

    /// GETs `url` with curl; status 0 when nothing answered.
    static func get(_ url: String) throws -> (status: Int, body: String) {
        let result = try CLI.run(["-s", "-m", "5", "-w", "\n%{http_code}", url],
                                 executable: URL(fileURLWithPath: "/usr/bin/curl"))
        var lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let status = Int(lines.popLast() ?? "") ?? 0
        return (status, lines.joined(separator: "\n"))
    }

    static func waitFor(seconds: Int, _ condition: () throws -> Bool) async throws -> Bool {
        let end = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < end {
            if try condition() { return true }
            try await Task.sleep(for: .milliseconds(500))
        }
        return try condition()
    }

    /// A TCP port nothing listens on now (the kernel's pick for an ephemeral bind).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
