/// A read-only map from short strings (lower-cased words) to values, looked up by the FNV-1a hash of the
/// string's UTF-8 bytes, which is much cheaper than `Hasher` for the per-word lookups of event extraction.
///
/// A hit is confirmed by comparing the stored word byte for byte; words whose hashes collide (never seen
/// in practice) go to an ordinary dictionary.
struct WordTable<Value: Sendable>: Sendable {
    private var map = HashMap64<Entry>()
    private var overflow: [String: Value] = [:]

    private struct Entry: Sendable {
        var word: String
        var value: Value
    }

    init(_ entries: [String: Value]) {
        // Sorted keys: the table does not depend on the dictionary's per-process order.
        for key in entries.keys.sorted() {
            let value = entries[key]!
            let h = FeatureHash.of(key)
            if let existing = map[h], !existing.word.utf8.elementsEqual(key.utf8) {
                overflow[key] = value
            } else {
                map[h] = Entry(word: key, value: value)
            }
        }
    }

    /// The value stored for `word`, if any.
    @inline(__always)
    subscript(word: String) -> Value? { self[word, hash: FeatureHash.of(word)] }

    /// The value stored for `word`, whose ``FeatureHash/of(_:seed:)`` hash the caller already has.
    @inline(__always)
    subscript(word: String, hash hash: UInt64) -> Value? {
        if let e = map[hash], e.word.utf8.elementsEqual(word.utf8) { return e.value }
        return overflow.isEmpty ? nil : overflow[word]
    }
}
