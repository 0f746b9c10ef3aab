import Foundation

extension String {
    /// Calls `body` with the string's UTF-8 bytes: in place when the string stores them contiguously (native
    /// strings do), else from a contiguous copy. Iterating `utf8` instead costs several times more per byte.
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }

    /// `lowercased()`, with a fast path for ASCII text: already lower-case text is returned as it is and other
    /// ASCII text is mapped byte by byte (the same result: ASCII lower-cases to ASCII, letter for letter).
    func lowercasedFast() -> String {
        let ascii: String?? = withUTF8Bytes { b in
            var upper = false
            for x in b {
                if x >= 0x80 { return .some(nil) }
                if x >= 65 && x <= 90 { upper = true }
            }
            guard upper else { return .none }
            return .some(String(unsafeUninitializedCapacity: b.count) { out in
                for (k, x) in b.enumerated() { out[k] = x >= 65 && x <= 90 ? x + 32 : x }
                return b.count
            })
        }
        switch ascii {
        case .none: return self  // ASCII without capitals
        case .some(.some(let lower)): return lower
        case .some(.none): return lowercased()
        }
    }

    /// Whether `needle`'s UTF-8 bytes occur in the string's (byte for byte, no Unicode equivalence). The same
    /// answer as `utf8.firstRange(of: needle.utf8) != nil`, without that generic search's per-byte cost.
    func containsUTF8(_ needle: String) -> Bool {
        withUTF8Bytes { h in
            needle.withUTF8Bytes { n in
                guard !n.isEmpty else { return true }
                guard n.count <= h.count else { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first && memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
