/// Entity-level precision, recall and F1 with conlleval semantics (exact span and type).
public struct EntityScore: Sendable, Hashable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Adds one sentence (or document) of gold and predicted BIO tag indices.
    mutating func add(gold: ArraySlice<Int>, predicted: ArraySlice<Int>) {
        let g = Set(BIO.spans(Array(gold)).map { SpanKey(start: $0.range.lowerBound, end: $0.range.upperBound, type: $0.type) })
        let p = Set(BIO.spans(Array(predicted)).map { SpanKey(start: $0.range.lowerBound, end: $0.range.upperBound, type: $0.type) })
        let tp = g.intersection(p).count
        truePositives += tp
        falsePositives += p.count - tp
        falseNegatives += g.count - tp
    }

    private struct SpanKey: Hashable { var start: Int, end: Int, type: Int }
}
