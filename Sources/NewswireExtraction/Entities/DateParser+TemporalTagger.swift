import NewswireCore

extension DateParser: TemporalTagger {
    /// The date parser's mentions of one document, resolved against the publication date.
    public func temporals(in document: TextDocument, publishedAt: RFC3339Timestamp?) -> [TaggedTemporal] {
        mentions(in: document.tokens, publishedAt: publishedAt?.date).map {
            TaggedTemporal(tokens: $0.tokens, isTime: $0.kind == .time, normalized: $0.normalized)
        }
    }
}
