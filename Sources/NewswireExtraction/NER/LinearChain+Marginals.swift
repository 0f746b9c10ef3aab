import Foundation

extension LinearChain {
    /// Transition weights as factors for `marginals`: exp((weight - max) / temperature), 0 where not allowed.
    static func transitionFactors(_ tr: [Float], temperature: Float) -> [Double] {
        let inv = 1 / Double(temperature)
        let trMax = zip(tr, allowed).filter(\.1).map { Double($0.0) }.max() ?? 0
        var m = [Double](repeating: 0, count: tr.count)
        for k in tr.indices where allowed[k] { m[k] = Foundation.exp((Double(tr[k]) - trMax) * inv) }
        return m
    }

    /// Forward-backward over the tags of one sentence with scores divided by `temperature`: writes into
    /// `out[at ..< at+n]` the marginal probability that each token has the tag `chosen` gives it.
    /// Works in scaled probability space (one normalizer per token), so it needs no logarithms.
    static func marginals(_ e: [Float], at: Int, count n: Int, transitions m: [Double], temperature: Float,
                          tags chosen: [Int], into out: inout [Double]) {
        let T = tags
        let inv = 1 / Double(temperature)
        var emit = [Double](repeating: 0, count: n * T)
        for i in 0..<n {
            let base = (at + i) * T
            var top = -Double.infinity
            for y in 0..<T { top = max(top, Double(e[base + y])) }
            for y in 0..<T { emit[i * T + y] = Foundation.exp((Double(e[base + y]) - top) * inv) }
        }
        var alpha = [Double](repeating: 0, count: n * T)
        var beta = [Double](repeating: 1, count: n * T)
        var scale = [Double](repeating: 1, count: n)
        var c = 0.0
        for y in 0..<T { alpha[y] = emit[y] * m[T * T + y]; c += alpha[y] }
        scale[0] = c > 0 ? c : 1
        for y in 0..<T { alpha[y] /= scale[0] }
        for i in 1..<max(n, 1) {
            c = 0
            for y in 0..<T {
                var s = 0.0
                for p in 0..<T { s += alpha[(i - 1) * T + p] * m[p * T + y] }
                alpha[i * T + y] = s * emit[i * T + y]
                c += alpha[i * T + y]
            }
            scale[i] = c > 0 ? c : 1
            for y in 0..<T { alpha[i * T + y] /= scale[i] }
        }
        for i in stride(from: n - 2, through: 0, by: -1) {
            for y in 0..<T {
                var s = 0.0
                for q in 0..<T { s += m[y * T + q] * emit[(i + 1) * T + q] * beta[(i + 1) * T + q] }
                beta[i * T + y] = s / scale[i + 1]
            }
        }
        for i in 0..<n {
            var z = 0.0
            for y in 0..<T { z += alpha[i * T + y] * beta[i * T + y] }
            let y = chosen[at + i]
            out[at + i] = z > 0 ? min(1, alpha[i * T + y] * beta[i * T + y] / z) : 0
        }
    }
}
