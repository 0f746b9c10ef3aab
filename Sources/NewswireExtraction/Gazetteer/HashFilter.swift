/// A small Bloom filter over 64-bit hashes (two probes): "certainly absent" or "maybe present".
/// Used to skip tokens that cannot start any gazetteer or lexicon name before building longer keys.
struct HashFilter: Sendable {
    private var bits: [UInt64]
    private let mask: UInt64

    /// A filter with `2^log2Bits` bits.
    init(log2Bits: Int) {
        bits = [UInt64](repeating: 0, count: max(1, (1 << log2Bits) / 64))
        mask = UInt64((1 << log2Bits) - 1)
    }

    mutating func insert(_ hash: UInt64) {
        let a = hash & mask, b = (hash >> 32 ^ hash >> 7) & mask
        bits[Int(a >> 6)] |= 1 << (a & 63)
        bits[Int(b >> 6)] |= 1 << (b & 63)
    }

    func mayContain(_ hash: UInt64) -> Bool {
        let a = hash & mask, b = (hash >> 32 ^ hash >> 7) & mask
        return bits[Int(a >> 6)] & (1 << (a & 63)) != 0 && bits[Int(b >> 6)] & (1 << (b & 63)) != 0
    }

    /// Hash of the first word (bytes up to the first space) of a normalized key.
    static func firstWordHash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var end = 0
        while end < key.count && key[end] != 0x20 { end += 1 }
        return GazetteerKey.hash(UnsafeBufferPointer(rebasing: key[0..<end]))
    }

    /// Whether the name-shaped run starting at `tokens[start]` may begin some key of this filter: the token
    /// alone, or glued to the tokens it touches ("Ivano" "-" "Frankivsk"). `key` is scratch space.
    func mayStartName(_ tokens: [Token], at start: Int, scratch key: inout [UInt8]) -> Bool {
        key.removeAll(keepingCapacity: true)
        GazetteerKey.append(tokens[start].text, to: &key)
        var possible = mayContain(key.withUnsafeBufferPointer { Self.firstWordHash($0) })
        var next = start + 1
        while !possible, next < tokens.count, tokens[next].start == tokens[next - 1].end, !key.contains(0x20) {
            GazetteerKey.append(tokens[next].text, to: &key)
            possible = mayContain(key.withUnsafeBufferPointer { Self.firstWordHash($0) })
            next += 1
        }
        return possible
    }
}
