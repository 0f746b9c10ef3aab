import NewswireCore

/// Evidence beside the tagger's class that settles a name's type: what the gazetteer knows about the same
/// words, the noun right before or after the name, and the name's last word. Each rule is about English
/// usage in general ("the X building" is a facility, "X County" a region), not about particular names.
extension EntityExtractor {
    /// Whether a phrase is the name of a country in the gazetteer ("Philippines" is the country, not the
    /// plural of the adjective "Philippine").
    func isCountryName(_ text: String) -> Bool {
        guard let geocoder else { return false }
        return geocoder.gazetteer.places(named: text).contains { $0.feature == .country }
    }

    /// Whether the gazetteer's reading of a span that is exactly a known place should override the tagger's
    /// PERSON or ORG class. A person's name is kept when a title or an apposition backs it ("Minister Jordan
    /// Hill", "Hill, the mayor,"); an organisation's when the place is only a town that no locative
    /// preposition introduces (a town's name is often a company's too).
    func placeOverrides(_ place: Place, class nameClass: NameClass, span: Range<Int>, in document: TextDocument) -> Bool {
        switch nameClass {
        case .person:
            return Self.isMajor(place) && !Self.hasPersonTitle(document, span)
        case .organization:
            if place.feature == .country || place.feature == .admin1 || place.feature == .city { return true }
            guard place.feature == .town || place.feature == .village, span.lowerBound > 0 else { return false }
            return Self.locatives.contains(document.tokens[span.lowerBound - 1].text.lowercased())
        case .location, .miscellaneous:
            return false
        }
    }

    /// A tagged name made of two or more gazetteer places joined by "and" or commas ("the Kharkiv and Sumy
    /// regions"): the places stand on their own rather than as one name.
    static func isPlaceList(_ span: Range<Int>, places: [GeocodedPlace], placeAt: [Int: Int], in document: TextDocument) -> Bool {
        var found = Set<Int>()
        var joined = false
        for t in span {
            let text = document.tokens[t].text
            if text == "and" || text == "," || text == "or" {
                joined = true
                continue
            }
            guard let p = placeAt[t], span.contains(places[p].tokens.lowerBound),
                  places[p].tokens.upperBound <= span.upperBound else { return false }
            found.insert(p)
        }
        return joined && found.count >= 2
    }

    /// The type the words around a name give it regardless of the tagger's class, if they settle it:
    /// a facility before "building" or "temple", a region before "province" or ending in "County", an
    /// organisation after "agency" or "broadcaster" or ending in "Fleet" or "Ministry".
    static func contextType(_ span: Range<Int>, nameClass: NameClass, in document: TextDocument) -> EntityType? {
        let tokens = document.tokens
        let last = tokens[span.upperBound - 1].text
        let next = span.upperBound < tokens.count ? tokens[span.upperBound].text : ""
        let before = span.lowerBound > 0 ? tokens[span.lowerBound - 1].text : ""
        if facilityWords.contains(next) { return .fac }
        if span.lowerBound >= 2, before == "of", settlementNouns.contains(tokens[span.lowerBound - 2].text) { return .gpe }
        if nameClass != .location, regionWords.contains(next) { return .gpe }
        if span.count > 1, capitalizedRegionWords.contains(last) { return .gpe }
        if span.count > 1, nameClass != .person, orgHeads.contains(last) { return .org }
        if nameClass != .location, orgDescriptors.contains(before),
           tokens[span].allSatisfy({ TypeLexicon.isCapitalized($0.text) }) { return .org }
        return nil
    }

    /// Lowercase nouns that name a settlement or region before "of": "the village of Lisne".
    static let settlementNouns: WordSet = ["village", "town", "city", "district", "province", "region", "port"]

    /// One type per name: a model mention with no evidence of its own ("Senapred warned") takes the type that
    /// evidence settled for another mention of the same words ("the agency Senapred said").
    func spreadSettledTypes(_ candidates: [MentionCandidate], documents: [TextDocument]) -> [MentionCandidate] {
        var settled: [String: MentionCandidate] = [:]
        for c in candidates where c.settledByEvidence && c.scalars == nil {
            settled[Self.words(documents[c.document], c.tokens)] = c
        }
        guard !settled.isEmpty else { return candidates }
        var out = candidates
        for k in out.indices where out[k].origin == .model && !out[k].settledByEvidence && out[k].scalars == nil
            && (out[k].type == .person || out[k].type == .org) {
            guard let s = settled[Self.words(documents[out[k].document], out[k].tokens)] else { continue }
            out[k].type = s.type
            out[k].place = s.place
        }
        return out
    }

    /// Prepositions that introduce a place: "in Comfort", "near Bislig".
    static let locatives: WordSet = ["in", "near", "at", "from", "to", "into", "around", "outside", "towards", "toward"]

    /// Lowercase nouns after a name that make it a building or site.
    static let facilityWords: WordSet = [
        "building", "palace", "temple", "cathedral", "church", "mosque", "monastery", "bridge", "airport", "stadium",
        "square", "dam", "prison", "hospital", "camp", "airbase", "base", "tower", "embassy", "refinery",
    ]

    /// Lowercase nouns after a name that make it an administrative region.
    static let regionWords: WordSet = [
        "province", "provinces", "region", "regions", "district", "districts", "county", "counties", "oblast",
        "governorate", "prefecture", "municipality",
    ]

    /// Capitalized last words of a region's name: "Kerr County", "Surin Province", "Hill Country".
    static let capitalizedRegionWords: WordSet = ["County", "Province", "District", "Oblast", "Governorate", "Prefecture", "Country"]

    /// Capitalized last words of an organisation's name: "Black Sea Fleet", "Civil Defence Ministry".
    static let orgHeads: WordSet = [
        "Fleet", "Army", "Navy", "Forces", "Force", "Command", "Ministry", "Council", "Committee", "Commission",
        "Agency", "Service", "Party", "Brigade", "Guard", "Police", "Office", "Association", "Institute",
        "Bank", "Company", "Corporation", "Authority", "Court", "Programme", "Program", "Movement", "Federation",
    ]

    /// Lowercase nouns that introduce an organisation's name: "the disaster agency Senapred".
    static let orgDescriptors: WordSet = [
        "agency", "broadcaster", "newspaper", "company", "firm", "group", "party", "militia", "union", "ministry",
        "operator", "regulator", "bank", "carrier", "airline", "insurer", "watchdog", "charity", "network",
    ]
}
