import Foundation

/// Parses the gazetteer TSV into the compact index of ``Gazetteer`` in one pass plus a counting sort.
struct GazetteerBuilder {
    private var places: [Place] = []
    private var admin1Names: [String: String] = [:]
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    private var table: [Int32] = []
    private var pairs: [(key: Int32, posting: Int32)] = []
    private var maxWords = 1
    private var firstWords = HashFilter(log2Bits: 23)

    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(ExtractionError) {
        var estimate = 0
        for b in bytes where b == UInt8(ascii: "|") || b == UInt8(ascii: "\n") { estimate += 1 }
        var size = 1024
        while size < estimate * 2 { size <<= 1 }
        table = [Int32](repeating: -1, count: size)
        keyBytes.reserveCapacity(bytes.count / 2)
        pairs.reserveCapacity(estimate)

        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            lineNumber += 1
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            lineStart = lineEnd + 1
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            let fields = Self.split(line, on: UInt8(ascii: "\t"))
            if first == UInt8(ascii: "A") && fields.count == 3 {
                admin1Names[Self.string(line, fields[1])] = Self.string(line, fields[2])
                continue
            }
            guard fields.count == 9, let place = makePlace(line, fields) else {
                throw ExtractionError(code: .resourceMalformed, message: "gazetteer line \(lineNumber) is malformed",
                                      remedy: "regenerate it with Scripts/make_gazetteer.py")
            }
            let index = Int32(places.count)
            places.append(place)
            addKeys(UnsafeBufferPointer(rebasing: line[fields[8]]), place: index)
        }
    }

    private func makePlace(_ line: UnsafeBufferPointer<UInt8>, _ f: [Range<Int>]) -> Place? {
        guard let id = Self.integer(line, f[0]), let lat = Self.decimal(line, f[3]), let lon = Self.decimal(line, f[4]),
              let population = Self.integer(line, f[5]),
              let feature = PlaceFeature(rawValue: Self.string(line, f[6])) else { return nil }
        let cc = Self.string(line, f[1]), sub = Self.string(line, f[2])
        let admin1 = sub.isEmpty ? nil : admin1Names[cc + "." + sub]
        return Place(geonameid: id, name: Self.string(line, f[7]), countryCode: cc, admin1Code: sub,
                     admin1: admin1, latitude: lat, longitude: lon, population: population, feature: feature)
    }

    private mutating func addKeys(_ keys: UnsafeBufferPointer<UInt8>, place: Int32) {
        var start = 0
        while start < keys.count {
            var end = start
            while end < keys.count && keys[end] != UInt8(ascii: "|") { end += 1 }
            var keyStart = start
            var posting = place
            if keys[keyStart] == UInt8(ascii: "~") {
                keyStart += 1
                posting |= Gazetteer.commonWordFlag
            }
            if keyStart < end {
                let key = UnsafeBufferPointer(rebasing: keys[keyStart..<end])
                pairs.append((insert(key), posting))
            }
            start = end + 1
        }
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: GazetteerKey.hash(key)) & mask
        while table[slot] >= 0 {
            let id = Int(table[slot])
            let s = Int(keyStarts[id]), e = Int(keyStarts[id + 1])
            if e - s == key.count && keyBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + s, key.baseAddress!, key.count) }) == 0 {
                return Int32(id)
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(keyStarts.count - 1)
        firstWords.insert(HashFilter.firstWordHash(key))
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
        table[slot] = id
        var words = 1
        for b in key where b == 0x20 { words += 1 }
        maxWords = max(maxWords, words)
        return id
    }

    /// Groups the (key, place) pairs by key with a counting sort.
    func finish() -> Gazetteer {
        let keyCount = keyStarts.count - 1
        var starts = [Int32](repeating: 0, count: keyCount + 1)
        for pair in pairs { starts[Int(pair.key) + 1] += 1 }
        for i in 0..<keyCount { starts[i + 1] += starts[i] }
        var fill = starts
        var postings = [Int32](repeating: 0, count: pairs.count)
        for pair in pairs {
            postings[Int(fill[Int(pair.key)])] = pair.posting
            fill[Int(pair.key)] += 1
        }
        return Gazetteer(places: places, maxWords: maxWords, firstWords: firstWords, keyBytes: keyBytes, keyStarts: keyStarts,
                         table: table, postingStarts: starts, postings: postings)
    }

    private static func split(_ line: UnsafeBufferPointer<UInt8>, on separator: UInt8) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start = 0
        for i in 0..<line.count where line[i] == separator {
            fields.append(start..<i)
            start = i + 1
        }
        fields.append(start..<line.count)
        return fields
    }

    private static func string(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self)
    }

    private static func integer(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        var value = 0
        for i in range {
            let d = Int(line[i]) - 48
            guard d >= 0 && d <= 9 else { return nil }
            value = value * 10 + d
        }
        return value
    }

    private static func decimal(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var i = range.lowerBound
        var negative = false
        if i < range.upperBound && line[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var mantissa = 0, scale = 1.0, seenDot = false, digits = 0
        while i < range.upperBound {
            let b = line[i]
            if b == UInt8(ascii: ".") && !seenDot {
                seenDot = true
            } else if b >= 48 && b <= 57 {
                mantissa = mantissa * 10 + Int(b - 48)
                digits += 1
                if seenDot { scale *= 10 }
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / scale
        return negative ? -value : value
    }
}
