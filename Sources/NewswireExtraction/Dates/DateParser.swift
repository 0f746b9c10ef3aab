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
        mentions(in: LowerTokens(tokens), anchor: anchor)
    }

    /// Date and time mentions over precomputed lowercase tokens.
    func mentions(in words: LowerTokens, anchor: CivilDate?) -> [TemporalMention] {
        var result: [TemporalMention] = []
        var i = 0
        while i < words.count {
            if Self.mayStart(i, words), var mention = match(at: i, words, anchor) {
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

    /// Cheap filter: digits, date words; "the" only before "past"/"last"/"end of"/an ordinal; number words
    /// and articles only before a duration unit.
    static func mayStart(_ i: Int, _ words: LowerTokens) -> Bool {
        let c = words.classes[i]
        if !c.isDisjoint(with: [.digits, .dateWord, .hyphenated]) { return true }
        let next = words.cls(i + 1)
        if c.contains(.the) {
            return !next.isDisjoint(with: [.dateWord, .ordinalWord, .digits])
                || ["end", "beginning", "start", "middle"].contains(i + 1 < words.count ? words[i + 1] : "")
        }
        if !c.isDisjoint(with: [.numberWord, .article]) {
            return !next.isDisjoint(with: [.durationUnit, .numberWord])
        }
        return false
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
