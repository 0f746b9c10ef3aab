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

    /// The best tag sequence for emission scores `e` of `n` tokens (BIO constraints enforced).
    func viterbi(_ e: [Float], count n: Int) -> [Int] {
        let T = Self.tags
        guard n > 0 else { return [] }
        var score = [Float](repeating: -.infinity, count: n * T)
        var back = [Int8](repeating: 0, count: n * T)
        for y in 0..<T where BIO.allowed(nil, y) { score[y] = e[y] + transitions[T * T + y] }
        for i in 1..<max(n, 1) {
            for y in 0..<T {
                var best: Float = -.infinity, arg = 0
                for p in 0..<T where BIO.allowed(p, y) {
                    let s = score[(i - 1) * T + p] + transitions[p * T + y]
                    if s > best { best = s; arg = p }
                }
                score[i * T + y] = best + e[i * T + y]
                back[i * T + y] = Int8(arg)
            }
        }
        var tags = [Int](repeating: 0, count: n)
        var best: Float = -.infinity
        for y in 0..<T where score[(n - 1) * T + y] > best { best = score[(n - 1) * T + y]; tags[n - 1] = y }
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) { tags[i - 1] = Int(back[i * T + tags[i]]) }
        }
        return tags
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
