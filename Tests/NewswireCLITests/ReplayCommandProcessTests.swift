import Foundation
import Synchronization
import Testing

/// `newswire replay` as a process against `newswire broker`.
@Suite(.serialized) struct ReplayCommandProcessTests {
    typealias Tools = KafkaCommandsProcessTests

    /// Starts a broker with topics `src` and `dst` (one partition each) holding `count` articles in `src`.
    static func brokerWithArticles(_ count: Int) throws -> (Process, String) {
        let bootstrapFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("newswire-replay-\(UUID().uuidString).txt")
        let broker = Process()
        broker.executableURL = Tools.binary
        broker.arguments = ["broker", "--topic", "src:1", "--topic", "dst:1", "--bootstrap-file", bootstrapFile.path]
        let output = Pipe()
        broker.standardOutput = output
        broker.standardError = FileHandle.nullDevice
        try broker.run()
        let servers = Tools.readLine(output.fileHandleForReading)
        let lines = (0..<count).map { #"{"id":"r\#($0)","title":"Title \#($0)","body":"Body text \#($0)."}"# }
        let produced = try Tools.run(
            ["produce", "--bootstrap-servers", servers, "--topic", "src", "-"], stdin: lines.joined(separator: "\n"))
        #expect(produced.status == 0, "\(produced.stderr)")
        return (broker, servers)
    }

    @Test func copyStopsCleanlyOnSIGINTWithASummary() throws {
        let (broker, servers) = try Self.brokerWithArticles(30)
        defer { broker.terminate() }
        let copy = Process()
        copy.executableURL = Tools.binary
        copy.arguments = ["replay", "copy", "--bootstrap-servers", servers, "--from-topic", "src", "--to-topic", "dst",
                          "--rate", "10"]
        let output = Pipe()
        let errors = Pipe()
        copy.standardOutput = output
        copy.standardError = errors
        try copy.run()
        Thread.sleep(forTimeInterval: 1.5)
        copy.interrupt()
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        copy.waitUntilExit()
        #expect(copy.terminationStatus == 130, "\(stderr)")
        #expect(stdout.contains("src -> dst: copied "))
        #expect(stdout.contains("interrupted before the end of the range"))
        #expect(stderr.contains("progress: "))  // not a terminal: periodic lines, not a bar
        let copied = stdout.split(separator: " ").drop { $0 != "copied" }.dropFirst().first.flatMap { Int($0) }
        let count = try #require(copied)
        #expect(count > 0 && count < 30)
    }

    @Test func resetDryRunChangesNothingAndExecuteCommits() throws {
        let (broker, servers) = try Self.brokerWithArticles(5)
        defer { broker.terminate() }
        let base = ["replay", "reset", "--bootstrap-servers", servers, "--group", "gr", "--topic", "src"]
        let dryRun = try Tools.run(base + ["--to-offset", "3"])
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("dry run: nothing changed"))
        #expect(dryRun.stdout.contains("\n0          -          3       0    5     2           -3"))
        let again = try Tools.run(base + ["--shift-by", "-1"])
        #expect(again.stdout.contains("\n0          -          "), "the dry run committed something")
        // The embedded broker cannot list group members: the commit from outside the group is the check, and the
        // output says so.
        let executed = try Tools.run(base + ["--to-offset", "3", "--execute"])
        #expect(executed.status == 0, "\(executed.stderr)")
        #expect(executed.stdout.contains("committed the new offsets for group gr: the coordinator could not list"))
        let after = try Tools.run(base + ["--shift-by", "-1"])
        #expect(after.stdout.contains("\n0          3          2       0    5     3           +1"), "\(after.stdout)")
    }

    /// A kcat balanced consumer (`-G`) is an active member of the group: `--execute` exits non-zero, names
    /// `--group`, and changes nothing.
    @Test func executeOnAGroupWithAnActiveMemberIsRefused() throws {
        let (broker, servers) = try Self.brokerWithArticles(5)
        defer { broker.terminate() }
        let member = Process()
        member.executableURL = URL(fileURLWithPath: "/usr/bin/kcat")
        member.arguments = ["-b", servers, "-G", "gr-active", "-o", "beginning", "src"]
        let memberErrors = Pipe()
        let heard = Mutex("")
        memberErrors.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            heard.withLock { $0 += text }
        }
        member.standardOutput = FileHandle.nullDevice
        member.standardError = memberErrors
        try member.run()
        defer {
            memberErrors.fileHandleForReading.readabilityHandler = nil
            if member.isRunning { member.terminate() }
        }
        // kcat reports its assignment on standard error ("Group gr-active rebalanced … assigned: src [0]").
        let deadline = ContinuousClock.now + .seconds(60)
        while !heard.withLock({ $0.contains("assigned: src") }), ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.1)
        }
        let joined = heard.withLock { $0 }
        try #require(joined.contains("assigned: src"), "kcat did not join: \(joined)")

        let base = ["replay", "reset", "--bootstrap-servers", servers, "--group", "gr-active", "--topic", "src"]
        let refused = try Tools.run(base + ["--to-offset", "1", "--execute"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--group: consumer group 'gr-active' has active members"), "\(refused.stderr)")
        #expect(!refused.stdout.contains("committed the new offsets"))
        let after = try Tools.run(base + ["--to-offset", "1"])
        #expect(!after.stdout.contains("\n0          1 "), "the refused reset committed: \(after.stdout)")
    }
}
