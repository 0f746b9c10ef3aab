import NewswireCore

extension EntityExtractor {
    /// Countries and cities named as the first part of a hyphenated modifier: "US-provided", "Kyiv-based",
    /// "Moscow-backed". The place gets a mention of its own inside the word; unlisted parts are ignored.
    func hyphenatedPlaces(in document: TextDocument, index: Int) -> [MentionCandidate] {
        guard let geocoder else { return [] }
        var out: [MentionCandidate] = []
        for (i, token) in document.tokens.enumerated() {
            guard TypeLexicon.isCapitalized(token.text), token.text.withUTF8Bytes({ $0.contains { $0 == 0x2D || $0 >= 0x80 } }) else { continue }
            let scalars = token.text.unicodeScalars
            guard let first = scalars.first, first.properties.isUppercase,
                  let h = scalars.firstIndex(where: { $0 == "-" || $0 == "\u{2010}" }) else { continue }
            let headLength = scalars.distance(from: scalars.startIndex, to: h)
            let rest = scalars[scalars.index(after: h)...]
            guard headLength >= 2, let next = rest.first, next.properties.isLowercase,
                  !rest.contains(where: { $0 == "-" }) else { continue }
            let head = String(String.UnicodeScalarView(scalars[..<h]))
            guard lexicon.type(of: head) == nil else { continue }
            // An all-capitals abbreviation is looked up letter by letter too ("US" as in "U.S.").
            let spelled = head.count <= 3 && head.allSatisfy(\.isUppercase) ? head.map(String.init).joined(separator: " ") : head
            let found = geocoder.gazetteer.places(named: head) + geocoder.gazetteer.places(named: spelled)
            guard let place = found.first(where: { $0.feature == .country || $0.feature == .city }) else { continue }
            out.append(MentionCandidate(document: index, tokens: i..<(i + 1), type: .gpe, origin: .gazetteer,
                                        place: place, scalars: token.start..<(token.start + headLength)))
        }
        return out
    }
}
