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
    ///
    /// Every tag's best predecessor is found at once: one vector of the tags' scores per predecessor, taken
    /// in increasing order with a strict comparison, so ties go to the lowest predecessor as in a scalar loop.
    /// Disallowed transitions score -infinity and never win.
    static func viterbi(_ e: UnsafeBufferPointer<Float>, at: Int, count n: Int, transitions tr: [Float],
                        into out: UnsafeMutableBufferPointer<Int>) {
        let T = tags
        precondition(T <= 16, "Viterbi keeps one tag per vector lane")
        guard n > 0 else { return }
        typealias Scores = SIMD16<Float>
        let L = Scores.scalarCount
        // rows[p][y]: transition p -> y (p == T: sentence start); lanes past the last tag stay -infinity.
        var rows = [Scores](repeating: Scores(repeating: -.infinity), count: T + 1)
        for p in 0...T {
            for y in 0..<T where allowed[p * T + y] { rows[p][y] = tr[p * T + y] }
        }
        // Vectors live in memory and lanes are read through pointers: a lane picked by a variable index
        // would otherwise make the compiler spill the whole vector for every read.
        withUnsafeTemporaryAllocation(of: Scores.self, capacity: n + 1) { vectors in
            let em = UnsafeMutableRawPointer(vectors.baseAddress!).bindMemory(to: Float.self, capacity: (n + 1) * L)
            em.initialize(repeating: 0, count: (n + 1) * L)
            for i in 0..<n {
                for y in 0..<T { em[i * L + y] = e[(at + i) * T + y] }
            }
            let prev = em + n * L  // the last vector: the scores of the previous token
            @inline(__always) func emission(_ i: Int) -> Scores { UnsafeRawPointer(em + i * L).load(as: Scores.self) }
            withUnsafeTemporaryAllocation(of: SIMD16<UInt8>.self, capacity: n) { back in
                rows.withUnsafeBufferPointer { r in
                    UnsafeMutableRawPointer(prev).storeBytes(of: emission(0) + r[T], as: Scores.self)
                    for i in 1..<max(n, 1) {
                        var best = Scores(repeating: -.infinity)
                        var arg = SIMD16<Int32>(repeating: 0)
                        for p in 0..<T {
                            let s = Scores(repeating: prev[p]) + r[p]
                            let better = s .> best
                            best.replace(with: s, where: better)
                            arg.replace(with: Int32(p), where: better)
                        }
                        UnsafeMutableRawPointer(prev).storeBytes(of: best + emission(i), as: Scores.self)
                        back[i] = SIMD16<UInt8>(truncatingIfNeeded: arg)
                    }
                    let tagsOf = UnsafeRawPointer(back.baseAddress!)
                    var best: Float = -.infinity
                    var last = 0
                    for y in 0..<T where prev[y] > best { best = prev[y]; last = y }
                    out[at + n - 1] = last
                    if n > 1 {
                        for i in stride(from: n - 1, to: 0, by: -1) { out[at + i - 1] = Int(tagsOf.load(fromByteOffset: i * L + out[at + i], as: UInt8.self)) }
                    }
                }
            }
        }
    }

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
