import Foundation

/// Encodes records to the wire form: UTF-8 JSON with sorted keys and unescaped slashes, so equal values
/// always give byte-identical output.
public struct RecordEncoder: Sendable {
    private let encoder: JSONEncoder

    /// Creates an encoder with the wire settings.
    public init() {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder = e
    }

    /// The JSON bytes of `value`.
    /// - Throws: `ContractError` with code `.encode` when the value cannot be written (a NaN or infinite
    ///   number, for example).
    public func encode(_ value: some Encodable) throws(ContractError) -> Data {
        do {
            return try encoder.encode(value)
        } catch {
            throw ContractError(.encode, "could not encode \(type(of: value)): \(error)")
        }
    }
}
