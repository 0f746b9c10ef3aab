import NewswireCore

/// A kept candidate with its exact text, offsets and sentence, ready to cluster.
struct ResolvedMention: Sendable {
    var candidate: MentionCandidate
    var record: MentionRecord
    /// The mention's words, without a trailing possessive.
    var words: [String]
    /// Sentence number counted over all fields, title first.
    var globalSentence: Int
    /// Whether the mention is in the title or a headline line.
    var inHeadline: Bool

    init?(_ c: MentionCandidate, documents: [TextDocument]) {
        guard c.document < documents.count else { return nil }
        let doc = documents[c.document]
        guard !c.tokens.isEmpty, c.tokens.upperBound <= doc.tokens.count else { return nil }
        var range = c.tokens
        // Never keep a possessive or a closing punctuation token at the edge of a name.
        while range.count > 1, Self.isEdgeJunk(doc.tokens[range.upperBound - 1].text) { range = range.lowerBound..<(range.upperBound - 1) }
        let start = c.scalars?.lowerBound ?? doc.tokens[range.lowerBound].start
        let end = c.scalars?.upperBound ?? doc.tokens[range.upperBound - 1].end
        guard start < end, end <= doc.scalars.count else { return nil }
        let sentence = Self.sentence(of: range.lowerBound, in: doc)
        var previous = 0
        for d in documents[..<c.document] { previous += d.sentences.count }
        self.candidate = c
        self.candidate.tokens = range
        self.record = MentionRecord(text: doc.slice(start, end), start: start, end: end, sentence: sentence, field: doc.field)
        self.words = c.scalars == nil ? range.map { doc.tokens[$0].text } : [doc.slice(start, end)]
        self.globalSentence = previous + sentence
        self.inHeadline = doc.field == .title || (sentence < doc.sentences.count && doc.sentences[sentence].kind == .headline)
    }

    static func isEdgeJunk(_ t: String) -> Bool {
        t == "'s" || t == "’s" || t == "'" || t == "’" || t == "." || t == "," || t == "\"" || t == ")"
    }

    /// Index of the sentence holding token `t` (binary search over the sentence ranges).
    static func sentence(of t: Int, in doc: TextDocument) -> Int {
        var lo = 0, hi = doc.sentences.count - 1
        guard hi >= 0 else { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if doc.sentences[mid].tokens.lowerBound <= t { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
