import Foundation

/// Article inputs for the real-broker tests: the project's sample articles and generated ones, with fresh ids.
enum Articles {
    /// A raw article with `id` and `body` in the contract's shape.
    static func article(id: String, body: String = "A short report about a harbour reopening.") -> [UInt8] {
        Array(#"{"id":"\#(id)","title":"Harbour news","body":"\#(body)","language":"en"}"#.utf8)
    }

    /// Every `Samples/*.json` of the package, each with its id replaced by `prefix` + its file name.
    static func samples(prefix: String) throws -> [(key: String, value: [UInt8])] {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples")
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { file in
            guard var object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] else {
                throw IntegrationFailure("\(file.lastPathComponent) is not a JSON object")
            }
            let id = prefix + file.deletingPathExtension().lastPathComponent
            object["id"] = id
            return (id, Array(try JSONSerialization.data(withJSONObject: object)))
        }
    }
}
