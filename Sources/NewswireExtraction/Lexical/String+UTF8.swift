extension String {
    /// Calls `body` with the string's UTF-8 bytes: in place when the string stores them contiguously (native
    /// strings do), else from a contiguous copy. Iterating `utf8` instead costs several times more per byte.
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }

    /// Whether the text is ASCII without capitals, so lower-casing it would return it unchanged.
    var isLowercaseASCII: Bool {
        withUTF8Bytes { bytes in !bytes.contains { $0 >= 0x80 || ($0 >= 65 && $0 <= 90) } }
    }
}
