import NewswireCore

/// A date or time expression found in a document.
public struct TaggedTemporal: Sendable, Hashable {
    /// Index range into the document's tokens.
    public var tokens: Range<Int>
    /// Whether it is a time of day (TIME) rather than a date or period (DATE).
    public var isTime: Bool
    /// ISO 8601 value resolved against the publication date, nil when it cannot be resolved.
    public var normalized: String?

    public init(tokens: Range<Int>, isTime: Bool, normalized: String?) {
        self.tokens = tokens
        self.isTime = isTime
        self.normalized = normalized
    }
}

/// Finds DATE and TIME expressions and resolves them against the publication date; the date parser conforms.
public protocol TemporalTagger: Sendable {
    /// The date and time expressions of one document, in token order, without overlaps.
    func temporals(in document: TextDocument, publishedAt: RFC3339Timestamp?) -> [TaggedTemporal]
}
