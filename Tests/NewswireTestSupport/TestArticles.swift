import Foundation

/// Raw-article inputs for tests: a generated article, and the project's sample articles with fresh ids.
public enum TestArticles {
    /// A raw article in the contract's shape. `id` and `body` are put into the JSON as they are (no escaping):
    /// pass plain text without quotes or backslashes.
    public static func article(id: String, body: String = "A short report about a harbour reopening.") -> [UInt8] {
        Array(#"{"id":"\#(id)","title":"Harbour news","body":"\#(body)","language":"en"}"#.utf8)
    }

    /// Every `Samples/*.json` of the package, each keyed and identified by `prefix` + its file name.
    public static func samples(prefix: String) throws -> [(key: String, value: [UInt8])] {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples")
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { file in
            guard var object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] else {
                throw TestSupportError("\(file.lastPathComponent) is not a JSON object")
            }
            let id = prefix + file.deletingPathExtension().lastPathComponent
            object["id"] = id
            return (id, Array(try JSONSerialization.data(withJSONObject: object)))
        }
    }
}

/// A failure of the test fixtures themselves (a sample file, an admin request), saying what went wrong.
public struct TestSupportError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
