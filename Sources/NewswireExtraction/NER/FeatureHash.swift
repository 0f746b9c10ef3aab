/// Incremental FNV-1a hashing of feature parts, so that features never become Strings at run time.
enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a over the UTF-8 bytes of a string.
    @inline(__always)
    static func of(_ s: Substring.UTF8View, seed: UInt64 = offset) -> UInt64 {
        var h = seed
        for b in s { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// FNV-1a over the UTF-8 bytes of a string.
    @inline(__always)
    static func of(_ s: String, seed: UInt64 = offset) -> UInt64 {
        s.withUTF8Bytes { of($0, seed: seed) }
    }

    /// FNV-1a over bytes.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = offset) -> UInt64 {
        var h = seed
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// Mixes a 64-bit value into a hash (a template id, another hash, a small flag).
    @inline(__always)
    static func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
        var x = (h ^ v) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        x = x &* 0xBF58_476D_1CE4_E5B9
        return x ^ (x >> 32)
    }
}
