@_exported import enum NewswireCore.TextField

/// A token of an article field.
///
/// `start` and `end` are offsets in Unicode scalars into the field the token belongs to,
/// so that `Array(field.unicodeScalars)[start..<end]` is exactly the token's text.
public struct Token: Sendable, Hashable {
    /// The token's text, exactly as it stands in the field.
    public var text: String
    /// Offset of the first scalar, in Unicode scalars from the start of the field.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// What kind of line a sentence is: prose, or a line that is not a sentence at all.
public enum SentenceKind: String, Sendable, Hashable {
    /// An ordinary sentence of running text.
    case prose
    /// A headline or title line (often title-case).
    case headline
    /// A photo credit, byline or dateline-like line (for example "City - Name/Agency/Images").
    case credit
}

/// A sentence: a contiguous run of tokens in one field.
public struct Sentence: Sendable, Hashable {
    /// Index range into the owning document's `tokens`.
    public var tokens: Range<Int>
    /// Offset of the sentence's first scalar in the field.
    public var start: Int
    /// Offset one past its last scalar.
    public var end: Int
    /// Prose, headline or credit line.
    public var kind: SentenceKind

    public init(tokens: Range<Int>, start: Int, end: Int, kind: SentenceKind = .prose) {
        self.tokens = tokens
        self.start = start
        self.end = end
        self.kind = kind
    }
}

/// One field of an article, tokenized and split into sentences.
public struct TextDocument: Sendable {
    /// The field this document covers.
    public var field: TextField
    /// The field's text.
    public var text: String
    /// The field's text as Unicode scalars; offsets index this array.
    public var scalars: [Unicode.Scalar]
    /// All tokens of the field, in order.
    public var tokens: [Token]
    /// All sentences of the field, in order; their token ranges partition `tokens`.
    public var sentences: [Sentence]

    public init(field: TextField, text: String, scalars: [Unicode.Scalar], tokens: [Token], sentences: [Sentence]) {
        self.field = field
        self.text = text
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The text between two scalar offsets of this field.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, start), upper = min(end, scalars.count)
        guard lower < upper else { return "" }
        return scalars.withUnsafeBufferPointer { UTF8Encoding.string(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }
}
