/// A read-only map from short strings (lower-cased words) to values, looked up by the FNV-1a hash of the
/// string's UTF-8 bytes, which is much cheaper than `Hasher` for the per-word lookups of event extraction.
///
/// Keys match byte for byte (no Unicode equivalence): callers look up words normalized like the keys.
struct WordTable<Value: Sendable>: Sendable {
    private let index: ByteKeyIndex
    private let values: [Value]

    init(_ entries: [String: Value]) {
        // Sorted keys: the table does not depend on the dictionary's per-process order.
        let keys = entries.keys.sorted()
        index = ByteKeyIndex(keys)
        values = keys.map { entries[$0]! }
    }

    /// The value stored for `word`, if any.
    @inline(__always)
    subscript(word: String) -> Value? { self[word, hash: FeatureHash.of(word)] }

    /// The value stored for `word`, whose ``FeatureHash/of(_:seed:)`` hash the caller already has.
    @inline(__always)
    subscript(word: String, hash hash: UInt64) -> Value? {
        index.find(word, hash: hash).map { values[$0] }
    }
}
