import NewswireCore

extension EntityExtractor {
    /// Maps a CoNLL-class name span to an OntoNotes type, using what the gazetteer and the lexicon say
    /// about the same tokens. Marks a place match as used when the name takes it over.
    /// - Parameter placeAt: token index -> index into `places` of the place covering that token.
    func typed(_ name: TaggedName, document: TextDocument, index: Int, places: [GeocodedPlace],
               placeAt: [Int: Int], used: inout [Bool]) -> MentionCandidate {
        let text = Self.words(document, name.tokens)
        var c = MentionCandidate(document: index, tokens: name.tokens, type: .org, origin: .model, score: name.score)
        // A place whose span equals the name, or contains it ("Kherson" inside "Kherson Oblast").
        let placeIndex = placeAt[name.tokens.lowerBound].flatMap { p in
            places[p].tokens.upperBound >= name.tokens.upperBound ? p : nil
        }
        var listed = listedType(text)
        if listed == .norp, isCountryName(text) { listed = nil }  // "Philippines": the country, not a plural adjective
        // A capitalized name the gazetteer's matcher skipped as a common word ("Bologna", "Nice"): once the
        // tagger calls it a name, a major place of that spelling counts.
        if placeIndex == nil, listed == nil, name.nameClass != .person, name.nameClass != .miscellaneous,
           let geocoder, let place = geocoder.gazetteer.places(named: text).first(where: Self.isMajor) {
            c.place = place
            c.type = place.entityType == .loc ? .loc : .gpe
            return c
        }
        // A lowercase designator after the name makes it a place whatever the class: "the Kherson region".
        if let p = placeIndex, places[p].tokens == name.tokens, listed == nil,
           Self.isDesignated(document, name.tokens) {
            adopt(places[p], into: &c, document: document)
            used[p] = true
            return c
        }
        // A river or other natural feature, whatever the gazetteer's town of that name: "the Dnipro's west bank".
        if name.nameClass != .person, listed == nil, Self.isNaturalFeature(document, name.tokens) {
            c.type = .loc
            for t in name.tokens { if let p = placeAt[t] { used[p] = true } }
            return c
        }
        // The gazetteer over the tagger's PERSON/ORG guess for a span that is exactly a known place ("El Fasher"
        // tagged as a person, "Surin" as an organisation), unless a title or the context contradicts it.
        if listed == nil, let p = placeIndex, places[p].tokens == name.tokens,
           Self.contextType(name.tokens, nameClass: name.nameClass, in: document) == nil,
           placeOverrides(places[p].place, class: name.nameClass, span: name.tokens, in: document) {
            adopt(places[p], into: &c, document: document)
            used[p] = true
            c.settledByEvidence = true
            return c
        }
        // The words around the name: "the Reichstag building", "Kerr County", "the agency Senapred".
        // A region word after a known place leaves the place to the rules below, which keep its record.
        if listed == nil, placeIndex == nil || name.nameClass != .location,
           let type = Self.contextType(name.tokens, nameClass: name.nameClass, in: document),
           placeIndex == nil || type != .gpe {
            c.type = type
            c.settledByEvidence = true
            return c
        }
        switch name.nameClass {
        case .person:
            c.type = .person
            if let listed, listed != .person {
                c.type = listed  // "Patriot" the missile system, "Telegram" the platform
            } else if name.tokens.count == 1, let p = placeIndex, Self.isMajor(places[p].place), listed == nil {
                adopt(places[p], into: &c, document: document)
                used[p] = true
            }
        case .organization:
            c.type = .org
            if listed == nil, placeIndex == nil, Self.hasPersonTitle(document, name.tokens) {
                c.type = .person  // "Volodymyr Zelensky, Ukraine's president," / "Minister Ivan Petrov"
            }
            if listed == nil, let p = placeIndex, places[p].tokens == name.tokens,
               places[p].place.feature == .country || places[p].place.feature == .city {
                adopt(places[p], into: &c, document: document)  // "Moscow said", "Kyiv's forces": the government
                used[p] = true
            }
        case .location:
            if let p = placeIndex {
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

    /// Whether a lowercase place designator follows the span ("region", "regions", "city", "oblast").
    static func isDesignated(_ document: TextDocument, _ span: Range<Int>) -> Bool {
        var k = span.upperBound
        if k < document.tokens.count, span.lowerBound > 0, document.tokens[span.lowerBound - 1].text == "(",
           document.tokens[k].text == ")" { k += 1 }  // "(Kherson) region"
        guard k < document.tokens.count else { return false }
        return designators.contains(document.tokens[k].text)
    }

    static let designators: WordSet = [
        "region", "regions", "oblast", "oblasts", "province", "provinces", "city", "town", "village", "district",
        "districts", "county", "state", "governorate",
    ]

    /// Whether a personal title stands directly before the span or in an apposition right after it.
    static func hasPersonTitle(_ document: TextDocument, _ span: Range<Int>) -> Bool {
        guard span.count >= 2, document.tokens[span].allSatisfy({ TypeLexicon.isCapitalized($0.text) }) else { return false }
        if span.lowerBound > 0, EntityAttributes.headWords.contains(document.tokens[span.lowerBound - 1].text.lowercased()) {
            return true
        }
        return EntityAttributes.apposition(after: span, in: document) != nil
    }

    /// Countries, admin-1 regions and cities: places a tagger may mistake for a person's name.
    static func isMajor(_ place: Place) -> Bool {
        place.feature == .country || place.feature == .admin1 || place.feature == .city
    }

    /// Whether the span is followed by (or ends with) a capitalized landform or water word: "Dnipro River".
    static func isNaturalFeature(_ document: TextDocument, _ span: Range<Int>) -> Bool {
        let last = document.tokens[span.upperBound - 1].text
        if span.count > 1, naturalWords.contains(last.lowercased()) { return true }
        if span.upperBound < document.tokens.count {
            let next = document.tokens[span.upperBound].text
            if TypeLexicon.isCapitalized(next) && naturalWords.contains(next.lowercased()) { return true }
        }
        return isRiverbank(document, span)
    }

    /// "the Dnipro's west bank", "the left bank of the Dnipro": a name whose bank or shore is meant is water.
    static func isRiverbank(_ document: TextDocument, _ span: Range<Int>) -> Bool {
        let tokens = document.tokens
        var k = span.upperBound
        if k < tokens.count, tokens[k].text == "'s" || tokens[k].text == "’s" {
            k += 1
            if k < tokens.count, directions.contains(tokens[k].text) { k += 1 }
            if k < tokens.count, shoreWords.contains(tokens[k].text) { return true }
        }
        var b = span.lowerBound - 1
        if b >= 0, tokens[b].text == "the" { b -= 1 }
        return b >= 1 && tokens[b].text == "of" && shoreWords.contains(tokens[b - 1].text)
    }

    static let directions: WordSet = ["west", "east", "north", "south", "left", "right", "western", "eastern",
                                          "northern", "southern", "opposite", "far"]
    static let shoreWords: WordSet = ["bank", "banks", "shore", "shores", "estuary", "riverbank", "waters"]

    static let naturalWords: WordSet = [
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

    static let eventWords: WordSet = [
        "war", "games", "cup", "summit", "olympics", "championship", "championships", "festival", "election",
        "elections", "conference", "revolution", "crisis", "offensive", "uprising", "tournament", "open",
    ]
    static let lawWords: WordSet = ["act", "treaty", "convention", "accord", "accords", "constitution", "protocol", "charter"]

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
