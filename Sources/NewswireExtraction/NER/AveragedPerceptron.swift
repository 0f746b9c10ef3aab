/// Trains a `LinearChain` as an averaged structured perceptron: decode, and where the best sequence differs
/// from the gold one, reward the gold tags' features and penalise the predicted ones; the result is the
/// average of the weights over all updates (with the usual timestamp trick, so updates stay sparse).
struct AveragedPerceptron {
    private(set) var chain: LinearChain
    private var acc: [Double]
    private var accT: [Double]
    private var c: Double = 1
    private var e: [Float] = []

    init(bits: Int) {
        chain = LinearChain(bits: bits)
        acc = [Double](repeating: 0, count: chain.weights.count)
        accT = [Double](repeating: 0, count: chain.transitions.count)
    }

    /// One perceptron step on one sentence; returns whether the prediction was wrong.
    @discardableResult
    mutating func learn(_ m: FeatureMatrix, _ s: Range<Int>, gold: ArraySlice<Int>) -> Bool {
        defer { c += 1 }
        let T = LinearChain.tags
        chain.emissions(m, s, into: &e)
        let pred = chain.viterbi(e, count: s.count)
        var wrong = false
        for (k, i) in s.enumerated() {
            let g = gold[gold.startIndex + k], p = pred[k]
            let gp = k == 0 ? T : gold[gold.startIndex + k - 1]
            let pp = k == 0 ? T : pred[k - 1]
            if g != p {
                wrong = true
                for r in m.features(i) {
                    let base = Int(r) * T
                    Self.update(&chain.weights, &acc, base + g, 1, c)
                    Self.update(&chain.weights, &acc, base + p, -1, c)
                }
            }
            if g != p || gp != pp {
                Self.update(&chain.transitions, &accT, gp * T + g, 1, c)
                Self.update(&chain.transitions, &accT, pp * T + p, -1, c)
            }
        }
        return wrong
    }

    @inline(__always)
    private static func update(_ w: inout [Float], _ a: inout [Double], _ k: Int, _ d: Float, _ c: Double) {
        w[k] += d
        a[k] += c * Double(d)
    }

    /// The averaged weights.
    func averaged() -> LinearChain {
        var out = chain
        for k in out.weights.indices where acc[k] != 0 { out.weights[k] = Float(Double(chain.weights[k]) - acc[k] / c) }
        for k in out.transitions.indices { out.transitions[k] = Float(Double(chain.transitions[k]) - accT[k] / c) }
        return out
    }
}

/// A small deterministic random number generator (SplitMix64) for shuffling training data by seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
