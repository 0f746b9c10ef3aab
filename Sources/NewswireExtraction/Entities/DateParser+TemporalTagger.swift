import NewswireCore

extension DateParser: TemporalTagger {
    /// The date parser's mentions of one document, resolved against the publication date.
    public func temporals(in document: TextDocument, publishedAt: RFC3339Timestamp?) -> [TaggedTemporal] {
        temporals(in: LowerTokens(document.tokens), publishedAt: publishedAt)
    }

    /// The same over words already lower-cased (shared with the number parser).
    func temporals(in words: LowerTokens, publishedAt: RFC3339Timestamp?) -> [TaggedTemporal] {
        mentions(in: words, anchor: (publishedAt?.date).map { CivilDate($0) }).map {
            TaggedTemporal(tokens: $0.tokens, isTime: $0.kind == .time, normalized: $0.normalized)
        }
    }
}
