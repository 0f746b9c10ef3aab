import Foundation

/// Encodes records to the wire form: compact UTF-8 JSON, object keys sorted by UTF-8 bytes (code
/// point order), slashes and non-ASCII text unescaped, scores and coordinates rounded (see
/// `Schemas/README.md`). Equal values always give byte-identical output.
///
/// `EnrichedRecord`, `EventMessage` and `RawArticle` take a hand-written fast path; any other
/// `Encodable` goes through `JSONEncoder` with the same settings.
public struct RecordEncoder: Sendable {
    private let encoder: JSONEncoder

    /// Creates an encoder with the wire settings.
    public init() {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder = e
    }

    /// The JSON bytes of an enriched record.
    /// - Throws: `ContractError` with code `.encode` when a number is NaN or infinite.
    public func encode(_ record: EnrichedRecord) throws(ContractError) -> Data {
        try write(record, capacity: 8192)
    }

    /// The JSON bytes of an `articles.events` message.
    public func encode(_ message: EventMessage) throws(ContractError) -> Data {
        try write(message, capacity: 1024)
    }

    /// The JSON bytes of a raw article (its `extra` members back at the top level).
    public func encode(_ article: RawArticle) throws(ContractError) -> Data {
        try write(article, capacity: article.body.utf8.count + 512)
    }

    /// The JSON bytes of any other value, through `JSONEncoder` with sorted keys and unescaped slashes.
    /// - Throws: `ContractError` with code `.encode` when the value cannot be written.
    public func encode(_ value: some Encodable) throws(ContractError) -> Data {
        do {
            return try encoder.encode(value)
        } catch {
            throw ContractError(.encode, "could not encode \(type(of: value)): \(error)")
        }
    }

    private func write(_ value: some JSONWritable, capacity: Int) throws(ContractError) -> Data {
        var w = JSONWriter(capacity: capacity)
        value.write(to: &w)
        if let failure = w.failure {
            throw ContractError(.encode, "could not encode \(type(of: value)): \(failure)")
        }
        return Data(w.bytes)
    }
}
