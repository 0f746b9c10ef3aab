extension LexicalResources {
    /// Runs the date, lexicon, gazetteer and number components over the fields of one article (for
    /// example title and body) and returns, per field, non-overlapping mentions in text order.
    ///
    /// Overlaps are settled by priority, then length: DATE/TIME first ("the fourth consecutive day"
    /// over the ORDINAL "fourth"), then lexicon entries ("Nato" the ORG over a town of that name), then
    /// places, then numbers ("Leopard 2" over the CARDINAL "2"). Places share one article context, so a
    /// town name in the body is resolved with the countries named in the title. The NER decides later
    /// which of these spans really are entities (a person called "Florence" is not the city).
    public func analyze(_ documents: [TextDocument], publishedAt: CivilDate?) -> [[LexicalMention]] {
        let lexical = documents.map { lexicon.matches(in: $0.tokens) }
        let countries = Set(lexical.joined().compactMap { match -> String? in
            match.entry.label == "NORP" && match.entry.attribute.count == 2 ? match.entry.attribute : nil
        })
        let places = geocoder.geocode(documents, articleCountries: countries)
        return documents.indices.map { f in
            let tokens = documents[f].tokens
            let words = LowerTokens(tokens)
            var candidates: [(priority: Int, mention: LexicalMention)] = []
            for date in dates.mentions(in: words, anchor: publishedAt) {
                candidates.append((0, LexicalMention(tokens: date.tokens, label: date.kind.rawValue, temporal: date)))
            }
            for match in lexical[f] {
                candidates.append((1, LexicalMention(tokens: match.tokens, label: match.entry.label, entry: match.entry)))
            }
            for place in places[f] {
                candidates.append((2, LexicalMention(tokens: place.tokens, label: place.place.entityType.rawValue,
                                                     place: place.place)))
            }
            for number in numbers.mentions(in: words) {
                candidates.append((3, LexicalMention(tokens: number.tokens, label: number.kind.rawValue, numeric: number)))
            }
            return Self.resolveOverlaps(candidates, tokenCount: tokens.count)
        }
    }

    static func resolveOverlaps(_ candidates: [(priority: Int, mention: LexicalMention)], tokenCount: Int) -> [LexicalMention] {
        let ordered = candidates.sorted {
            $0.priority != $1.priority ? $0.priority < $1.priority : $0.mention.tokens.count > $1.mention.tokens.count
        }
        var taken = [Bool](repeating: false, count: tokenCount)
        var kept: [LexicalMention] = []
        for candidate in ordered {
            let range = candidate.mention.tokens
            guard range.upperBound <= tokenCount, !range.contains(where: { taken[$0] }) else { continue }
            for i in range { taken[i] = true }
            kept.append(candidate.mention)
        }
        return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
