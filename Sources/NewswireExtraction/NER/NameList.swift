/// Lists of names by entity type, matched case-insensitively over token sequences.
///
/// Keys are hashes of the lowercased token words of a phrase, so matching allocates nothing.
struct NameList: Sendable {
    /// The longest phrase, in tokens.
    static let maxLength = 6

    /// Phrase hash -> bit mask of entity type indices.
    var phrases = HashMap64<UInt8>()

    /// The hash of a phrase, extended by one more token word.
    @inline(__always)
    static func extend(_ h: UInt64, _ word: UInt64) -> UInt64 { FeatureHash.mix(h &+ 0x51, word) }

    static let empty: UInt64 = 0x1234_5678_9ABC_DEF0

    /// Flag in a phrase's mask: a longer listed phrase starts with this one (matching goes on).
    static let prefixFlag: UInt8 = 0x80

    mutating func insert(words: ArraySlice<UInt64>, type: Int) {
        guard words.count <= Self.maxLength else { return }
        var h = Self.empty
        for (k, w) in words.enumerated() {
            h = Self.extend(h, w)
            if k < words.count - 1 { phrases[h, default: 0] |= Self.prefixFlag }
        }
        phrases[h, default: 0] |= UInt8(1 << type)
    }

    /// Calls `found(start, end, typeMask)` for every listed phrase inside `range` of `words`.
    @inline(__always)
    func matches(_ words: [UInt64], in range: Range<Int>, _ found: (Int, Int, UInt8) -> Void) {
        guard !phrases.isEmpty else { return }
        for i in range {
            var h = Self.empty
            let last = min(range.upperBound, i + Self.maxLength)
            for j in i..<last {
                h = Self.extend(h, words[j])
                guard let mask = phrases[h] else { break }
                if mask & 0x0F != 0 { found(i, j + 1, mask & 0x0F) }
                if mask & Self.prefixFlag == 0 { break }
            }
        }
    }
}

/// How a word is cased across a corpus or a document: hints whether a capitalized word is a name.
struct CasingStats: Sendable {
    /// Word hash -> (capitalized mid-sentence count, lowercase count), saturating.
    var counts: HashMap64<(cap: UInt16, lower: UInt16)>

    /// Empty statistics with room for `capacity` words before the table grows.
    init(capacity: Int = 16) { counts = HashMap64(minimumCapacity: capacity) }

    /// Counts the casing of the tokens of `sentences`, skipping sentence-initial and all-caps sentences.
    mutating func add(_ table: TokenTable, sentences: [Range<Int>]) {
        for s in sentences where !Self.isAllCaps(table, s) {
            for i in s.dropFirst() {
                let f = table.flags[i]
                guard f & TokenTable.hasLetter != 0 else { continue }
                var c = counts[table.word[i]] ?? (0, 0)
                if f & TokenTable.capitalized != 0 { c.cap &+= c.cap < .max ? 1 : 0 } else { c.lower &+= c.lower < .max ? 1 : 0 }
                counts[table.word[i]] = c
            }
        }
    }

    /// 0...4 by the share of capitalized uses, 5 for rare words, 6 for unknown words.
    func bucket(_ word: UInt64) -> UInt64 {
        guard let c = counts[word] else { return 6 }
        let total = Int(c.cap) + Int(c.lower)
        if total < 2 { return 5 }
        let r = Double(c.cap) / Double(total)
        return r < 0.05 ? 0 : r < 0.3 ? 1 : r < 0.7 ? 2 : r < 0.95 ? 3 : 4
    }

    /// Whether a sentence is written in capitals (a CoNLL-style headline): no lowercase letters, some letters.
    static func isAllCaps(_ table: TokenTable, _ s: Range<Int>) -> Bool {
        var letters = 0
        for i in s {
            let f = table.flags[i]
            if f & TokenTable.hasLower != 0 { return false }
            if f & TokenTable.hasLetter != 0 { letters += 1 }
        }
        return letters >= 2
    }
}
