import NewswireCore

/// Where a candidate mention came from; decides which one wins when candidates overlap.
public enum CandidateOrigin: Int, Sendable, Hashable, Comparable {
    /// A number, quantity, percentage, amount of money or ordinal from the number parser.
    case number = 0
    /// A nationality, group, product or event name from a lexicon.
    case lexicon = 1
    /// A place name from the gazetteer.
    case gazetteer = 2
    /// A name span from the statistical NER model.
    case model = 3
    /// A date or time expression.
    case temporal = 4

    public static func < (a: CandidateOrigin, b: CandidateOrigin) -> Bool { a.rawValue < b.rawValue }
}

/// A typed span of one field, before overlap resolution and clustering.
public struct MentionCandidate: Sendable, Hashable {
    /// Index of the document (field) in the article's document list.
    public var document: Int
    /// Token range in that document.
    public var tokens: Range<Int>
    /// The OntoNotes type assigned so far.
    public var type: EntityType
    /// Which component proposed it.
    public var origin: CandidateOrigin
    /// Confidence in 0...1 (1 for rule-based sources).
    public var score: Double
    /// The resolved place, for places.
    public var place: Place?
    /// Numeric value, for numeric types.
    public var value: Double?
    /// Normalized unit, for numeric types.
    public var unit: String?
    /// ISO 8601 value, for dates and times.
    public var normalized: String?
    /// Scalar offsets inside one token, for a name that is part of a hyphenated word ("Russian" in
    /// "Russian-installed"); nil when the mention covers its tokens whole.
    public var scalars: Range<Int>?
    /// The type was settled by evidence beside the tagger's class (the gazetteer, the words around the name), so
    /// other mentions of the same name that have no such evidence take it too.
    public var settledByEvidence = false

    public init(document: Int, tokens: Range<Int>, type: EntityType, origin: CandidateOrigin, score: Double = 1,
                place: Place? = nil, value: Double? = nil, unit: String? = nil, normalized: String? = nil, scalars: Range<Int>? = nil) {
        self.document = document
        self.tokens = tokens
        self.type = type
        self.origin = origin
        self.score = score
        self.place = place
        self.value = value
        self.unit = unit
        self.normalized = normalized
        self.scalars = scalars
    }

    /// Whether two candidates of the same document share a token.
    func overlaps(_ other: MentionCandidate) -> Bool {
        document == other.document && tokens.overlaps(other.tokens)
    }
}
