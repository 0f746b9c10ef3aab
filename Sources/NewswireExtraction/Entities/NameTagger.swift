/// The four coarse name classes of a CoNLL-style tagger.
public enum NameClass: String, Sendable, Hashable, CaseIterable {
    case person = "PER"
    case organization = "ORG"
    case location = "LOC"
    case miscellaneous = "MISC"
}

/// A name span proposed by a tagger: a token range of one document with a coarse class.
public struct TaggedName: Sendable, Hashable {
    /// Index range into the document's tokens.
    public var tokens: Range<Int>
    /// The coarse class.
    public var nameClass: NameClass
    /// Confidence in 0...1.
    public var score: Double

    public init(tokens: Range<Int>, nameClass: NameClass, score: Double = 1) {
        self.tokens = tokens
        self.nameClass = nameClass
        self.score = score
    }
}

/// Finds PER/ORG/LOC/MISC names in the fields of one article; the statistical NER model conforms.
///
/// Taggers see all fields of an article together so that document-level evidence spans title and body.
public protocol NameTagger: Sendable {
    /// Identifies the model in `extractor.model`, or nil when there is no trained model.
    var modelVersion: String? { get }
    /// For each document, its name spans in token order, without overlaps.
    func names(in documents: [TextDocument]) -> [[TaggedName]]
}
