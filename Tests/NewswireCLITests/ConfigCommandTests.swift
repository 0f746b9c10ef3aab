import Foundation
import Testing

/// Runs the built `newswire config` as a process, with its own environment.
@Suite struct ConfigCommandTests {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    func runConfig(_ arguments: [String], environment: [String: String]) throws -> Outcome {
        let binary = KafkaCommandsProcessTests.binary
        let process = Process()
        process.executableURL = binary
        process.arguments = ["config"] + arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func invalidEnvironmentValueExitsNonZeroNamingTheVariable() throws {
        let outcome = try runConfig([], environment: ["NEWSWIRE_CONCURRENCY": "abc"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("NEWSWIRE_CONCURRENCY: expected a positive integer, got 'abc'"))
    }

    @Test func invalidConfigFileValueExitsNonZeroNamingTheKey() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("newswire-config-\(UUID().uuidString).json").path
        try #"{"bootstrap-servers": "b:9092", "log-format": "xml"}"#.write(toFile: path, atomically: true, encoding: .utf8)
        let outcome = try runConfig(["--config-file", path], environment: [:])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("\(path): log-format: expected text or json, got 'xml'"))
    }

    @Test func invalidYAMLConfigFileValueExitsNonZeroNamingTheKey() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("newswire-config-\(UUID().uuidString).yaml").path
        try "bootstrap-servers: b:9092\nlog-format: xml\n".write(toFile: path, atomically: true, encoding: .utf8)
        let outcome = try runConfig(["--config-file", path], environment: [:])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("\(path): log-format: expected text or json, got 'xml'"))
        try "bootstrap-servers: b:9092\nlog-format: json\n".write(toFile: path, atomically: true, encoding: .utf8)
        let valid = try runConfig(["--config-file", path], environment: [:])
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout.contains("log-format        = json  (file \(path))"), "\(valid.stdout)")
    }

    @Test func validConfigurationPrintsEffectiveValuesWithSecretsRedacted() throws {
        let outcome = try runConfig(
            ["--bootstrap-servers", "b1:9092", "--output-version", "v2"],
            environment: [
                "NEWSWIRE_SECURITY_PROTOCOL": "SASL_SSL", "NEWSWIRE_SASL_MECHANISM": "SCRAM-SHA-512",
                "NEWSWIRE_SASL_USERNAME": "newswire", "NEWSWIRE_SASL_PASSWORD": "pw-secret-1",
            ])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("enriched-topic    = articles.enriched.v2"))
        #expect(outcome.stdout.contains("sasl-password     = [REDACTED]  (environment)"))
        #expect(!outcome.stdout.contains("pw-secret-1"))
        #expect(!outcome.stderr.contains("pw-secret-1"))
    }
}
