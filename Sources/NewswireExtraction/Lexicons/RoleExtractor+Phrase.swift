extension RoleExtractor {
    /// Reads a role phrase: leading article, then a possessive place ("Ukraine's"), a nationality
    /// ("Russian") or a place that is part of the role ("Kyiv regional governor"), then the role, which
    /// must contain a title. `roleStart` forces where the role begins (premodifiers).
    func describe(_ phrase: Range<Int>, roleStart: Int?, in tokens: [Token]) -> PersonRole? {
        var i = phrase.lowerBound
        while i < phrase.upperBound, Self.determiners.contains(tokens[i].text.lowercased()) { i += 1 }
        guard i < phrase.upperBound else { return nil }
        var result = PersonRole()
        var start = i
        let slice = Array(tokens[i..<phrase.upperBound])
        if let norp = lexicon.matches(in: slice).first, norp.tokens.lowerBound == 0, norp.entry.label == "NORP" {
            result.affiliationCountry = norp.entry.attribute.isEmpty ? nil : norp.entry.attribute
            result.affiliation = result.affiliationCountry.flatMap { countryNames[$0] } ?? norp.entry.canonical
            start = i + norp.tokens.count
        } else if let gazetteer, let place = gazetteer.matches(in: slice, sentenceStarts: []).first,
                  place.tokens.lowerBound == 0 {
            let best = place.candidates.map { gazetteer.places[$0] }
                .max { rank($0) < rank($1) }
            let after = i + place.tokens.upperBound
            result.affiliation = best?.name
            result.affiliationCountry = best?.countryCode
            if let possessive = possessiveLength(at: after, in: tokens), after + possessive < phrase.upperBound {
                start = after + possessive
            }
        }
        if let roleStart { start = max(start, roleStart) }
        guard start < phrase.upperBound, containsTitle(start..<phrase.upperBound, in: tokens) else { return nil }
        result.roleTokens = start..<phrase.upperBound
        result.role = Self.text(tokens[start..<phrase.upperBound])
        return result
    }

    private func rank(_ place: Place) -> Double {
        (place.feature == .country ? 1e12 : 0) + Double(place.population)
    }

    /// "'s", "’s" or "'" + "s" written against the previous token.
    private func possessiveLength(at k: Int, in tokens: [Token]) -> Int? {
        guard k < tokens.count, tokens[k].start == tokens[k - 1].end else { return nil }
        let text = tokens[k].text.lowercased()
        if text == "'s" || text == "’s" || text == "'" || text == "’" {
            if (text == "'" || text == "’"), k + 1 < tokens.count, tokens[k + 1].text.lowercased() == "s",
               tokens[k + 1].start == tokens[k].end {
                return 2
            }
            return 1
        }
        return nil
    }

    private func containsTitle(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        for end in range where titles.titleLength(endingAt: end, in: tokens, lowerBound: range.lowerBound) != nil {
            return true
        }
        return false
    }

    /// Token texts joined with single spaces where the source had a gap.
    static func text(_ run: ArraySlice<Token>) -> String {
        var out = ""
        var previous: Token?
        for token in run {
            if let previous, previous.end != token.start { out += " " }
            out += token.text
            previous = token
        }
        return out
    }

    static let determiners: WordSet = ["the", "a", "an", "its", "his", "her", "their"]
}
