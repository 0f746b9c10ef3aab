#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Open-addressing index of a fixed list of strings by the FNV-1a hash of their UTF-8 bytes, confirmed by
/// `memcmp`: the storage behind ``WordSet`` and ``WordTable``. Keys are distinct byte strings; a lookup
/// gives the key's position in the list it was built from.
struct ByteKeyIndex: Sendable {
    /// Position in the key list plus one, or 0 for an empty slot; with the key's hash.
    private let slots: [Int32]
    private let slotHashes: [UInt64]
    /// The keys' bytes back to back; key k is `bytes[starts[k]..<starts[k + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let shift: UInt64

    /// An index of `keys`, which must be distinct byte strings.
    init(_ keys: [String]) {
        var cap = 8
        while cap < keys.count * 2 { cap <<= 1 }
        shift = UInt64(64 - cap.trailingZeroBitCount)
        var slots = [Int32](repeating: 0, count: cap)
        var slotHashes = [UInt64](repeating: 0, count: cap)
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        for (k, key) in keys.enumerated() {
            bytes.append(contentsOf: key.utf8)
            starts.append(Int32(bytes.count))
            let h = FeatureHash.of(key)
            var i = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[i] != 0 { i = (i + 1) & (cap - 1) }
            slots[i] = Int32(k + 1)
            slotHashes[i] = h
        }
        self.slots = slots
        self.slotHashes = slotHashes
        self.bytes = bytes
        self.starts = starts
    }

    /// The position of the key with bytes `b`, whose FNV-1a hash is `hash`.
    @inline(__always)
    func find(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let k = Int(slots[i])
            if k == 0 { return nil }
            if slotHashes[i] == h {
                let s = Int(starts[k - 1]), e = Int(starts[k])
                if e - s == b.count && (b.isEmpty || bytes.withUnsafeBufferPointer {
                    memcmp($0.baseAddress! + s, b.baseAddress!, b.count) == 0
                }) { return k - 1 }
            }
            i = (i + 1) & mask
        }
    }

    /// The position of `word`, whose FNV-1a hash is `hash`.
    @inline(__always)
    func find(_ word: String, hash: UInt64) -> Int? {
        word.withUTF8Bytes { find($0, hash: hash) }
    }
}
