import Foundation

/// A trained named-entity model: two linear-chain stages over hashed features (the second sees what the
/// first said about the same words elsewhere in the article), name lists and casing statistics from the
/// training corpus.
public struct NERModel: Sendable {
    /// Identifies the model in every record's `extractor.model`, e.g. "ner-conll03-ap-1a2b3c4d".
    public var version: String
    var features: NERFeatures
    var stage1: LinearChain
    var stage2: LinearChain
    /// Both stages' weights per feature row, for decoding.
    let interleaved: InterleavedWeights
    /// Each stage's transitions with the BIO-forbidden ones at -infinity, for Viterbi.
    let masked1: [Float]
    let masked2: [Float]

    init(version: String, features: NERFeatures, stage1: LinearChain, stage2: LinearChain) {
        self.version = version
        self.features = features
        self.stage1 = stage1
        self.stage2 = stage2
        self.interleaved = InterleavedWeights(stage1, stage2)
        self.masked1 = LinearChain.masked(stage1.transitions)
        self.masked2 = LinearChain.masked(stage2.transitions)
    }

    /// The model shipped with the library.
    public static func bundled() throws -> NERModel {
        guard let url = ExtractionResources.url(named: bundledName) else {
            throw ExtractionError(code: .resourceMissing, message: "the bundled NER model \(bundledName) is missing",
                                  remedy: "rebuild it with `make model` and rebuild the package")
        }
        return try NERModel(contentsOf: url)
    }

    /// File name of the bundled model in the library's resources.
    public static let bundledName = "ner-conll03.bin"

    /// Tags the fields of one article together, so that document-level evidence spans title and body.
    /// - Returns: for each document, its spans in token order.
    public func tag(_ docs: [TextDocument]) -> [[NamedSpan]] {
        let doc = NERDocument(docs)
        let (tags, scores) = tagWithScores(doc)
        var out: [[NamedSpan]] = []
        var base = 0
        for d in docs {
            var spans: [NamedSpan] = []
            let range = base..<(base + d.tokens.count)
            for sp in BIO.spans(Array(tags[range])) {
                let r = (sp.range.lowerBound + base)..<(sp.range.upperBound + base)
                let score = r.reduce(1.0) { min($0, scores[$1]) }
                spans.append(NamedSpan(tokens: sp.range, label: NERLabel(index: sp.type)!, score: score))
            }
            out.append(spans)
            base += d.tokens.count
        }
        return out
    }

    /// Tags the sentences of one document given as token texts; returns IOB2 tag names ("B-PER", "O").
    public func tag(sentences: [[String]]) -> [[String]] {
        var tokens: [String] = []
        var ranges: [Range<Int>] = []
        for s in sentences {
            ranges.append(tokens.count..<(tokens.count + s.count))
            tokens.append(contentsOf: s)
        }
        let tags = decode(NERDocument(tokens: tokens, sentences: ranges))
        return ranges.map { r in r.map { BIO.name(tags[$0]) } }
    }

    /// The BIO tags of a document.
    func decode(_ doc: NERDocument) -> [Int] { decodeWithScores(doc, scores: false).tags }

    private func tagWithScores(_ doc: NERDocument) -> ([Int], [Double]) {
        let r = decodeWithScores(doc, scores: true)
        return (r.tags, r.scores)
    }
}
