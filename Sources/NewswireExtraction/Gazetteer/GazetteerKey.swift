import Foundation

/// The normalized lookup key of a place name, as UTF-8 bytes.
///
/// The same rules as `Scripts/make_gazetteer.py` `normalize()`: compatibility decomposition,
/// combining marks dropped, lowercase, apostrophes and dots removed, dashes and whitespace as a single
/// space, and a few letters without a decomposition folded (ø→o, ł→l, ß→ss …). ASCII takes a fast path.
enum GazetteerKey {
    /// The key of a whole name, without leading or trailing space.
    static func normalize(_ text: some StringProtocol) -> [UInt8] {
        var key: [UInt8] = []
        append(text, to: &key)
        trimTrailingSpace(&key)
        return key
    }

    /// Appends the normalized form of `text` to `key`, collapsing spaces with what is already there.
    static func append(_ text: some StringProtocol, to key: inout [UInt8]) {
        // Over the contiguous bytes when the text has them (native strings do): iterating `utf8` costs
        // several times more per byte.
        let ascii: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            for unit in bytes { appendASCII(unit, to: &key) }
            return true
        }
        if ascii == true { return }
        if ascii == false { appendSlow(text, to: &key); return }
        for unit in text.utf8 where unit >= 0x80 {
            _ = unit
            appendSlow(text, to: &key)
            return
        }
        for unit in text.utf8 {
            appendASCII(unit, to: &key)
        }
    }

    /// Appends a space unless the key is empty or already ends in one.
    static func appendSpace(to key: inout [UInt8]) {
        if let last = key.last, last != 0x20 { key.append(0x20) }
    }

    /// Drops a trailing space, if any.
    static func trimTrailingSpace(_ key: inout [UInt8]) {
        if key.last == 0x20 { key.removeLast() }
    }

    @inline(__always)
    private static func appendASCII(_ unit: UInt8, to key: inout [UInt8]) {
        switch unit {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(unit | 0x20)
        case UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "."): break
        case UInt8(ascii: "-"), 0x09...0x0D, 0x20, 0x1C...0x1F: appendSpace(to: &key)
        default: key.append(unit)
        }
    }

    private static func appendSlow(_ text: some StringProtocol, to key: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                appendASCII(UInt8(scalar.value), to: &key)
                continue
            }
            let decomposed = String(scalar).decomposedStringWithCompatibilityMapping
            for part in decomposed.unicodeScalars {
                if part.isASCII {
                    appendASCII(UInt8(part.value), to: &key)
                } else if part.properties.generalCategory == .nonspacingMark {
                    continue
                } else if apostrophes.contains(part.value) {
                    continue
                } else if dashes.contains(part.value) || part.properties.isWhitespace {
                    appendSpace(to: &key)
                } else {
                    for lower in part.properties.lowercaseMapping.unicodeScalars {
                        if let folded = special[lower.value] {
                            key.append(contentsOf: folded.utf8)
                        } else {
                            key.append(contentsOf: String(lower).utf8)
                        }
                    }
                }
            }
        }
    }

    private static let apostrophes: Set<UInt32> = [0x2019, 0x02BC, 0x2018, 0x00B4, 0x02B9]
    private static let dashes: Set<UInt32> = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014]
    private static let special: [UInt32: String] = [
        0x00F8: "o", 0x0142: "l", 0x0111: "d", 0x00F0: "d", 0x00FE: "th", 0x00E6: "ae", 0x0153: "oe",
        0x00DF: "ss", 0x0131: "i", 0x0127: "h",
    ]

    /// FNV-1a hash of a byte range.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { FeatureHash.of(bytes) }
}
