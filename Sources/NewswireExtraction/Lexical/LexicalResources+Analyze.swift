extension LexicalResources {
    /// Runs the date, lexicon, gazetteer and number components over the fields of one article (for
    /// example title and body) and returns, per field, non-overlapping mentions in text order.
    ///
    /// Overlaps are settled by priority, then length: DATE/TIME first ("the fourth consecutive day"
    /// over the ORDINAL "fourth"), then lexicon entries ("Nato" the ORG over a town of that name), then
    /// places, then numbers ("Leopard 2" over the CARDINAL "2"). Places share one article context, so a
    /// town name in the body is resolved with the countries named in the title. The NER decides later
    /// which of these spans really are entities (a person called "Florence" is not the city): pass its
    /// PERSON spans (token ranges per field) as `protected`, and nothing overlapping them is returned or
    /// used as place context ("Aktas" the photographer does not pull the article towards Kazakhstan).
    public func analyze(_ documents: [TextDocument], publishedAt: CivilDate?,
                        protected: [[Range<Int>]] = []) -> [[LexicalMention]] {
        let shielded = documents.indices.map { f -> [Bool] in
            var flags = [Bool](repeating: false, count: documents[f].tokens.count)
            if f < protected.count {
                for range in protected[f] { for i in range where i < flags.count { flags[i] = true } }
            }
            return flags
        }
        func free(_ range: Range<Int>, _ f: Int) -> Bool { !range.contains { shielded[f][$0] } }
        let lexical = documents.indices.map { f in lexicon.matches(in: documents[f].tokens).filter { free($0.tokens, f) } }
        let countries = Set(lexical.joined().compactMap { match -> String? in
            match.entry.label == "NORP" && match.entry.attribute.count == 2 ? match.entry.attribute : nil
        })
        let fields = documents.indices.map { f in
            (tokens: documents[f].tokens, matches: gazetteer.matches(in: documents[f]).filter { free($0.tokens, f) })
        }
        let places = geocoder.geocode(fields, articleCountries: countries)
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
            return Self.resolveOverlaps(candidates.filter { free($0.mention.tokens, f) }, tokenCount: tokens.count)
        }
    }

    static func resolveOverlaps(_ candidates: [(priority: Int, mention: LexicalMention)], tokenCount: Int) -> [LexicalMention] {
        // Candidates arrive grouped by priority; within a group, longer spans first.
        let order = candidates.indices.sorted {
            let a = candidates[$0], b = candidates[$1]
            return a.priority != b.priority ? a.priority < b.priority : a.mention.tokens.count > b.mention.tokens.count
        }
        var taken = [Bool](repeating: false, count: tokenCount)
        var kept: [Int] = []
        for index in order {
            let range = candidates[index].mention.tokens
            guard range.upperBound <= tokenCount, !range.contains(where: { taken[$0] }) else { continue }
            for i in range { taken[i] = true }
            kept.append(index)
        }
        kept.sort { candidates[$0].mention.tokens.lowerBound < candidates[$1].mention.tokens.lowerBound }
        return kept.map { candidates[$0].mention }
    }
}
