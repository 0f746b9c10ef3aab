import Foundation

/// Finds DATE and TIME expressions and resolves them to ISO 8601 against the publication date.
///
/// Resolution rules (news is mostly written in the past tense):
/// - a bare weekday ("on Thursday", "this Thursday") is the most recent such day on or before
///   publication; "last Thursday" the most recent strictly before; "next Thursday" the first after;
/// - a month without a year ("in September") is the most recent such month not after publication;
///   "last October" the most recent strictly before the publication month;
/// - a day and month without a year ("March 15") is the most recent such day on or before publication,
///   unless it falls within the 60 days after it (so "on January 5" in a December article is the coming
///   January);
/// - "this week" is the ISO week ("2022-W41"), "this month" "2022-10", "overnight" and "last night" the
///   night before publication ("2022-10-12TNI"), "Thursday morning" a TIME ("2022-10-13TMO");
/// - durations become ISO durations ("three days" → "P3D", "24 hours" → "PT24H");
/// - without a publication date relative expressions keep their span but get no value.
public struct DateParser: Sendable {
    public init() {}

    /// Date and time mentions in `tokens`, resolved against the UTC date of `publishedAt`.
    public func mentions(in tokens: [Token], publishedAt: Date?) -> [TemporalMention] {
        mentions(in: tokens, anchor: publishedAt.map { CivilDate($0) })
    }

    /// Date and time mentions in `tokens`, resolved against `anchor` (the publication date).
    public func mentions(in tokens: [Token], anchor: CivilDate?) -> [TemporalMention] {
        let words = LowerTokens(tokens)
        var result: [TemporalMention] = []
        var i = 0
        while i < tokens.count {
            if var mention = match(at: i, words, anchor) {
                if i > 0, let modifier = DateWords.prepositionModifiers[words[i - 1]] {
                    mention.modifiers.insert(modifier, at: 0)
                }
                result.append(mention)
                i = mention.tokens.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    func match(at start: Int, _ words: LowerTokens, _ anchor: CivilDate?) -> TemporalMention? {
        var j = start
        var modifiers: [String] = []
        if let qualifier = DateWords.qualifiers[words[j]] {
            modifiers.append(qualifier)
            j += 1
            if j < words.count, words[j] == "-", words.adjacent(j) { j += 1 }
        } else if let (length, qualifier) = words.longestMatch(DateWords.qualifierPhrases, at: j) {
            modifiers.append(qualifier)
            j += length
        }
        guard j < words.count else { return nil }
        let reader = DateReader(words: words, anchor: anchor, qualified: !modifiers.isEmpty)
        guard let core = reader.read(at: j) else { return nil }
        return TemporalMention(tokens: start..<core.end, kind: core.kind, normalized: core.normalized,
                               modifiers: modifiers + core.modifiers)
    }
}

/// One date or time read at a position: where it ends, its kind and value.
struct DateCore {
    var end: Int
    var kind: TemporalKind = .date
    var normalized: String?
    var modifiers: [String] = []
}
