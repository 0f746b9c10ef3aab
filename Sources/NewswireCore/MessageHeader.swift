/// A Kafka message header: a name and raw bytes (nil for a header with no value).
public struct MessageHeader: Sendable, Hashable {
    /// The header's name.
    public var name: String
    /// The header's bytes; nil for a header without a value.
    public var value: [UInt8]?

    /// Creates a header.
    public init(name: String, value: [UInt8]?) {
        self.name = name
        self.value = value
    }

    /// A header whose value is the UTF-8 bytes of `string`.
    public init(_ name: String, _ string: String) {
        self.init(name: name, value: Array(string.utf8))
    }

    /// The value as UTF-8 text, when it is valid UTF-8.
    public var stringValue: String? {
        value.flatMap { String(validating: $0, as: UTF8.self) }
    }
}

/// The headers of the records newswire produces (see records.md).
public enum OutputHeaders {
    /// Header name: `content-type` (always `application/json`).
    public static let contentType = "content-type"
    /// Header name: `newswire-schema` (`enriched.v1`, `event.v1`).
    public static let schema = "newswire-schema"
    /// Header name: `newswire-extractor` (the extractor version).
    public static let extractor = "newswire-extractor"
    /// Header name: `newswire-source` (`topic/partition/offset`).
    public static let source = "newswire-source"
    /// Header name: W3C `traceparent`, passed through from the input.
    public static let traceparent = "traceparent"

    /// Headers of an `articles.enriched` or `articles.events` record: content type, schema (`enriched.v1`
    /// or `event.v1`), extractor version, lineage `topic/partition/offset`, and the input's `traceparent`
    /// when it had one.
    public static func make(
        schema: String, extractorVersion: String, source: SourcePosition?, input: [MessageHeader] = []
    ) -> [MessageHeader] {
        var headers = [
            MessageHeader(contentType, "application/json"),
            MessageHeader(Self.schema, schema),
            MessageHeader(extractor, extractorVersion),
        ]
        if let source { headers.append(MessageHeader(Self.source, source.lineage)) }
        if let trace = input.first(where: { $0.name.lowercased() == traceparent }) {
            headers.append(MessageHeader(name: traceparent, value: trace.value))
        }
        return headers
    }
}
