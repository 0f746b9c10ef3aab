import Foundation

/// Both stages' weights of a feature row side by side, so that one memory access serves both stages.
struct InterleavedWeights: Sendable {
    static let stride = 2 * LinearChain.tags
    var weights: [Float]

    init(_ a: LinearChain, _ b: LinearChain) {
        let T = LinearChain.tags
        let rows = a.weights.count / T
        var w = [Float](repeating: 0, count: rows * Self.stride)
        for r in 0..<rows {
            for y in 0..<T {
                w[r * Self.stride + y] = a.weights[r * T + y]
                w[r * Self.stride + T + y] = b.weights[r * T + y]
            }
        }
        weights = w
    }
}

extension NERModel {
    /// Softens the perceptron's sequence scores into a distribution for confidences (not calibrated).
    static let temperature: Float = 6
    /// Tags of a document, with a per-token confidence (softmax of stage two's emission scores at the chosen tag).
    func decodeWithScores(_ doc: NERDocument, scores wantScores: Bool) -> (tags: [Int], scores: [Double]) {
        let T = LinearChain.tags, S = InterleavedWeights.stride
        let table = TokenTable(doc.tokens)
        let n = table.count
        let base = features.extract(doc, table: table)
        var e1 = [Float](repeating: 0, count: n * T)
        var e2 = [Float](repeating: 0, count: n * T)
        interleaved.weights.withUnsafeBufferPointer { w in
            e1.withUnsafeMutableBufferPointer { o1 in
                e2.withUnsafeMutableBufferPointer { o2 in
                    base.rows.withUnsafeBufferPointer { rows in
                        for i in 0..<n {
                            var a = SIMD8<Float>.zero, b = SIMD8<Float>.zero
                            var a8: Float = 0, b8: Float = 0
                            for k in Int(base.offsets[i])..<Int(base.offsets[i + 1]) {
                                let p = UnsafeRawPointer(w.baseAddress! + Int(rows[k]) * S)
                                a += p.loadUnaligned(as: SIMD8<Float>.self)
                                a8 += p.load(fromByteOffset: 32, as: Float.self)
                                b += p.loadUnaligned(fromByteOffset: 36, as: SIMD8<Float>.self)
                                b8 += p.load(fromByteOffset: 68, as: Float.self)
                            }
                            for y in 0..<8 { o1[i * T + y] = a[y]; o2[i * T + y] = b[y] }
                            o1[i * T + 8] = a8; o2[i * T + 8] = b8
                        }
                    }
                }
            }
        }
        var first = [Int](repeating: 0, count: n)
        e1.withUnsafeBufferPointer { eb in
            first.withUnsafeMutableBufferPointer { out in
                for s in doc.sentences where !s.isEmpty {
                    LinearChain.viterbi(eb, at: s.lowerBound, count: s.count, transitions: stage1.transitions, into: out)
                }
            }
        }
        let votes = features.votes(doc, table: table, firstStage: first)
        stage2.weights.withUnsafeBufferPointer { w in
            for i in 0..<n {
                for k in Int(votes.offsets[i])..<Int(votes.offsets[i + 1]) {
                    let p = Int(votes.rows[k]) * T
                    for y in 0..<T { e2[i * T + y] += w[p + y] }
                }
            }
        }
        var tags = [Int](repeating: 0, count: n)
        e2.withUnsafeBufferPointer { eb in
            tags.withUnsafeMutableBufferPointer { out in
                for s in doc.sentences where !s.isEmpty {
                    LinearChain.viterbi(eb, at: s.lowerBound, count: s.count, transitions: stage2.transitions, into: out)
                }
            }
        }
        guard wantScores else { return (tags, []) }
        var scores = [Double](repeating: 0, count: n)
        for sent in doc.sentences where !sent.isEmpty {
            LinearChain.marginals(e2, at: sent.lowerBound, count: sent.count, transitions: stage2.transitions,
                                  temperature: Self.temperature, tags: tags, into: &scores)
        }
        return (tags, scores)
    }
}
