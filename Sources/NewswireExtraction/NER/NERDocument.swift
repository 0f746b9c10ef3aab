/// The model's view of one document: token texts and sentence ranges, plus hashed attributes.
struct NERDocument: Sendable {
    var tokens: [String]
    var sentences: [Range<Int>]
    /// The article fields the tokens come from, when known: token attributes are then read from their scalars.
    var fields: [TextDocument]?

    init(tokens: [String], sentences: [Range<Int>]) {
        self.tokens = tokens
        self.sentences = sentences
    }

    /// All fields of one article as one document, so that document-level features span title and body.
    init(_ docs: [TextDocument]) {
        var tokens: [String] = []
        var sentences: [Range<Int>] = []
        for d in docs {
            let base = tokens.count
            tokens.append(contentsOf: d.tokens.lazy.map(\.text))
            for s in d.sentences where !s.tokens.isEmpty {
                sentences.append((base + s.tokens.lowerBound)..<(base + s.tokens.upperBound))
            }
        }
        self.init(tokens: tokens, sentences: sentences)
        fields = docs
    }
}

/// Receives feature rows token by token from ``NERFeatures/extract(_:table:firstStage:into:)``.
protocol FeatureSink {
    /// One feature row of the current token.
    mutating func add(_ row: UInt32)
    /// The current token (index `token`) is complete.
    mutating func endToken(_ token: Int)
}

/// Feature rows of every token of a document, flattened.
struct FeatureMatrix: Sendable, FeatureSink {
    var rows: [UInt32] = []
    /// `rows[offsets[i]..<offsets[i+1]]` are token i's features.
    var offsets: [Int32] = [0]

    @inline(__always) func features(_ i: Int) -> ArraySlice<UInt32> { rows[Int(offsets[i])..<Int(offsets[i + 1])] }

    @inline(__always) mutating func add(_ row: UInt32) { rows.append(row) }
    @inline(__always) mutating func endToken(_ token: Int) { offsets.append(Int32(rows.count)) }
}
