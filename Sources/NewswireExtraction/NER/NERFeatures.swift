/// Turns documents into hashed feature rows: word forms, shapes, affixes, a window of neighbours,
/// casing in the sentence, document and corpus, name-list membership and (second stage) what the first
/// stage said about the same words elsewhere in the document.
struct NERFeatures: Sendable {
    /// Number of weight rows is `1 << bits`.
    let bits: Int
    var names: NameList
    var casing: CasingStats

    private var mask: UInt64 { (1 << UInt64(bits)) - 1 }

    @inline(__always)
    private func row(_ template: UInt64, _ v: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: FeatureHash.mix(template &* 0x1000_0000_01B3, v) & mask)
    }

    @inline(__always)
    private func row(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt32 {
        row(template, FeatureHash.mix(a, b &+ 0x77))
    }

    /// The feature rows of every token; `firstStage` gives stage-one tags for the document features of stage two.
    func extract(_ doc: NERDocument, table t: TokenTable, firstStage: [Int]? = nil) -> FeatureMatrix {
        var m = FeatureMatrix()
        m.rows.reserveCapacity(t.count * 56)
        m.offsets.reserveCapacity(t.count + 1)
        extract(doc, table: t, firstStage: firstStage, into: &m)
        return m
    }

    /// Hands every token's feature rows to `m` as they are computed (token by token, in sentence order),
    /// so a decoder can sum weights without storing the rows.
    func extract<Sink: FeatureSink>(_ doc: NERDocument, table t: TokenTable, firstStage: [Int]? = nil,
                                    into m: inout Sink) {
        let n = t.count
        // Name-list matches: per token, bits (type * 4 + position) with position B, I, E, single.
        var gaz = [UInt16](repeating: 0, count: n)
        for s in doc.sentences {
            names.matches(t.word, in: s) { a, b, typeMask in
                for ty in 0..<4 where typeMask & (1 << ty) != 0 {
                    if b - a == 1 { gaz[a] |= 1 << (ty * 4 + 3); continue }
                    gaz[a] |= 1 << (ty * 4)
                    for k in (a + 1)..<(b - 1) { gaz[k] |= 1 << (ty * 4 + 1) }
                    gaz[b - 1] |= 1 << (ty * 4 + 2)
                }
            }
        }
        var docCasing = CasingStats(capacity: n)
        docCasing.add(t, sentences: doc.sentences)
        let stage2 = firstStage.map { DocumentVotes($0, doc: doc, table: t) }

        for s in doc.sentences {
            let caps: UInt64 = CasingStats.isAllCaps(t, s) ? 1 : 0
            for i in s {
                let w = t.word[i], sc = t.short[i]
                @inline(__always) func wordAt(_ k: Int) -> UInt64 { s.contains(k) ? t.word[k] : UInt64(k < i ? 1 : 2) }
                @inline(__always) func shortAt(_ k: Int) -> UInt64 { s.contains(k) ? t.short[k] : UInt64(k < i ? 1 : 2) }
                @inline(__always) func shapeAt(_ k: Int) -> UInt64 { s.contains(k) ? t.shape[k] : UInt64(k < i ? 1 : 2) }
                let first: UInt64 = i == s.lowerBound ? 1 : 0
                let fl = UInt64(t.flags[i])
                m.add(row(0, 0))
                m.add(row(1, w))
                m.add(row(2, t.form[i]))
                m.add(row(3, t.shape[i]))
                m.add(row(4, sc))
                for k in 0..<4 {
                    if t.prefix[4 * i + k] != 0 { m.add(row(5 + UInt64(k), t.prefix[4 * i + k])) }
                    if t.suffix[4 * i + k] != 0 { m.add(row(9 + UInt64(k), t.suffix[4 * i + k])) }
                }
                m.add(row(13, wordAt(i - 1)))
                m.add(row(14, wordAt(i + 1)))
                m.add(row(15, wordAt(i - 2)))
                m.add(row(16, wordAt(i + 2)))
                m.add(row(17, shortAt(i - 1), sc))
                m.add(row(18, sc, shortAt(i + 1)))
                m.add(row(19, shapeAt(i - 1)))
                m.add(row(20, shapeAt(i + 1)))
                m.add(row(21, wordAt(i - 1), w))
                m.add(row(22, w, wordAt(i + 1)))
                m.add(row(23, first, sc))
                m.add(row(24, caps, w))
                m.add(row(25, caps &* 2 &+ first, sc))
                m.add(row(26, wordAt(i - 1), sc))
                m.add(row(27, sc, wordAt(i + 1)))
                m.add(row(28, casing.bucket(w), fl & 1 | caps << 1 | first << 2))
                let dc = docCasing.counts[w]
                let seenLower: UInt64 = (dc?.lower ?? 0) > 0 ? 1 : 0
                let seenCap: UInt64 = (dc?.cap ?? 0) > 0 ? 1 : 0
                m.add(row(29, seenLower | seenCap << 1, fl & 3 | caps << 2 | first << 3))
                m.add(row(30, fl))
                m.add(row(31, UInt64(t.length[i]), sc))
                if t.head[i] != 0 {
                    m.add(row(32, t.head[i]))
                    m.add(row(33, t.tail[i]))
                }
                let g = gaz[i]
                if g != 0 {
                    for b in 0..<16 where g & (1 << b) != 0 {
                        m.add(row(34, UInt64(b)))
                        m.add(row(35, UInt64(b), fl & 1))
                    }
                }
                // neighbours' name-list types
                if s.contains(i - 1) && gaz[i - 1] != 0 { m.add(row(36, UInt64(gaz[i - 1]))) }
                if s.contains(i + 1) && gaz[i + 1] != 0 { m.add(row(37, UInt64(gaz[i + 1]))) }
                m.add(row(38, t.suffix[4 * i + 2], shortAt(i - 1)))
                if let v = stage2 { v.features(i, sentence: s, flags: fl) { a, b in m.add(row(a, b)) } }
                m.endToken(i)
            }
        }
    }

    /// Only the second-stage (document vote) features of every token, given stage one's tags.
    func votes(_ doc: NERDocument, table t: TokenTable, firstStage: [Int]) -> FeatureMatrix {
        var m = FeatureMatrix()
        m.rows.reserveCapacity(t.count * 6)
        m.offsets.reserveCapacity(t.count + 1)
        let v = DocumentVotes(firstStage, doc: doc, table: t)
        for s in doc.sentences {
            for i in s {
                v.features(i, sentence: s, flags: UInt64(t.flags[i])) { a, b in m.rows.append(row(a, b)) }
                m.offsets.append(Int32(m.rows.count))
            }
        }
        return m
    }
}
