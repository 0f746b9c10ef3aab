/// What the first stage said about each word and phrase across a whole document, for the second stage:
/// a name labelled ORG in the body should be ORG in an all-caps headline too.
struct DocumentVotes {
    /// Per word: how often stage one put it in a PER/ORG/LOC/MISC span (0...3) or left it out while capitalized (4).
    private var words: HashMap64<SIMD8<Int32>>
    /// Per phrase (hash of its words): how often stage one labelled it with each type.
    private var phrases: NameVotes
    /// Per token: bits (type * 4 + position) of phrases that stage one labelled elsewhere and that occur here.
    private var phraseBits: [UInt16]
    private let tags: [Int]
    private let table: TokenTable

    init(_ tags: [Int], doc: NERDocument, table t: TokenTable) {
        self.tags = tags
        self.table = t
        let n = t.count
        // Sized for the document up front: growing rehashes every entry.
        words = HashMap64(minimumCapacity: n / 2)
        phrases = NameVotes(capacity: n / 2)
        // Per token: end and type of the span stage one started there (end -1: none).
        var ownEnd = [Int](repeating: -1, count: n), ownType = [Int](repeating: 0, count: n)
        for sp in BIO.spans(tags) {
            ownEnd[sp.range.lowerBound] = sp.range.upperBound
            ownType[sp.range.lowerBound] = sp.type
            phrases.add(t.word[sp.range], type: sp.type)
            for k in sp.range { words[t.word[k], default: .zero][sp.type] += 1 }
        }
        for i in 0..<n where tags[i] == 0 && t.flags[i] & TokenTable.capitalized != 0 {
            words[t.word[i], default: .zero][4] += 1
        }
        var bits = [UInt16](repeating: 0, count: n)
        for s in doc.sentences {
            for i in s {
                var h = NameList.empty
                for j in i..<min(s.upperBound, i + NameList.maxLength) {
                    h = NameList.extend(h, t.word[j])
                    guard var v = phrases.votes[h] else { break }
                    if v[4] == 0 && v[0] == 0 && v[1] == 0 && v[2] == 0 && v[3] == 0 { break }
                    if ownEnd[i] == j + 1 { v[ownType[i]] -= 1 }
                    guard let ty = Self.argmax(v, upTo: 4) else { if v[4] == 0 { break } else { continue } }
                    if j == i { bits[i] |= 1 << (ty * 4 + 3); continue }
                    bits[i] |= 1 << (ty * 4)
                    for k in (i + 1)..<j { bits[k] |= 1 << (ty * 4 + 1) }
                    bits[j] |= 1 << (ty * 4 + 2)
                }
            }
        }
        self.phraseBits = bits
    }

    private static func argmax(_ v: SIMD8<Int32>, upTo n: Int) -> Int? {
        var best = -1, bestCount: Int32 = 0
        for k in 0..<n where v[k] > bestCount { best = k; bestCount = v[k] }
        return best >= 0 ? best : nil
    }

    /// Emits (template, value) pairs for token `i`.
    func features(_ i: Int, sentence s: Range<Int>, flags fl: UInt64, _ emit: (UInt64, UInt64) -> Void) {
        emit(40, UInt64(tags[i]))
        let prev = s.contains(i - 1) ? tags[i - 1] : 9, next = s.contains(i + 1) ? tags[i + 1] : 9
        emit(41, UInt64(prev * 16 + next))
        if var v = words[table.word[i]] {
            if let ty = BIO.type(tags[i]) { v[ty] -= 1 } else if fl & 1 != 0 { v[4] -= 1 }
            if let best = Self.argmax(v, upTo: 5) {
                emit(42, UInt64(best) << 2 | fl & 3)
                for k in 0..<4 where v[k] > 0 { emit(43, UInt64(k)) }
            }
        }
        let b = phraseBits[i]
        if b != 0 {
            for k in 0..<16 where b & (1 << k) != 0 { emit(44, UInt64(k) << 1 | fl & 1) }
        }
    }
}

/// Type counts per phrase hash.
struct NameVotes {
    var votes: HashMap64<SIMD8<Int32>>

    init(capacity: Int = 16) { votes = HashMap64(minimumCapacity: capacity) }

    mutating func add(_ words: ArraySlice<UInt64>, type: Int) {
        guard words.count <= NameList.maxLength else { return }
        var h = NameList.empty
        for (k, w) in words.enumerated() {
            h = NameList.extend(h, w)
            if k < words.count - 1 { votes[h, default: .zero][4] += 1 }  // a longer phrase starts here
        }
        votes[h, default: .zero][type] += 1
    }
}
