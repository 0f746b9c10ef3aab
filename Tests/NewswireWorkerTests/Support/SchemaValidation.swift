import Foundation
import Testing

/// Validates JSON documents against the project's `Schemas/` with `Scripts/validate_records.py` (draft 2020-12).
enum SchemaValidation {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Writes `documents` as JSON lines and validates them against `schema` (e.g. `enriched.v1`); returns the
    /// validator's exit status and output.
    static func validate(_ documents: [Data], schema: String) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-\(UUID().uuidString).jsonl")
        var lines = Data()
        for document in documents {
            lines.append(document)
            lines.append(0x0A)
        }
        try lines.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Scripts/validate_records.py").path, schema, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
