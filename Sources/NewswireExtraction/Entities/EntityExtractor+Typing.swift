import NewswireCore

extension EntityExtractor {
    /// Maps a CoNLL-class name span to an OntoNotes type, using what the gazetteer and the lexicon say
    /// about the same tokens. Marks a place match as used when the name takes it over.
    func typed(_ name: TaggedName, document: TextDocument, index: Int, places: [GeocodedPlace],
               used: inout [Bool]) -> MentionCandidate {
        let text = Self.words(document, name.tokens)
        var c = MentionCandidate(document: index, tokens: name.tokens, type: .org, origin: .model, score: name.score)
        // A place whose span equals the name, or contains it ("Kherson" inside "Kherson Oblast").
        let placeIndex = places.indices.first { p in
            places[p].tokens == name.tokens
                || (places[p].tokens.lowerBound <= name.tokens.lowerBound && places[p].tokens.upperBound >= name.tokens.upperBound)
        }
        let listed = lexicon.type(of: text)
        switch name.nameClass {
        case .person:
            c.type = .person
            if name.tokens.count == 1, let p = placeIndex, Self.isMajor(places[p].place), listed == nil {
                adopt(places[p], into: &c, document: document)
                used[p] = true
            }
        case .organization:
            c.type = .org
            if listed == nil, let p = placeIndex, places[p].tokens == name.tokens,
               places[p].place.feature == .country || places[p].place.feature == .city {
                adopt(places[p], into: &c, document: document)  // "Moscow said", "Kyiv's forces": the government
                used[p] = true
            }
        case .location:
            if Self.isNaturalFeature(document, name.tokens) {
                c.type = .loc
                for p in places.indices where places[p].tokens.overlaps(name.tokens) { used[p] = true }
            } else if let p = placeIndex {
                adopt(places[p], into: &c, document: document)
                used[p] = true
            } else if let listed, listed != .norp {
                c.type = listed
            } else {
                c.type = .loc
            }
        case .miscellaneous:
            if let listed {
                c.type = listed
            } else if let p = placeIndex, places[p].tokens == name.tokens {
                adopt(places[p], into: &c, document: document)
                used[p] = true
            } else {
                c.type = Self.miscType(text)
            }
        }
        return c
    }

    /// A gazetteer place as a candidate of its own.
    func placeCandidate(_ place: GeocodedPlace, document: TextDocument, index: Int) -> MentionCandidate {
        var c = MentionCandidate(document: index, tokens: place.tokens, type: .gpe, origin: .gazetteer)
        if Self.isNaturalFeature(document, place.tokens) {
            c.type = .loc
            if place.tokens.upperBound < document.tokens.count,
               Self.naturalWords.contains(document.tokens[place.tokens.upperBound].text.lowercased()) {
                c.tokens = place.tokens.lowerBound..<(place.tokens.upperBound + 1)
            }
            return c
        }
        adopt(place, into: &c, document: document)
        return c
    }

    private func adopt(_ place: GeocodedPlace, into c: inout MentionCandidate, document: TextDocument) {
        c.tokens = place.tokens
        c.place = place.place
        switch place.place.entityType {
        case .gpe: c.type = .gpe
        case .loc: c.type = .loc
        case .fac: c.type = .fac
        }
    }

    /// Countries, admin-1 regions and cities: places a tagger may mistake for a person's name.
    static func isMajor(_ place: Place) -> Bool {
        place.feature == .country || place.feature == .admin1 || place.feature == .city
    }

    /// Whether the span is followed by (or ends with) a capitalized landform or water word: "Dnipro River".
    static func isNaturalFeature(_ document: TextDocument, _ span: Range<Int>) -> Bool {
        let last = document.tokens[span.upperBound - 1].text
        if span.count > 1, naturalWords.contains(last.lowercased()) { return true }
        guard span.upperBound < document.tokens.count else { return false }
        let next = document.tokens[span.upperBound].text
        return TypeLexicon.isCapitalized(next) && naturalWords.contains(next.lowercased())
    }

    static let naturalWords: Set<String> = [
        "river", "sea", "lake", "ocean", "gulf", "bay", "strait", "mountains", "mountain", "peninsula", "valley",
        "desert", "island", "islands", "coast", "delta", "reservoir", "canal", "basin", "plateau", "forest",
    ]

    /// The type of a MISC name no list knows: an event, a law, a nationality-like adjective, else a product.
    static func miscType(_ text: String) -> EntityType {
        let words = text.lowercased().split(separator: " ")
        if words.contains(where: { eventWords.contains(String($0)) }) { return .event }
        if words.contains(where: { lawWords.contains(String($0)) }) { return .law }
        if words.count == 1, let w = words.first,
           ["ian", "ians", "ese", "ish", "ean", "eans", "ans", "an", "i", "is"].contains(where: { w.hasSuffix($0) }),
           !w.contains("-"), w.count > 3 {
            return .norp
        }
        return .product
    }

    static let eventWords: Set<String> = [
        "war", "games", "cup", "summit", "olympics", "championship", "championships", "festival", "election",
        "elections", "conference", "revolution", "crisis", "offensive", "uprising", "tournament", "open",
    ]
    static let lawWords: Set<String> = ["act", "treaty", "convention", "accord", "accords", "constitution", "protocol", "charter"]

    /// The words of a token range joined by single spaces.
    static func words(_ document: TextDocument, _ range: Range<Int>) -> String {
        var s = ""
        for i in range {
            if i > range.lowerBound { s += " " }
            s += document.tokens[i].text
        }
        return s
    }
}
