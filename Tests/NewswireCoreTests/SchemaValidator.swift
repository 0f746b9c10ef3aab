import Foundation
import Testing

/// Runs `Scripts/validate_records.py` (python3 + jsonschema) from the tests.
enum SchemaValidator {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Result {
        var status: Int32
        var output: String
    }

    /// Validates JSON documents (one per line) against a schema such as `enriched.v1`.
    static func validate(_ documents: [Data], against schema: String) throws -> Result {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("newswire-validate-\(UUID().uuidString).jsonl")
        var lines = Data()
        for d in documents {
            lines.append(d)
            lines.append(0x0A)
        }
        try lines.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run([schema, file.path])
    }

    /// Runs the script with these arguments; fails the test with what to do when python3 or jsonschema
    /// is missing.
    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Scripts/validate_records.py").path] + arguments
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let result = Result(status: process.terminationStatus, output: output)
        if result.status == 127 || result.status == 3 {
            Issue.record("cannot validate against the schemas: python3 or its jsonschema library is missing; run `make deps`. \(output)")
        }
        return result
    }
}
