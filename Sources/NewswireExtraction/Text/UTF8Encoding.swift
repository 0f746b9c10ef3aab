/// Builds Strings from runs of Unicode scalars by encoding UTF-8 straight into the string's storage:
/// no intermediate `String.UnicodeScalarView`, one allocation at most (none for short ASCII text).
enum UTF8Encoding {
    /// The string of the scalars in `scalars`.
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var bytes = 0
        for s in scalars {
            let v = s.value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        guard bytes > 0 else { return "" }
        return String(unsafeUninitializedCapacity: bytes) { buf in
            var n = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buf[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buf[n] = UInt8(0xC0 | v >> 6); buf[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
                } else if v < 0x10000 {
                    buf[n] = UInt8(0xE0 | v >> 12); buf[n + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
                    buf[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                } else {
                    buf[n] = UInt8(0xF0 | v >> 18); buf[n + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                    buf[n + 2] = UInt8(0x80 | (v >> 6) & 0x3F); buf[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                }
            }
            return n
        }
    }
}
