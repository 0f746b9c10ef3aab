/// Weights of a first-order linear-chain model over BIO tags: one row of `BIO.count` weights per hashed
/// feature, plus tag-to-tag transitions; decoded exactly with Viterbi.
struct LinearChain: Sendable {
    static let tags = BIO.count
    let bits: Int
    /// `weights[row * tags + tag]`.
    var weights: [Float]
    /// `transitions[prev * tags + tag]`; `prev == tags` is the sentence start.
    var transitions: [Float]

    init(bits: Int) {
        self.bits = bits
        self.weights = [Float](repeating: 0, count: (1 << bits) * Self.tags)
        self.transitions = [Float](repeating: 0, count: (Self.tags + 1) * Self.tags)
    }

    /// Emission scores of tokens `range` into `out` (`range.count * tags`).
    @inline(__always)
    func emissions(_ m: FeatureMatrix, _ range: Range<Int>, into out: inout [Float]) {
        let T = Self.tags
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: repeatElement(0, count: range.count * T))
        weights.withUnsafeBufferPointer { w in
            out.withUnsafeMutableBufferPointer { o in
                for (k, i) in range.enumerated() {
                    let base = k * T
                    for r in m.features(i) {
                        let wb = Int(r) * T
                        for y in 0..<T { o[base + y] += w[wb + y] }
                    }
                }
            }
        }
    }

    /// `allowedFrom[prev * tags + tag]` for prev in 0...tags (tags = sentence start).
    static let allowed: [Bool] = (0...tags).flatMap { p in (0..<tags).map { BIO.allowed(p == tags ? nil : p, $0) } }

    /// The best tag sequence for emission scores `e` of `n` tokens (BIO constraints enforced).
    func viterbi(_ e: [Float], count n: Int) -> [Int] {
        var tags = [Int](repeating: 0, count: n)
        e.withUnsafeBufferPointer { eb in
            tags.withUnsafeMutableBufferPointer { Self.viterbi(eb, at: 0, count: n, transitions: transitions, into: $0) }
        }
        return tags
    }

    /// Viterbi over `e[at*tags ..< (at+n)*tags]`, writing the tags into `out[at ..< at+n]`.
    static func viterbi(_ e: UnsafeBufferPointer<Float>, at: Int, count n: Int, transitions tr: [Float],
                        into out: UnsafeMutableBufferPointer<Int>) {
        let T = tags
        guard n > 0 else { return }
        // Disallowed transitions score -infinity, so the inner loop has no branches on the constraint
        // (already so when the caller passes ``masked(_:)`` transitions: then nothing is copied).
        var trans = tr
        for k in 0..<trans.count where !allowed[k] && trans[k] != -.infinity { trans[k] = -.infinity }
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * T) { prevScore in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * T) { back in
                trans.withUnsafeBufferPointer { t in
                  Self.predecessors.withUnsafeBufferPointer { preds in
                    let e0 = at * T
                    for y in 0..<T { prevScore[y] = e[e0 + y] + t[T * T + y] }
                    var cur = T, prev = 0
                    for i in 1..<max(n, 1) {
                        for y in 0..<T {
                            var best: Float = -.infinity, arg = 0
                            // Only allowed predecessors, in increasing order: the others score -infinity and
                            // could never win, so the result is that of the loop over every tag.
                            for k in Int(preds[y])..<Int(preds[y + 1]) {
                                let p = Int(preds[k])
                                let s = prevScore[prev + p] + t[p * T + y]
                                if s > best { best = s; arg = p }
                            }
                            prevScore[cur + y] = best + e[e0 + i * T + y]
                            back[i * T + y] = UInt8(arg)
                        }
                        swap(&cur, &prev)
                    }
                    var best: Float = -.infinity
                    var last = 0
                    for y in 0..<T where prevScore[prev + y] > best { best = prevScore[prev + y]; last = y }
                    out[at + n - 1] = last
                    if n > 1 {
                        for i in stride(from: n - 1, to: 0, by: -1) { out[at + i - 1] = Int(back[i * T + out[at + i]]) }
                    }
                    }
                }
            }
        }
    }

    /// For each tag, the tags allowed before it, ascending: `tags + 1` offsets (tag y's list is
    /// `predecessors[predecessors[y] ..< predecessors[y + 1]]`), then the lists.
    static let predecessors: [UInt8] = {
        var offsets: [UInt8] = []
        var lists: [UInt8] = []
        for y in 0..<tags {
            offsets.append(UInt8(tags + 1 + lists.count))
            for p in 0..<tags where allowed[p * tags + y] { lists.append(UInt8(p)) }
        }
        offsets.append(UInt8(tags + 1 + lists.count))
        return offsets + lists
    }()

    /// Transitions with every BIO-forbidden one at -infinity.
    static func masked(_ tr: [Float]) -> [Float] {
        var out = tr
        for k in 0..<out.count where !allowed[k] { out[k] = -.infinity }
        return out
    }

    /// Tags every sentence of a document.
    func decode(_ m: FeatureMatrix, sentences: [Range<Int>], tokenCount: Int) -> [Int] {
        var tags = [Int](repeating: 0, count: tokenCount)
        var e: [Float] = []
        for s in sentences where !s.isEmpty {
            emissions(m, s, into: &e)
            let t = viterbi(e, count: s.count)
            for (k, y) in t.enumerated() { tags[s.lowerBound + k] = y }
        }
        return tags
    }
}
