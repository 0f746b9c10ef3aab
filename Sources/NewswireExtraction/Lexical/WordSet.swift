/// A fixed set of words, looked up by the FNV-1a hash of their UTF-8 bytes and one `memcmp`.
///
/// The rule code asks "is this word one of …" for almost every token; a `Set<String>` answers with a
/// seeded SipHash and a Unicode-aware comparison, about 40 ns a lookup here against 15 ns. Membership is the
/// same as a `Set<String>`'s: a non-ASCII word whose bytes are not found is also looked up in a `Set`, so
/// that a decomposed "Élysée" still matches the composed one. Iteration gives the words in the order first
/// given.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The distinct words, in the order given.
    private let words: [String]
    /// The same words, for the lookups of non-ASCII words by canonical equivalence.
    private let canonical: Set<String>
    private let index: ByteKeyIndex

    init(_ input: some Sequence<String>) {
        var seen: Set<String> = []
        var distinct: [String] = []
        for w in input where seen.insert(w).inserted { distinct.append(w) }
        words = distinct
        canonical = seen
        index = ByteKeyIndex(distinct)
    }

    init(arrayLiteral words: String...) { self.init(words) }

    var count: Int { words.count }

    /// The words of both sets.
    func union(_ other: some Sequence<String>) -> WordSet { WordSet(words + Array(other)) }

    /// Whether the bytes, whose FNV-1a hash is `hash`, are one of the words; nil when they are not and are not
    /// ASCII (ask `canonical`).
    @inline(__always)
    private func find(_ b: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool? {
        if index.find(b, hash: hash) != nil { return true }
        return b.contains { $0 >= 0x80 } ? nil : false
    }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        word.withUTF8Bytes { find($0, hash: FeatureHash.of($0)) } ?? canonical.contains(word)
    }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: Substring) -> Bool { contains(String(word)) }

    /// Whether `word`, whose ``FeatureHash/of(_:seed:)`` hash the caller already has, is in the set.
    @inline(__always)
    func contains(_ word: String, hash: UInt64) -> Bool {
        word.withUTF8Bytes { find($0, hash: hash) } ?? canonical.contains(word)
    }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }
}
