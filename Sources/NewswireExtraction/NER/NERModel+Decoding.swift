import Foundation

/// Both stages' weights of a feature row side by side in one 64-byte cache line, so that one memory access
/// serves both stages. Each weight is stored relative to the row's weight for O (which the decoder may drop:
/// adding the same amount to every tag of a token changes neither the best sequence nor the marginals),
/// leaving 8 weights per stage.
final class InterleavedWeights: @unchecked Sendable {
    /// Floats per row: 8 for stage one, 8 for stage two.
    static let stride = 16
    let rows: Int
    /// 64-byte aligned, immutable after init.
    let base: UnsafeMutablePointer<Float>

    init(_ a: LinearChain, _ b: LinearChain) {
        let T = LinearChain.tags
        rows = a.weights.count / T
        let raw = Self.allocate(byteCount: rows * Self.stride * 4)
        base = raw.bindMemory(to: Float.self, capacity: rows * Self.stride)
        for r in 0..<rows {
            let ao = a.weights[r * T], bo = b.weights[r * T]
            for y in 1..<T {
                base[r * Self.stride + y - 1] = a.weights[r * T + y] - ao
                base[r * Self.stride + 8 + y - 1] = b.weights[r * T + y] - bo
            }
        }
    }

    deinit { free(base) }

    /// Memory for the table, 2 MB aligned and (on Linux) marked for transparent huge pages: decoding reads
    /// rows at random all over the table's megabytes, and with 4 KB pages most reads would also miss the TLB.
    private static func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        let huge = 2 << 20
        let size = (byteCount + huge - 1) / huge * huge
        var raw: UnsafeMutableRawPointer?
        guard posix_memalign(&raw, huge, size) == 0, let raw else {
            fatalError("out of memory for \(byteCount) bytes of NER weights")
        }
        #if os(Linux)
        _ = madvise(raw, size, Int32(MADV_HUGEPAGE))
        #endif
        return raw
    }
}

extension NERModel {
    /// Softens the perceptron's sequence scores into a distribution for confidences (not calibrated).
    static let temperature: Float = 6
    /// Tags of a document, with a per-token confidence (softmax of stage two's emission scores at the chosen tag).
    func decodeWithScores(_ doc: NERDocument, scores wantScores: Bool) -> (tags: [Int], scores: [Double]) {
        let T = LinearChain.tags, S = InterleavedWeights.stride
        let table = doc.fields.map { TokenTable(fields: $0) } ?? TokenTable(doc.tokens)
        let n = table.count
        var e1 = [Float](repeating: 0, count: n * T)
        var e2 = [Float](repeating: 0, count: n * T)
        e1.withUnsafeMutableBufferPointer { o1 in
            e2.withUnsafeMutableBufferPointer { o2 in
                // Weights are summed as the features are hashed: no feature rows are stored.
                var sink = EmissionSink(weights: UnsafeRawPointer(interleaved.base), stride: S * 4, first: o1, second: o2)
                features.extract(doc, table: table, into: &sink)
            }
        }
        var first = [Int](repeating: 0, count: n)
        e1.withUnsafeBufferPointer { eb in
            first.withUnsafeMutableBufferPointer { out in
                for s in doc.sentences where !s.isEmpty {
                    LinearChain.viterbi(eb, at: s.lowerBound, count: s.count, transitions: masked1, into: out)
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
                    LinearChain.viterbi(eb, at: s.lowerBound, count: s.count, transitions: masked2, into: out)
                }
            }
        }
        guard wantScores else { return (tags, []) }
        var scores = [Double](repeating: 0, count: n)
        let factors = LinearChain.transitionFactors(stage2.transitions, temperature: Self.temperature)
        for sent in doc.sentences where !sent.isEmpty && tags[sent].contains(where: { $0 != 0 }) {
            LinearChain.marginals(e2, at: sent.lowerBound, count: sent.count, transitions: factors,
                                  temperature: Self.temperature, tags: tags, into: &scores)
        }
        return (tags, scores)
    }
}

/// Sums both stages' weights of each token's feature rows straight into the emission arrays (tag O stays 0).
struct EmissionSink: FeatureSink {
    let weights: UnsafeRawPointer
    /// Bytes per weight row.
    let stride: Int
    let first: UnsafeMutableBufferPointer<Float>
    let second: UnsafeMutableBufferPointer<Float>
    private var a = SIMD8<Float>.zero, b = SIMD8<Float>.zero

    init(weights: UnsafeRawPointer, stride: Int, first: UnsafeMutableBufferPointer<Float>,
         second: UnsafeMutableBufferPointer<Float>) {
        self.weights = weights
        self.stride = stride
        self.first = first
        self.second = second
    }

    @inline(__always) mutating func add(_ row: UInt32) {
        let p = weights + Int(row) * stride
        a += p.load(as: SIMD8<Float>.self)
        b += p.load(fromByteOffset: 32, as: SIMD8<Float>.self)
    }

    @inline(__always) mutating func endToken(_ token: Int) {
        let T = LinearChain.tags
        for y in 0..<8 { first[token * T + 1 + y] = a[y]; second[token * T + 1 + y] = b[y] }
        a = .zero
        b = .zero
    }
}
