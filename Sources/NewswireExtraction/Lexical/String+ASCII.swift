extension String {
    /// Whether the text is ASCII without capitals, so lower-casing it would return it unchanged (read over
    /// the contiguous UTF-8 when the string has it).
    var isLowercaseASCII: Bool {
        @inline(__always) func check(_ bytes: some Sequence<UInt8>) -> Bool {
            !bytes.contains { $0 >= 0x80 || ($0 >= 65 && $0 <= 90) }
        }
        return utf8.withContiguousStorageIfAvailable { check($0) } ?? check(utf8)
    }
}
